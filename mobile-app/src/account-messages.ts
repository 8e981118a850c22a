import { ACCOUNT_MESSAGES } from '@tavla/shared/i18n-accounts';
import { registerMessages } from '@tavla/shared/i18n';

// Signing in's and the admin pages' strings come with the (lazily loaded) pages that show them,
// not with an employee's first page: every module that uses one imports this module.
registerMessages(ACCOUNT_MESSAGES);
