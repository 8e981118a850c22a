import { WALL_FOLLOW_UP_MESSAGES } from '@tavla/shared/i18n-wall-follow-up';
import { registerMessages } from '@tavla/shared/i18n';

// The wall's step-7 scenes (the follow-up in the cycle, the live follow-up, the board
// meeting): their strings are registered once, before any of them renders; every module that
// uses one imports this module.
registerMessages(WALL_FOLLOW_UP_MESSAGES);
