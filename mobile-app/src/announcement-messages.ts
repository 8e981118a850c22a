import { ANNOUNCEMENT_MESSAGES } from '@tavla/shared/i18n-announcements';
import { registerMessages } from '@tavla/shared/i18n';

// The announcement pages' strings come with the (lazily loaded) pages that show them, not with
// the first page: every module that uses one imports this module.
registerMessages(ANNOUNCEMENT_MESSAGES);
