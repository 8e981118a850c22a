import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../../people-messages.js';

/** The lead page's way to the admin's people page and audit log. */
export function PeopleLinks({ language }: { language: Language }) {
  return (
    <p className="row">
      <a className="button-link" href="/m/admin/people">
        {t(language, 'people.link')} →
      </a>
      <a className="button-link" href="/m/admin/audit">
        {t(language, 'people.auditLink')} →
      </a>
    </p>
  );
}
