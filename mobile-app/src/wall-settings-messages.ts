import { WALL_SETTINGS_MESSAGES } from '@tavla/shared/i18n-wall-settings';
import { registerMessages } from '@tavla/shared/i18n';
import './pages/wall/wall-settings.css';

// The wall settings' strings and styles come with the (lazily loaded) screens that show them, not with
// the first page: every module that uses one imports this module.
registerMessages(WALL_SETTINGS_MESSAGES);
