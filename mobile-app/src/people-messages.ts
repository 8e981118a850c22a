import { PEOPLE_MESSAGES } from '@tavla/shared/i18n-people';
import { registerMessages } from '@tavla/shared/i18n';

// People's and the audit log's strings come with the (lazily loaded) admin pages that show
// them, not with the first page: every module that uses one imports this module.
registerMessages(PEOPLE_MESSAGES);
