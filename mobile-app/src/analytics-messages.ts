import { ANALYTICS_MESSAGES } from '@tavla/shared/i18n-analytics';
import { registerMessages } from '@tavla/shared/i18n';

// The analytics page's strings come with the (lazily loaded) page and link that show them, not
// with the first page: every module that uses one imports this module.
registerMessages(ANALYTICS_MESSAGES);
