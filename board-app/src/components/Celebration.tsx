import type { Language, Suggestion } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';

/** A short, wall-wide "Done!" when a suggestion reaches Done: the team sees its effect. */
export function Celebration({
  suggestion,
  language,
}: {
  suggestion: Suggestion;
  language: Language;
}) {
  return (
    <div className="celebration" role="status">
      <div className="celebration__burst" aria-hidden="true">
        {Array.from({ length: 24 }, (_, i) => (
          <span key={i} style={{ '--i': i } as React.CSSProperties} />
        ))}
      </div>
      <div className="celebration__card">
        <p className="celebration__title">🎉 {t(language, 'kiosk.celebrate')}</p>
        <p className="celebration__text">{suggestion.text}</p>
      </div>
    </div>
  );
}
