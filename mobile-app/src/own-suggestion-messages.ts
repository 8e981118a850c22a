import { OWN_SUGGESTION_MESSAGES } from '@tavla/shared/i18n-own-suggestions';
import { registerMessages } from '@tavla/shared/i18n';

// The strings of an employee's own suggestions (edit, withdraw, hidden with a reason) come with
// the lazily loaded parts that show them, not with the first page: every module that uses one
// imports this module.
registerMessages(OWN_SUGGESTION_MESSAGES);
