import { FOLLOW_UP_MESSAGES } from '@tavla/shared/i18n-follow-up';
import { registerMessages } from '@tavla/shared/i18n';
import '../../method-messages.js';
import './follow-up.css';

// The follow-up's strings and styles come with its (lazily loaded) screens, not with the first
// page: every module that uses one imports this module. The method's come too (the shared
// frame and buttons of the method's pages).
registerMessages(FOLLOW_UP_MESSAGES);
