import type { Language } from './domain.js';

/**
 * The strings of the board settings page and the admin's archived boards (issue 14). Kept out of
 * the core table so a phone's first page does not download them: the screens that use them
 * call `registerMessages(BOARD_SETTINGS_MESSAGES)` (through the phone's
 * `board-settings-messages` module) when they load. The English table must have exactly the
 * Swedish one's keys.
 */
const sv = {
  'boardSettings.title': 'Tavlans inställningar',
  'boardSettings.back': '← Till tavlan',
  'boardSettings.name': 'Tavlans namn',
  'boardSettings.nameAdminOnly': 'Bara en administratör kan byta namn på tavlan.',
  'boardSettings.language': 'Språk på väggskärmen och i telefonerna',
  'boardSettings.language.sv': 'Svenska',
  'boardSettings.language.en': 'Engelska',
  'boardSettings.naming': 'Vem står som avsändare?',
  'boardSettings.naming.anonymous': 'Bara anonymt',
  'boardSettings.naming.optional': 'Namn är valfritt',
  'boardSettings.naming.required': 'Namn krävs',
  'boardSettings.naming.about.anonymous':
    'Telefonerna visar inget namnfält, och förslag med namn tas inte emot.',
  'boardSettings.naming.about.optional': 'Var och en väljer om namnet står med.',
  'boardSettings.naming.about.required': 'Ett förslag skickas bara med namn.',
  'boardSettings.employees': 'Antal anställda',
  'boardSettings.employeesHint':
    'Används för deltagande och kvittenser (”27 av cirka 40”). Lämna tomt om det inte ska anges.',
  'boardSettings.doneDays': 'Klara förslag syns på väggskärmen i (dagar)',
  'boardSettings.doneDaysHint': 'Mellan {min} och {max} dagar efter att de blev klara.',
  'boardSettings.save': 'Spara inställningarna',
  'boardSettings.saving': 'Sparar …',
  'boardSettings.saved': 'Sparat. Väggskärmen och telefonerna följer med direkt.',
  'boardSettings.nothingChanged': 'Inget är ändrat.',
  'boardSettings.wall': 'Väggskärmens vyer',
  'boardSettings.wallAbout': 'Vilka vyer väggskärmen växlar mellan och hur länge var och en visas.',
  'boardSettings.wallLink': 'Välj vyer och tider →',
  'boardSettings.archive': 'Arkivera',
  'boardSettings.archiveAbout':
    'En arkiverad tavla kan läsas och tas med i rapporter och exporter, men inget kan läggas till eller ändras. Den kan återställas.',
  'boardSettings.archiveButton': 'Arkivera tavlan',
  'boardSettings.archiveConfirm':
    'Arkivera {board}? Telefonerna och väggskärmen visar den som arkiverad, och ingen kan ändra något förrän den återställs.',
  'boardSettings.archiveYes': 'Ja, arkivera',
  'boardSettings.cancel': 'Avbryt',
  'boardSettings.archivedSince': 'Arkiverad sedan {date}. Tavlan kan läsas men inte ändras.',
  'boardSettings.restoreButton': 'Återställ tavlan',
  'boardSettings.restored': 'Tavlan är återställd och kan användas igen.',
  'boardSettings.archivedBoards': 'Arkiverade tavlor',
  'boardSettings.settingsOf': 'Inställningar för {board}',
};

export type BoardSettingsMessageKey = keyof typeof sv;

const en: Record<BoardSettingsMessageKey, string> = {
  'boardSettings.title': 'Board settings',
  'boardSettings.back': '← To the board',
  'boardSettings.name': 'Name of the board',
  'boardSettings.nameAdminOnly': 'Only an admin can rename the board.',
  'boardSettings.language': 'Language on the wall and the phones',
  'boardSettings.language.sv': 'Swedish',
  'boardSettings.language.en': 'English',
  'boardSettings.naming': 'Who is named?',
  'boardSettings.naming.anonymous': 'Anonymous only',
  'boardSettings.naming.optional': 'Name optional',
  'boardSettings.naming.required': 'Name required',
  'boardSettings.naming.about.anonymous':
    'Phones show no name field, and suggestions with a name are refused.',
  'boardSettings.naming.about.optional': 'Everyone chooses whether their name is shown.',
  'boardSettings.naming.about.required': 'A suggestion is sent only with a name.',
  'boardSettings.employees': 'Number of employees',
  'boardSettings.employeesHint':
    'Used for participation and acknowledgements (“27 of about 40”). Leave it empty to not set it.',
  'boardSettings.doneDays': 'Done suggestions stay on the wall for (days)',
  'boardSettings.doneDaysHint': 'Between {min} and {max} days after they were done.',
  'boardSettings.save': 'Save the settings',
  'boardSettings.saving': 'Saving …',
  'boardSettings.saved': 'Saved. The wall and the phones follow at once.',
  'boardSettings.nothingChanged': 'Nothing has changed.',
  'boardSettings.wall': 'The wall’s scenes',
  'boardSettings.wallAbout': 'Which scenes the wall cycles through, and how long each shows.',
  'boardSettings.wallLink': 'Choose scenes and times →',
  'boardSettings.archive': 'Archive',
  'boardSettings.archiveAbout':
    'An archived board can be read and is kept for reports and exports, but nothing can be added or changed. It can be restored.',
  'boardSettings.archiveButton': 'Archive the board',
  'boardSettings.archiveConfirm':
    'Archive {board}? The phones and the wall show it as archived, and nobody can change anything until it is restored.',
  'boardSettings.archiveYes': 'Yes, archive',
  'boardSettings.cancel': 'Cancel',
  'boardSettings.archivedSince': 'Archived since {date}. The board can be read but not changed.',
  'boardSettings.restoreButton': 'Restore the board',
  'boardSettings.restored': 'The board is restored and can be used again.',
  'boardSettings.archivedBoards': 'Archived boards',
  'boardSettings.settingsOf': 'Settings of {board}',
};

export const BOARD_SETTINGS_MESSAGES: Record<Language, Record<BoardSettingsMessageKey, string>> = {
  sv,
  en,
};
