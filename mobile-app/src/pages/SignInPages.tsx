import { useEffect, useState, type ReactNode, type SubmitEvent } from 'react';
import type { Language } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { t, type FieldLabels } from '@tavla/shared/i18n';
import { ApiError, describeError, fetchSetupNeeded, login, setup } from '../api.js';
import { TextField } from '../components/TextField.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import '../account-messages.js';
import '../people-messages.js';

const LEAD_HOME = '/m/lead';

/**
 * Turns a failed sign-in or setup into words for the user (never the server's text): by its
 * code (a wrong password or setup code, setup already done, a field that breaks its rule,
 * 503 `busy` …), and a lockout without a known end as such.
 */
export function failureMessage(error: unknown, language: Language, labels?: FieldLabels): string {
  if (error instanceof ApiError && error.status === 429 && !error.retryAfterSeconds) {
    return t(language, 'auth.locked');
  }
  return describeError(language, error, labels);
}

function AuthForm(props: {
  title: string;
  submit: string;
  /** The form's own labels, where they differ from the general ones. */
  labels?: FieldLabels;
  onSubmit: () => Promise<void>;
  children: ReactNode;
  below?: ReactNode;
  /** Said above the form (why the user was signed out). */
  notice?: string | null;
}) {
  const language = phoneLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDocumentLanguage(language, `${props.title} · Tavla`);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit();
      window.location.assign(LEAD_HOME);
    } catch (failure) {
      setError(failureMessage(failure, language, props.labels));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <header className="topbar">
        <h1>{props.title}</h1>
      </header>
      <main>
        <form className="form" onSubmit={(event) => void submit(event)}>
          {props.notice ? (
            <p className="feedback feedback--error" role="alert">
              {props.notice}
            </p>
          ) : null}
          {props.children}
          <button className="submit" type="submit" disabled={busy}>
            {props.submit}
          </button>
          {error ? (
            <p className="feedback feedback--error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
        {props.below}
      </main>
    </div>
  );
}

/** Why a page sent the user here (`?ended=` from a socket's `session:ended`), in their words. */
function endedNotice(language: Language): string | null {
  const ended = new URLSearchParams(window.location.search).get('ended');
  if (ended === 'disabled') return t(language, 'error.account_disabled');
  if (ended === 'ended') return t(language, 'people.sessionEnded');
  return null;
}

export function LoginPage() {
  const language = phoneLanguage();
  const ended = endedNotice(language);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [setupNeeded, setSetupNeeded] = useState(false);
  useEffect(() => {
    fetchSetupNeeded()
      .then((result) => setSetupNeeded(result.needed))
      .catch(() => setSetupNeeded(false));
  }, []);

  return (
    <AuthForm
      title={t(language, 'auth.signInTitle')}
      submit={t(language, 'auth.signIn')}
      onSubmit={async () => {
        await login(username.trim(), password);
      }}
      notice={ended}
      below={
        setupNeeded ? (
          <p className="below-form">
            <a href="/m/setup">{t(language, 'auth.firstStart')}</a>
          </p>
        ) : null
      }
    >
      <TextField
        label={t(language, 'auth.username')}
        name="username"
        autoComplete="username"
        value={username}
        onChange={setUsername}
      />
      <TextField
        label={t(language, 'auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
    </AuthForm>
  );
}

export function SetupPage() {
  const language = phoneLanguage();
  const [form, setForm] = useState({ code: '', displayName: '', username: '', password: '' });
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  return (
    <AuthForm
      title={t(language, 'auth.setupTitle')}
      submit={t(language, 'auth.setupCreate')}
      labels={{ displayName: 'auth.displayName' }}
      onSubmit={async () => {
        await setup({
          ...form,
          code: form.code.trim(),
          username: form.username.trim(),
          displayName: form.displayName.trim(),
        });
      }}
    >
      <p>{t(language, 'auth.setupBody')}</p>
      <TextField
        label={t(language, 'auth.setupCode')}
        name="code"
        autoComplete="one-time-code"
        value={form.code}
        onChange={set('code')}
      />
      <TextField
        label={t(language, 'auth.displayName')}
        name="displayName"
        autoComplete="name"
        value={form.displayName}
        onChange={set('displayName')}
      />
      <TextField
        label={t(language, 'auth.username')}
        name="username"
        autoComplete="username"
        value={form.username}
        onChange={set('username')}
      />
      <TextField
        label={t(language, 'auth.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t(language, 'auth.passwordHint', { min: LIMITS.passwordMin })}
        value={form.password}
        onChange={set('password')}
      />
    </AuthForm>
  );
}
