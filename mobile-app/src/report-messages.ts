import { REPORT_MESSAGES } from '@tavla/shared/i18n-report';
import { registerMessages } from '@tavla/shared/i18n';

// The report's strings come with the (lazily loaded) pages that show them or link to it, not
// with the first page: every module that uses one imports this module.
registerMessages(REPORT_MESSAGES);
