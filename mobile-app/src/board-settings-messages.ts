import { BOARD_SETTINGS_MESSAGES } from '@tavla/shared/i18n-board-settings';
import { registerMessages } from '@tavla/shared/i18n';
import './pages/board-settings/board-settings.css';

// The board settings' strings and styles come with the (lazily loaded) screens that show them,
// not with the first page: every module that uses one imports this module.
registerMessages(BOARD_SETTINGS_MESSAGES);
