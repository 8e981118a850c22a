import type { Language } from './domain.js';

/**
 * An employee's own suggestions, in Swedish and English: editing or withdrawing one while it
 * is New, and seeing that a lead hid one and why. Not in the core table: the suggestion page
 * and the board page's list of hidden ones register them (`registerMessages`) when they load.
 */
const sv = {
  'own.title': 'Ditt förslag',
  'own.hint': 'Så länge förslaget är Nytt kan du ändra det eller ta tillbaka det.',
  'own.edit': 'Ändra',
  'own.editTitle': 'Ändra ditt förslag',
  'own.save': 'Spara ändringen',
  'own.saving': 'Sparar …',
  'own.saved': 'Ändringen är sparad och syns på tavlan.',
  'own.cancel': 'Avbryt',
  'own.withdraw': 'Ta tillbaka förslaget',
  'own.withdrawConfirm': 'Ta tillbaka förslaget? Det försvinner från tavlan och kan inte ångras.',
  'own.withdrawYes': 'Ja, ta tillbaka',
  'own.withdrawn': 'Du har tagit tillbaka förslaget. Det syns inte längre på tavlan.',
  'own.waiting': 'Förslaget väntar på att skickas. Du kan ändra det när det har kommit fram.',
  'own.hidden.title': 'Dolda av en teamledare',
  'own.hidden.badge': 'Dolt',
  'own.hidden.when': 'Dolt {date}',
  'own.hidden.reason': 'Anledning: {reason}',
  'own.hidden.onlyYou': 'Bara du ser det här. Förslaget syns inte på tavlan.',
};

export type OwnSuggestionMessageKey = keyof typeof sv;

const en: Record<OwnSuggestionMessageKey, string> = {
  'own.title': 'Your suggestion',
  'own.hint': 'While the suggestion is New you can edit it or withdraw it.',
  'own.edit': 'Edit',
  'own.editTitle': 'Edit your suggestion',
  'own.save': 'Save the change',
  'own.saving': 'Saving …',
  'own.saved': 'Your change is saved and shows on the board.',
  'own.cancel': 'Cancel',
  'own.withdraw': 'Withdraw the suggestion',
  'own.withdrawConfirm': 'Withdraw the suggestion? It leaves the board, and this cannot be undone.',
  'own.withdrawYes': 'Yes, withdraw',
  'own.withdrawn': 'You withdrew the suggestion. It is no longer on the board.',
  'own.waiting': 'The suggestion is waiting to be sent. You can edit it once it has arrived.',
  'own.hidden.title': 'Hidden by a team lead',
  'own.hidden.badge': 'Hidden',
  'own.hidden.when': 'Hidden {date}',
  'own.hidden.reason': 'Reason: {reason}',
  'own.hidden.onlyYou': 'Only you see this. The suggestion is not on the board.',
};

export const OWN_SUGGESTION_MESSAGES: Record<Language, Record<OwnSuggestionMessageKey, string>> = {
  sv,
  en,
};
