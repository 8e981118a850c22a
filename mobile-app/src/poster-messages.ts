import { POSTER_MESSAGES } from '@tavla/shared/i18n-poster';
import { registerMessages } from '@tavla/shared/i18n';

// The QR poster's strings come with the (lazily loaded) pages that show them or link to it, not
// with the first page: every module that uses one imports this module.
registerMessages(POSTER_MESSAGES);
