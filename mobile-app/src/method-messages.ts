import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';
import { registerMessages } from '@tavla/shared/i18n';
import './method.css';

// The method's strings and styles come with the (lazily loaded) screens that show them, not
// with the first page: every module that uses one imports this module.
registerMessages(METHOD_MESSAGES);
