import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';
import { registerMessages } from '@tavla/shared/i18n';

// The wall shows the method's views (vote, analysis, matrix): their strings are registered
// once, before any of them renders; every module that uses one imports this module.
registerMessages(METHOD_MESSAGES);
