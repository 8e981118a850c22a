import { registerMessages } from '@tavla/shared/i18n';
import { SITE_MESSAGES } from '@tavla/shared/i18n-site';

// The site's strings (overview, site wall settings, board chooser), registered by the lazily
// loaded pages that show them, never by the first bundle.
registerMessages(SITE_MESSAGES);
