import type { Language } from './domain.js';

/**
 * The strings of the lead's wall settings (which scenes the wall cycles through, for how long,
 * and "show now") and of the "show on the wall" control on the analysis and matrix pages. Kept
 * out of the core table so a phone's first page does not download them: the screens that use
 * them call `registerMessages(WALL_SETTINGS_MESSAGES)` (from i18n) when they load. The English
 * table must have exactly the Swedish one's keys.
 */
const sv = {
  'wallSettings.title': 'Väggskärmen',
  'wallSettings.intro':
    'Väggskärmen visar en vy i taget och byter av sig själv. Välj vilka vyer som visas, i vilken ordning och hur länge.',
  'wallSettings.skipped': 'En vy som inte har något att visa hoppas över.',
  'wallSettings.live':
    'En workshop eller en öppen intresseomröstning tar över skärmen så länge den pågår.',
  'wallSettings.scene.board': 'Tavlan',
  'wallSettings.scene.goals': 'Målen',
  'wallSettings.scene.recent': 'Nytt och klart',
  'wallSettings.scene.announcements': 'Det som gäller nu',
  'wallSettings.scene.analysis': 'Nulägesanalysen',
  'wallSettings.scene.matrix': 'Väsentlighetsmatrisen',
  'wallSettings.scene.follow_up': 'Uppföljning och åtgärder',
  'wallSettings.about.board': 'Kolumnerna med antal och de nyaste förslagen.',
  'wallSettings.about.goals': 'Varje mål stort: värde, målvärde, kurva och dagar kvar.',
  'wallSettings.about.recent': 'Förslag sedan i går och det som nyss blev klart, med namn.',
  'wallSettings.about.announcements': 'Nya mål och rutiner, och hur många som har kvitterat.',
  'wallSettings.about.analysis': 'Senaste analysens poäng per område, jämfört med förra.',
  'wallSettings.about.matrix': 'Behov mot intresse: var ni kan börja.',
  'wallSettings.about.follow_up':
    'Öppna åtgärder med färg efter datum, senaste lärdomen och deltagandet.',
  'wallSettings.on': 'Visas',
  'wallSettings.off': 'Visas inte',
  'wallSettings.seconds': '{seconds} s',
  'wallSettings.shorter': 'Kortare tid för {scene}',
  'wallSettings.longer': 'Längre tid för {scene}',
  'wallSettings.up': 'Flytta {scene} upp',
  'wallSettings.down': 'Flytta {scene} ned',
  'wallSettings.lastOn': 'Minst en vy måste visas.',
  'wallSettings.round': 'Ett varv: {duration}',
  'wallSettings.duration.seconds': '{seconds} s',
  'wallSettings.duration.minutes': '{minutes} min',
  'wallSettings.duration.both': '{minutes} min {seconds} s',
  'wallSettings.save': 'Spara växlingen',
  'wallSettings.unsaved': 'Ändringarna är inte sparade än.',
  'wallSettings.showNow': 'Visa nu',
  'wallSettings.showFor': 'Visa {scene} på väggskärmen i:',
  'wallSettings.minutes': '{minutes} min',
  'wallSettings.cancel': 'Avbryt',
  'wallSettings.showingUntil': 'Väggskärmen visar {scene} till {time}.',
  'wallSettings.showing': 'Väggskärmen visar {scene}.',
  'wallSettings.cycling': 'Väggskärmen växlar mellan vyerna.',
  'wallSettings.backToCycle': 'Tillbaka till växlingen',
  'wallSettings.showOnWall': 'Visa på väggskärmen ({minutes} min)',
  'wallSettings.onWallUntil': 'Visas på väggskärmen till {time}.',
  'wallSettings.settingsLink': 'Väggskärmens inställningar →',
};

export type WallSettingsMessageKey = keyof typeof sv;

const en: Record<WallSettingsMessageKey, string> = {
  'wallSettings.title': 'The wall',
  'wallSettings.intro':
    'The wall screen shows one scene at a time and changes by itself. Choose which scenes it shows, in which order and for how long.',
  'wallSettings.skipped': 'A scene with nothing to show is skipped.',
  'wallSettings.live': 'A workshop or an open interest vote takes over the wall while it lasts.',
  'wallSettings.scene.board': 'The board',
  'wallSettings.scene.goals': 'Goals',
  'wallSettings.scene.recent': 'New and done',
  'wallSettings.scene.announcements': 'What applies now',
  'wallSettings.scene.analysis': 'Current-state analysis',
  'wallSettings.scene.matrix': 'Materiality matrix',
  'wallSettings.scene.follow_up': 'Follow-up and actions',
  'wallSettings.about.board': 'The columns with their counts and the newest suggestions.',
  'wallSettings.about.goals': 'Each goal large: value, target, trend line and days left.',
  'wallSettings.about.recent': 'Suggestions since yesterday and what was just done, with names.',
  'wallSettings.about.announcements': 'New goals and routines, and how many have acknowledged.',
  'wallSettings.about.analysis': 'The latest analysis: score per area, compared with the last.',
  'wallSettings.about.matrix': 'Need against interest: where you can start.',
  'wallSettings.about.follow_up':
    'Open actions coloured by due date, the latest learning and participation.',
  'wallSettings.on': 'Shown',
  'wallSettings.off': 'Not shown',
  'wallSettings.seconds': '{seconds} s',
  'wallSettings.shorter': 'Less time for {scene}',
  'wallSettings.longer': 'More time for {scene}',
  'wallSettings.up': 'Move {scene} up',
  'wallSettings.down': 'Move {scene} down',
  'wallSettings.lastOn': 'At least one scene must be shown.',
  'wallSettings.round': 'One round: {duration}',
  'wallSettings.duration.seconds': '{seconds} s',
  'wallSettings.duration.minutes': '{minutes} min',
  'wallSettings.duration.both': '{minutes} min {seconds} s',
  'wallSettings.save': 'Save the cycle',
  'wallSettings.unsaved': 'The changes are not saved yet.',
  'wallSettings.showNow': 'Show now',
  'wallSettings.showFor': 'Show {scene} on the wall for:',
  'wallSettings.minutes': '{minutes} min',
  'wallSettings.cancel': 'Cancel',
  'wallSettings.showingUntil': 'The wall shows {scene} until {time}.',
  'wallSettings.showing': 'The wall shows {scene}.',
  'wallSettings.cycling': 'The wall cycles through the scenes.',
  'wallSettings.backToCycle': 'Back to the cycle',
  'wallSettings.showOnWall': 'Show on the wall ({minutes} min)',
  'wallSettings.onWallUntil': 'On the wall until {time}.',
  'wallSettings.settingsLink': 'Wall settings →',
};

export const WALL_SETTINGS_MESSAGES: Record<Language, Record<WallSettingsMessageKey, string>> = {
  sv,
  en,
};
