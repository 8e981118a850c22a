import type { ReactNode } from 'react';
import type { Language } from '@tavla/shared';
import { t, type MessageKey } from '@tavla/shared/i18n';
import { isAdmin, leadsBoard, type Viewer } from '../use-viewer.js';
import '../method-messages.js';

/** The frame of the method's pages: title bar, a way back, and the page. */
export function MethodFrame(props: {
  title: string;
  back: string;
  language: Language;
  children: ReactNode;
  /** The words of the way back (default "← Back"). */
  backLabel?: MessageKey;
  /** Wider on a desktop (the question bank's forms). */
  wide?: boolean;
}) {
  return (
    <div className={props.wide ? 'page page--wide' : 'page'}>
      <header className="topbar">
        <h1>{props.title}</h1>
      </header>
      <main>
        <p className="back">
          <a href={props.back}>{t(props.language, props.backLabel ?? 'method.back')}</a>
        </p>
        {props.children}
      </main>
    </div>
  );
}

/**
 * What a lead-only page shows instead while it is not known who is looking, or to someone who
 * does not lead the board; null when the page may show.
 */
export function leadGate(viewer: Viewer, language: Language, need: 'lead' | 'admin' = 'lead') {
  if (viewer.kind === 'loading')
    return <p className="page--notice">{t(language, 'phone.loading')}</p>;
  const allowed = leadsBoard(viewer) && (need === 'lead' || isAdmin(viewer));
  if (allowed) return null;
  return (
    <div className="page--notice">
      <p>{t(language, need === 'admin' ? 'method.adminsOnly' : 'method.leadsOnly')}</p>
      {viewer.kind === 'phone' ? (
        <p>
          <a href="/m/login">{t(language, 'auth.signInLink')}</a>
        </p>
      ) : null}
    </div>
  );
}

/** "Saved." or why not, in the user's words. */
export function Feedback({ message }: { message: { ok: boolean; text: string } | null }) {
  return message ? (
    <p
      className={`feedback feedback--${message.ok ? 'sent' : 'error'}`}
      role={message.ok ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  ) : null;
}
