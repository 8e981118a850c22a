import { MEETING_MESSAGES } from '@tavla/shared/i18n-meeting';
import { registerMessages } from '@tavla/shared/i18n';

// The board meeting's strings come with the (lazily loaded) page and card that show them, not
// with the first page: every module that uses one imports this module.
registerMessages(MEETING_MESSAGES);
