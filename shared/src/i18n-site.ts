import type { Language } from './domain.js';

/**
 * Many boards, one site, in Swedish and English: the site wall (board-app's `site/` entry),
 * the admin's overview and the site wall's settings (phone), and the phone's board chooser.
 * Registered by the screens that show them (`registerMessages(SITE_MESSAGES)`), so the
 * phone's first page does not download them.
 */
const sv = {
  // The site wall (read from 5 m).
  'site.wall.goals': 'Mål',
  'site.wall.noGoals': 'Inga aktiva mål',
  'site.wall.new': 'Nya',
  'site.wall.inProgress': 'Pågår',
  'site.wall.doneLately': 'Klara, 30 dagar',
  'site.wall.latestDone': 'Senast klart',
  'site.wall.noneDone': 'Inget klart de senaste 30 dagarna',
  'site.wall.participation': 'Deltagande i kvartalet',
  'site.wall.participation.of': 'av {employees} anställda',
  'site.wall.participation.devices': '{count} enheter har bidragit',
  'site.wall.participation.devices.one': '1 enhet har bidragit',
  'site.wall.goal.on_track': 'I fas',
  'site.wall.goal.at_risk': 'Risk',
  'site.wall.goal.off_track': 'Efter',
  'site.wall.goal.unmeasured': 'Inga siffror',
  'site.wall.noBoards':
    'Inga tavlor är valda för den här skärmen ännu. En admin väljer dem i Tavla.',
  'site.wall.invalidKey': 'Den här länken gäller inte. Be en admin om skärmens länk.',
  'site.wall.page': 'Tavla {page} av {pages}',
  'site.wall.offline': 'Offline sedan {time}',
  'site.wall.live': 'Live',

  // The admin's overview.
  'site.overview.link': 'Alla tavlor och platsskärmen',
  'site.overview.title': 'Alla tavlor',
  'site.overview.back': '← Admin',
  'site.overview.empty': 'Inga tavlor ännu.',
  'site.overview.screens.live': '{count} skärmar live',
  'site.overview.screens.live.one': '1 skärm live',
  'site.overview.screens.since': 'Ingen skärm sedan {when}',
  'site.overview.screens.never': 'Ingen skärm ännu',
  'site.overview.activity': 'Senast ändrad {when}',
  'site.overview.activity.never': 'Inga ändringar ännu',
  'site.overview.archived': 'Arkiverad sedan {when} – kan bara läsas',
  'site.settings.archived': 'arkiverad',
  'site.overview.participation': 'Deltagande i kvartalet: {percent} %',
  'site.overview.participation.target': 'Deltagande i kvartalet: {percent} % (mål {target} %)',
  'site.overview.participation.devices':
    'Deltagande i kvartalet: {count} enheter (antal anställda saknas)',
  'site.overview.participation.devices.one':
    'Deltagande i kvartalet: 1 enhet (antal anställda saknas)',
  'site.overview.goals': 'Mål: {onTrack} i fas · {atRisk} risk · {offTrack} efter',
  'site.overview.goals.none': 'Inga aktiva mål',
  'site.overview.roadmap': 'Färdplan: steg {step} av 7, {name}',
  'site.overview.roadmap.done': 'Färdplan: alla sju steg klara',
  'site.overview.open': 'Öppna {name}',

  // The site wall's settings.
  'site.settings.title': 'Platsskärmen',
  'site.settings.hint':
    'En skärm för matsalen eller entrén som visar flera tavlor. Öppna länken i skärmens webbläsare.',
  'site.settings.name': 'Rubrik på skärmen',
  'site.settings.language': 'Skärmens språk',
  'site.settings.boards': 'Tavlor på skärmen (högst {max})',
  'site.settings.layout': 'Visa tavlorna',
  'site.settings.layout.side_by_side': 'Sida vid sida',
  'site.settings.layout.in_turn': 'En i taget',
  'site.settings.turn': 'Sekunder per tavla',
  'site.settings.save': 'Spara platsskärmen',
  'site.settings.saved': 'Sparat. Skärmen visar det inom några sekunder.',
  'site.settings.url': 'Skärmens länk',
  'site.settings.rotate': 'Ny skärmlänk',
  'site.settings.rotateConfirm':
    'Byta länk? Skärmen med den gamla länken slutar visa tavlorna direkt.',
  'site.settings.rotateYes': 'Ja, byt länk',
  'site.settings.cancel': 'Avbryt',
  'site.settings.rotated': 'Ny länk. Öppna den på skärmen.',

  // The phone's board chooser.
  'site.chooser.title': 'Välj tavla',
  'site.chooser.hint': 'Du är med på {count} tavlor.',
  'site.chooser.language.sv': 'Svenska',
  'site.chooser.language.en': 'English',
};

