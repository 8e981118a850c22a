import type { Language } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { parseNumberInput } from '@tavla/shared/number-input';

/** What a number field's text means: its value (null: left empty), or why it is refused. */
export type NumberFieldRead = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * Reads a number field the one way every field reads numbers ("11 800", "4,5", "-3.25"), and
 * says in the user's language what is wrong with anything else: nothing typed is ever dropped
 * without a word. An empty field is null, or refused when the field is required.
 */
export function readNumberField(
  language: Language,
  text: string,
  options: { required?: boolean } = {},
): NumberFieldRead {
  const parsed = parseNumberInput(text);
  switch (parsed.kind) {
    case 'number':
      return { ok: true, value: parsed.value };
    case 'empty':
      return options.required
        ? { ok: false, error: t(language, 'field.required') }
        : { ok: true, value: null };
    case 'invalid':
      return {
        ok: false,
        error: t(
          language,
          parsed.reason === 'tooLarge' ? 'field.number.tooLarge' : 'field.number.invalid',
        ),
      };
  }
}
