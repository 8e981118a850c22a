import { EXPORT_MESSAGES } from '@tavla/shared/i18n-export';
import { registerMessages } from '@tavla/shared/i18n';

// The export links' strings come with the (lazily loaded) section that shows them, not with
// the first page: every module that uses one imports this module.
registerMessages(EXPORT_MESSAGES);