export type SiteMessageKey = keyof typeof sv;

const en: Record<SiteMessageKey, string> = {
  'site.wall.goals': 'Goals',
  'site.wall.noGoals': 'No active goals',
  'site.wall.new': 'New',
  'site.wall.inProgress': 'In progress',
  'site.wall.doneLately': 'Done, 30 days',
  'site.wall.latestDone': 'Latest done',
  'site.wall.noneDone': 'Nothing done in the last 30 days',
  'site.wall.participation': 'Participation this quarter',
  'site.wall.participation.of': 'of {employees} employees',
  'site.wall.participation.devices': '{count} devices contributed',
  'site.wall.participation.devices.one': '1 device contributed',
  'site.wall.goal.on_track': 'On track',
  'site.wall.goal.at_risk': 'At risk',
  'site.wall.goal.off_track': 'Behind',
  'site.wall.goal.unmeasured': 'No figures',
  'site.wall.noBoards': 'No boards are chosen for this screen yet. An admin chooses them in Tavla.',
  'site.wall.invalidKey': 'This link is not valid. Ask an admin for the screen’s link.',
  'site.wall.page': 'Board {page} of {pages}',
  'site.wall.offline': 'Offline since {time}',
  'site.wall.live': 'Live',

  'site.overview.link': 'All boards and the site wall',
  'site.overview.title': 'All boards',
  'site.overview.back': '← Admin',
  'site.overview.empty': 'No boards yet.',
  'site.overview.screens.live': '{count} screens live',
  'site.overview.screens.live.one': '1 screen live',
  'site.overview.screens.since': 'No screen since {when}',
  'site.overview.screens.never': 'No screen yet',
  'site.overview.activity': 'Last change {when}',
  'site.overview.activity.never': 'No changes yet',
  'site.overview.archived': 'Archived since {when} – read only',
  'site.settings.archived': 'archived',
  'site.overview.participation': 'Participation this quarter: {percent} %',
  'site.overview.participation.target':
    'Participation this quarter: {percent} % (target {target} %)',
  'site.overview.participation.devices':
    'Participation this quarter: {count} devices (number of employees not set)',
  'site.overview.participation.devices.one':
    'Participation this quarter: 1 device (number of employees not set)',
  'site.overview.goals': 'Goals: {onTrack} on track · {atRisk} at risk · {offTrack} behind',
  'site.overview.goals.none': 'No active goals',
  'site.overview.roadmap': 'Roadmap: step {step} of 7, {name}',
  'site.overview.roadmap.done': 'Roadmap: all seven steps done',
  'site.overview.open': 'Open {name}',

  'site.settings.title': 'The site wall',
  'site.settings.hint':
    'A screen for the canteen or the entrance that shows several boards. Open the link in the screen’s browser.',
  'site.settings.name': 'Heading on the screen',
  'site.settings.language': 'The screen’s language',
  'site.settings.boards': 'Boards on the screen (at most {max})',
  'site.settings.layout': 'Show the boards',
  'site.settings.layout.side_by_side': 'Side by side',
  'site.settings.layout.in_turn': 'One at a time',
  'site.settings.turn': 'Seconds per board',
  'site.settings.save': 'Save the site wall',
  'site.settings.saved': 'Saved. The screen shows it within seconds.',
  'site.settings.url': 'The screen’s link',
  'site.settings.rotate': 'New screen link',
  'site.settings.rotateConfirm':
    'Replace the link? The screen with the old link stops showing the boards at once.',
  'site.settings.rotateYes': 'Yes, replace',
  'site.settings.cancel': 'Cancel',
  'site.settings.rotated': 'New link. Open it on the screen.',

  'site.chooser.title': 'Choose a board',
  'site.chooser.hint': 'You are on {count} boards.',
  'site.chooser.language.sv': 'Svenska',
  'site.chooser.language.en': 'English',
};

export const SITE_MESSAGES: Record<Language, Record<SiteMessageKey, string>> = { sv, en };
