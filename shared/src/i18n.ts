import type { Dimension, Language, SuggestionStatus } from './domain.js';
import { DEFAULT_LANGUAGE, isLanguage } from './domain.js';

/**
 * UI strings in Swedish and English. The Swedish table is the reference: the English one must
 * have exactly the same keys (the type enforces it). `{name}` placeholders are filled by `t()`.
 */
const sv = {
  'app.title': 'Hållbarhetstavla',
  'status.new': 'Ny',
  'status.under_review': 'Granskas',
  'status.planned': 'Planerad',
  'status.in_progress': 'Pågår',
  'status.done': 'Klar',
  'status.not_doing': 'Blir inte av',
  'status.duplicate': 'Dubblett',
  'dimension.ecological': 'Ekologisk',
  'dimension.economic': 'Ekonomisk',
  'dimension.social': 'Social',
  'connection.live': 'Live',
  'connection.connecting': 'Ansluter …',
  'connection.offline': 'Offline',
  'connection.offlineSince': 'Offline sedan {time}',
  'kiosk.scanToPost': 'Skanna och lämna ett förslag',
  'kiosk.noSuggestions': 'Inga förslag här ännu',
  'kiosk.more': '+{count} till',
  'kiosk.invalidKey':
    'Den här skärmen saknar en giltig visningsnyckel. Öppna tavlans skärmlänk igen.',
  'kiosk.loading': 'Hämtar tavlan …',
  'kiosk.suggestionsCount': '{count} förslag',
  'phone.form.title': 'Nytt förslag',
  'phone.form.text': 'Ditt förslag',
  'phone.form.textPlaceholder': 'Vad kan vi göra bättre för miljön, ekonomin eller arbetsmiljön?',
  'phone.form.textHint': '{min}–{max} tecken',
  'phone.form.dimension': 'Vilken del av hållbarheten?',
  'phone.form.name': 'Ditt namn (valfritt)',
  'phone.form.submit': 'Skicka förslag',
  'phone.form.sending': 'Skickar …',
  'phone.form.sent': 'Tack! Ditt förslag finns nu på tavlan.',
  'phone.form.errorTooShort': 'Skriv minst {min} tecken.',
  'phone.form.errorDimension': 'Välj ekologisk, ekonomisk eller social.',
  'phone.form.errorOffline': 'Ingen kontakt med tavlan just nu. Försök igen om en stund.',
  'phone.form.errorNotJoined': 'Telefonen är inte ansluten till tavlan. Skanna QR-koden igen.',
  'phone.form.errorInvalid': 'Förslaget kunde inte tas emot. Kontrollera texten och försök igen.',
  'phone.form.errorServer': 'Något gick fel på servern. Försök igen om en stund.',
  'phone.list.title': 'Förslag på tavlan',
  'phone.list.empty': 'Inga förslag ännu. Bli först!',
  'phone.list.anonymous': 'Anonym',
  'phone.list.mine': 'Ditt',
  'phone.noBoard.title': 'Skanna tavlans QR-kod',
  'phone.noBoard.body':
    'Du kommer in genom att skanna QR-koden på hållbarhetstavlan med mobilkameran.',
  'phone.boardMissing':
    'Den här tavlan finns inte, eller så har du inte gått med i den. Skanna QR-koden igen.',
  'phone.loading': 'Hämtar …',
  'auth.signIn': 'Logga in',
  'auth.signInTitle': 'Logga in som teamledare',
  'auth.signInLink': 'Teamledare? Logga in',
  'auth.signOut': 'Logga ut',
  'auth.username': 'Användarnamn',
  'auth.password': 'Lösenord',
  'auth.passwordHint': 'Minst {min} tecken',
  'auth.displayName': 'Ditt namn',
  'auth.wrong': 'Fel användarnamn eller lösenord.',
  'auth.locked': 'För många misslyckade försök. Vänta en stund och försök igen.',
  'auth.firstStart': 'Första start? Skapa administratören',
  'auth.setupTitle': 'Skapa administratören',
  'auth.setupBody': 'Engångskoden skrevs ut när servern startade första gången.',
  'auth.setupCode': 'Engångskod',
  'auth.setupCreate': 'Skapa konto',
  'auth.setupWrongCode': 'Engångskoden stämmer inte.',
  'auth.setupDone': 'Administratören finns redan. Logga in i stället.',
  'auth.failed': 'Det gick inte: {message}',
  'lead.title': 'Teamledare',
  'lead.role.admin': 'Administratör',
  'lead.role.lead': 'Teamledare',
  'lead.boards': 'Dina tavlor',
  'lead.openBoard': 'Öppna tavlan',
  'lead.kioskLink': 'Skärmlänk (tv:n)',
  'lead.joinLink': 'Länk i QR-koden',
  'lead.noBoards': 'Du har inga tavlor ännu.',
  'admin.newBoard': 'Ny tavla',
  'admin.boardName': 'Tavlans namn',
  'admin.language': 'Språk på tavlan',
  'admin.createBoard': 'Skapa tavlan',
  'admin.createLead': 'Skapa teamledaren',
  'admin.users': 'Teamledare och administratörer',
  'admin.newLead': 'Ny teamledare',
  'admin.leadName': 'Namn',
  'admin.leadBoards': 'Tavlor som teamledaren ansvarar för',
  'admin.resetPassword': 'Nytt lösenord',
  'admin.setPassword': 'Byt lösenord',
  'admin.revoke': 'Logga ut överallt',
  'admin.saved': 'Sparat.',
};

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  'app.title': 'Sustainability board',
  'status.new': 'New',
  'status.under_review': 'Under review',
  'status.planned': 'Planned',
  'status.in_progress': 'In progress',
  'status.done': 'Done',
  'status.not_doing': 'Not doing',
  'status.duplicate': 'Duplicate',
  'dimension.ecological': 'Ecological',
  'dimension.economic': 'Economic',
  'dimension.social': 'Social',
  'connection.live': 'Live',
  'connection.connecting': 'Connecting …',
  'connection.offline': 'Offline',
  'connection.offlineSince': 'Offline since {time}',
  'kiosk.scanToPost': 'Scan to post a suggestion',
  'kiosk.noSuggestions': 'No suggestions here yet',
  'kiosk.more': '+{count} more',
  'kiosk.invalidKey': 'This screen has no valid display key. Open the board’s screen link again.',
  'kiosk.loading': 'Loading the board …',
  'kiosk.suggestionsCount': '{count} suggestions',
  'phone.form.title': 'New suggestion',
  'phone.form.text': 'Your suggestion',
  'phone.form.textPlaceholder':
    'What could we do better for the environment, the economy or the workplace?',
  'phone.form.textHint': '{min}–{max} characters',
  'phone.form.dimension': 'Which part of sustainability?',
  'phone.form.name': 'Your name (optional)',
  'phone.form.submit': 'Send suggestion',
  'phone.form.sending': 'Sending …',
  'phone.form.sent': 'Thank you! Your suggestion is on the board now.',
  'phone.form.errorTooShort': 'Write at least {min} characters.',
  'phone.form.errorDimension': 'Choose ecological, economic or social.',
  'phone.form.errorOffline': 'No contact with the board right now. Try again in a moment.',
  'phone.form.errorNotJoined': 'This phone has not joined the board. Scan the QR code again.',
  'phone.form.errorInvalid': 'The suggestion was not accepted. Check the text and try again.',
  'phone.form.errorServer': 'Something went wrong on the server. Try again in a moment.',
  'phone.list.title': 'Suggestions on the board',
  'phone.list.empty': 'No suggestions yet. Be the first!',
  'phone.list.anonymous': 'Anonymous',
  'phone.list.mine': 'Yours',
  'phone.noBoard.title': 'Scan the board’s QR code',
  'phone.noBoard.body':
    'You join by scanning the QR code on the sustainability board with your phone camera.',
  'phone.boardMissing':
    'This board does not exist, or you have not joined it. Scan the QR code again.',
  'phone.loading': 'Loading …',
  'auth.signIn': 'Sign in',
  'auth.signInTitle': 'Sign in as team lead',
  'auth.signInLink': 'Team lead? Sign in',
  'auth.signOut': 'Sign out',
  'auth.username': 'Username',
  'auth.password': 'Password',
  'auth.passwordHint': 'At least {min} characters',
  'auth.displayName': 'Your name',
  'auth.wrong': 'Wrong username or password.',
  'auth.locked': 'Too many failed attempts. Wait a while and try again.',
  'auth.firstStart': 'First start? Create the admin',
  'auth.setupTitle': 'Create the admin',
  'auth.setupBody': 'The one-time code was printed when the server started for the first time.',
  'auth.setupCode': 'One-time code',
  'auth.setupCreate': 'Create account',
  'auth.setupWrongCode': 'The one-time code is not right.',
  'auth.setupDone': 'The admin exists already. Sign in instead.',
  'auth.failed': 'That did not work: {message}',
  'lead.title': 'Team lead',
  'lead.role.admin': 'Admin',
  'lead.role.lead': 'Team lead',
  'lead.boards': 'Your boards',
  'lead.openBoard': 'Open the board',
  'lead.kioskLink': 'Screen link (the TV)',
  'lead.joinLink': 'Link in the QR code',
  'lead.noBoards': 'You have no boards yet.',
  'admin.newBoard': 'New board',
  'admin.boardName': 'Board name',
  'admin.language': 'Language on the board',
  'admin.createBoard': 'Create board',
  'admin.createLead': 'Create team lead',
  'admin.users': 'Team leads and admins',
  'admin.newLead': 'New team lead',
  'admin.leadName': 'Name',
  'admin.leadBoards': 'Boards this lead is responsible for',
  'admin.resetPassword': 'New password',
  'admin.setPassword': 'Change password',
  'admin.revoke': 'Sign out everywhere',
  'admin.saved': 'Saved.',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { sv, en };

export type MessageParams = Record<string, string | number>;

export function t(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = MESSAGES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function statusLabel(language: Language, status: SuggestionStatus): string {
  return t(language, `status.${status}`);
}

export function dimensionLabel(language: Language, dimension: Dimension): string {
  return t(language, `dimension.${dimension}`);
}

/**
 * The phone follows the browser's language when it is Swedish or English (in the order the
 * user prefers them), and otherwise falls back to the board's language.
 */
export function pickLanguage(
  preferred: readonly string[],
  fallback: Language = DEFAULT_LANGUAGE,
): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return fallback;
}
