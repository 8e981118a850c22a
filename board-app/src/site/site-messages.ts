import { registerMessages } from '@tavla/shared/i18n';
import { SITE_MESSAGES } from '@tavla/shared/i18n-site';

// The site wall's strings: registered once, when the site wall's entry loads.
registerMessages(SITE_MESSAGES);
