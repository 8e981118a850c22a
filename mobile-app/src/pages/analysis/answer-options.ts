import type { AnswerType, AnswerValue } from '@tavla/shared/method';
import type { MessageKey } from '@tavla/shared/i18n';
import '../../method-messages.js';

/** One big answer button: the value it stores and its words. */
export interface AnswerOption {
  value: AnswerValue;
  label: MessageKey;
  /** The maturity scale shows its step (0–4) beside the words. */
  step: number | null;
}

const MATURITY_LABELS: readonly MessageKey[] = [
  'analysis.answer.m0',
  'analysis.answer.m1',
  'analysis.answer.m2',
  'analysis.answer.m3',
  'analysis.answer.m4',
];

/** The buttons a question of this type gets, in the order they are shown. */
export function answerOptions(type: AnswerType): AnswerOption[] {
  switch (type) {
    case 'yes_no':
      return [
        { value: 4, label: 'analysis.answer.yes', step: null },
        { value: 0, label: 'analysis.answer.no', step: null },
      ];
    case 'yes_partly_no':
      return [
        { value: 4, label: 'analysis.answer.yes', step: null },
        { value: 2, label: 'analysis.answer.partly', step: null },
        { value: 0, label: 'analysis.answer.no', step: null },
      ];
    case 'maturity':
      return MATURITY_LABELS.map((label, step) => ({ value: step, label, step }));
  }
}

/** "Don't know" and "not relevant", offered with every type. */
export const SKIP_OPTIONS: readonly AnswerOption[] = [
  { value: 'dont_know', label: 'analysis.answer.dontKnow', step: null },
  { value: 'not_relevant', label: 'analysis.answer.notRelevant', step: null },
];

/** The words of a stored answer (for "answered: yes" and the unanswered summary). */
export function answerLabel(type: AnswerType, value: AnswerValue): MessageKey | null {
  return (
    [...answerOptions(type), ...SKIP_OPTIONS].find((option) => option.value === value)?.label ??
    null
  );
}
