import { WORKSHOP_MESSAGES } from '@tavla/shared/i18n-workshop';
import { registerMessages } from '@tavla/shared/i18n';
import '../../method-messages.js';
import './workshop.css';

// The workshop's strings and styles come with its (lazily loaded) screens, not with the first
// page: every module that uses one imports this module. The method's come too (the shared
// frame and buttons of the method's pages).
registerMessages(WORKSHOP_MESSAGES);
