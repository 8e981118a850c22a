import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../../analytics-messages.js';

/**
 * The words of the link to the analytics page in the board page's lead bar. The board page
 * imports this lazily, and only for a lead: a module of words, not a component, so that the
 * first download's chunks stay as they were.
 */
export const analyticsLinkLabel = (language: Language): string => t(language, 'analytics.link');
