import { GOAL_PAGE_MESSAGES } from '@tavla/shared/i18n-goal-pages';
import { registerMessages } from '@tavla/shared/i18n';

// The goal pages' strings come with the (lazily loaded) pages that show them, not with an
// employee's first page: every module that uses one imports this module.
registerMessages(GOAL_PAGE_MESSAGES);
