import { TRIAGE_MESSAGES } from '@tavla/shared/i18n-triage';
import { registerMessages } from '@tavla/shared/i18n';

// The triage list's strings come with the (lazily loaded) page, its link and the one-tap
// buttons that show them, not with the first page: every module that uses one imports this.
registerMessages(TRIAGE_MESSAGES);
