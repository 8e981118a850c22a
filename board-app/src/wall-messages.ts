import { WALL_MESSAGES } from '@tavla/shared/i18n-wall';
import { registerMessages } from '@tavla/shared/i18n';

// The wall's scenes (board, goals, new and done, announcements, the workshop, the spotlight):
// their strings are registered once, before any of them renders; every module that uses one
// imports this module.
registerMessages(WALL_MESSAGES);
