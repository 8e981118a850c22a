import type { Language } from './domain.js';

/**
 * The strings of signing in, the first setup and the admin's pages (boards, leads, links),
 * kept out of the core table so an employee's first page does not download them: every module
 * that uses one imports the app's account-messages module, which calls
 * `registerMessages(ACCOUNT_MESSAGES)`. The labels an error names a field by stay in the core.
 * The English table must have exactly the Swedish one's keys.
 */
const sv = {
  'auth.signIn': 'Logga in',
  'auth.signInTitle': 'Logga in som teamledare',
  'auth.signOut': 'Logga ut',
  'auth.passwordHint': 'Minst {min} tecken',
  'auth.displayName': 'Ditt namn',
  'auth.locked': 'För många misslyckade försök. Vänta en stund och försök igen.',
  'auth.firstStart': 'Första start? Skapa administratören',
  'auth.setupTitle': 'Skapa administratören',
  'auth.setupBody': 'Engångskoden skrevs ut när servern startade första gången.',
  'auth.setupCreate': 'Skapa konto',
  'admin.newBoard': 'Ny tavla',
  'admin.createBoard': 'Skapa tavlan',
  'admin.createLead': 'Skapa teamledaren',
  'admin.users': 'Teamledare och administratörer',
  'admin.newLead': 'Ny teamledare',
  'admin.resetPassword': 'Nytt lösenord',
  'admin.setPassword': 'Byt lösenord',
  'admin.revoke': 'Logga ut överallt',
  'admin.newAdmin': 'Ny administratör',
  'admin.newAdminHint':
    'En administratör hanterar alla tavlor och användare. Ha gärna två, så att ingen blir utelåst.',
  'admin.adminName': 'Namn',
  'admin.createAdmin': 'Skapa administratören',
  'admin.rotateJoin': 'Ny QR-kod',
  'admin.rotateJoinConfirm':
    'Byta QR-kod för {board}? Den gamla koden slutar gälla. Telefoner som redan gått med fungerar som förut och tavlans skärm visar den nya koden direkt. Skriv ut affischerna igen.',
  'admin.rotateDisplay': 'Ny skärmlänk',
  'admin.rotateDisplayConfirm':
    'Byta skärmlänk för {board}? Skärmen med den gamla länken slutar visa tavlan direkt och behöver öppnas med den nya länken.',
  'admin.rotateYes': 'Ja, byt',
  'admin.rotateCancel': 'Avbryt',
  'admin.newJoinLink': 'Ny länk i QR-koden:',
  'admin.newKioskLink': 'Ny skärmlänk, öppna den på tavlans skärm:',
  // The lead and admin page: boards and screens.
  'lead.role.admin': 'Administratör',
  'lead.role.lead': 'Teamledare',
  'lead.boards': 'Dina tavlor',
  'lead.openBoard': 'Öppna tavlan',
  'lead.kioskLink': 'Skärmlänk (tv:n)',
  'lead.joinLink': 'Länk i QR-koden',
  'lead.noBoards': 'Du har inga tavlor ännu.',
  'lead.screens': 'Skärmar',
  'lead.noScreens': 'Ingen skärm har hört av sig än.',
  'lead.screenAlive': 'Senast vid liv {when}',
  'lead.screenHeap': '{mb} MB minne',
};

export type AccountMessageKey = keyof typeof sv;

const en: Record<AccountMessageKey, string> = {
  'auth.signIn': 'Sign in',
  'auth.signInTitle': 'Sign in as team lead',
  'auth.signOut': 'Sign out',
  'auth.passwordHint': 'At least {min} characters',
  'auth.displayName': 'Your name',
  'auth.locked': 'Too many failed attempts. Wait a while and try again.',
  'auth.firstStart': 'First start? Create the admin',
  'auth.setupTitle': 'Create the admin',
  'auth.setupBody': 'The one-time code was printed when the server started for the first time.',
  'auth.setupCreate': 'Create account',
  'admin.newBoard': 'New board',
  'admin.createBoard': 'Create board',
  'admin.createLead': 'Create team lead',
  'admin.users': 'Team leads and admins',
  'admin.newLead': 'New team lead',
  'admin.resetPassword': 'New password',
  'admin.setPassword': 'Change password',
  'admin.revoke': 'Sign out everywhere',
  'admin.newAdmin': 'New admin',
  'admin.newAdminHint':
    'An admin manages every board and every user. Two admins mean nobody is ever locked out.',
  'admin.adminName': 'Name',
  'admin.createAdmin': 'Create admin',
  'admin.rotateJoin': 'New QR code',
  'admin.rotateJoinConfirm':
    'Replace the QR code of {board}? The old code stops working. Phones that already joined keep working, and the wall screen shows the new code at once. Print the posters again.',
  'admin.rotateDisplay': 'New screen link',
  'admin.rotateDisplayConfirm':
    'Replace the screen link of {board}? The screen with the old link stops showing the board at once and must be opened with the new link.',
  'admin.rotateYes': 'Yes, replace',
  'admin.rotateCancel': 'Cancel',
  'admin.newJoinLink': 'New link in the QR code:',
  'admin.newKioskLink': 'New screen link, open it on the wall screen:',
  // The lead and admin page: boards and screens.
  'lead.role.admin': 'Admin',
  'lead.role.lead': 'Team lead',
  'lead.boards': 'Your boards',
  'lead.openBoard': 'Open the board',
  'lead.kioskLink': 'Screen link (the TV)',
  'lead.joinLink': 'Link in the QR code',
  'lead.noBoards': 'You have no boards yet.',
  'lead.screens': 'Screens',
  'lead.noScreens': 'No screen has checked in yet.',
  'lead.screenAlive': 'Last alive {when}',
  'lead.screenHeap': '{mb} MB memory',
};

export const ACCOUNT_MESSAGES: Record<Language, Record<AccountMessageKey, string>> = { sv, en };
