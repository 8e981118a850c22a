import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import type { ExportMessageKey } from '@tavla/shared/i18n-export';
import '../export-messages.js';
import './export-links.css';

/**
 * The lead's downloads of the board's data: the tables for Excel and the whole board as JSON.
 * Plain links: the browser downloads them with the lead's session cookie, and the server
 * names the files (`Content-Disposition`). Part of the roadmap page (itself loaded lazily), which
 * shows it to leads only.
 */
export default function ExportLinks({
  boardId,
  language,
}: {
  boardId: string;
  language: Language;
}) {
  const base = `/api/boards/${boardId}`;
  const links: [ExportMessageKey, string][] = [
    ['export.suggestions', `${base}/export/suggestions.csv`],
    ['export.measurements', `${base}/export/measurements.csv`],
    ['export.actions', `${base}/export/actions.csv`],
    ['export.json', `${base}/export.json`],
  ];
  return (
    <details className="export-links">
      <summary>{t(language, 'export.title')}</summary>
      <p className="export-links__hint">{t(language, 'export.hint')}</p>
      <ul>
        {links.map(([key, href]) => (
          <li key={href}>
            <a href={href} download>
              {t(language, key)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
