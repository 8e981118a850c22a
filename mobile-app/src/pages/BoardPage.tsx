import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Suggestion } from '@tavla/shared';
import { sortSuggestions } from '@tavla/shared/board-state';
import { statusLabel, t } from '@tavla/shared/i18n';
import { describeError, fetchOlderSuggestions, sendErrorMessage } from '../api.js';
import { SuggestionForm } from '../components/SuggestionForm.js';
import { LiveWorkshopCard } from '../components/LiveWorkshopCard.js';
import { SuggestionList } from '../components/SuggestionList.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import { useOutbox } from '../use-outbox.js';
import { loadMine, rememberMine } from '../local-store.js';
import { leadsBoard, useViewer } from '../use-viewer.js';
import { usePhoneBoard } from '../use-phone-board.js';

// Step 7's cards (while a meeting or a follow-up runs) and the lead's extra links come in one
// lazily loaded module: the first bundle has no room for them.
const BoardLiveCards = lazy(() =>
  import('./board-extras.js').then((m) => ({ default: m.BoardLiveCards })),
);
// The banner of what now applies is shown only while announcements are current.
const AnnouncementBanner = lazy(() =>
  import('../components/AnnouncementBanner.js').then((m) => ({ default: m.AnnouncementBanner })),
);
// The author's own suggestions that a lead hid, with the reason: only once one of this phone's
// suggestions is missing from the board.
const HiddenOwnList = lazy(() =>
  import('../components/HiddenOwnList.js').then((m) => ({ default: m.HiddenOwnList })),
);
const BoardLeadLinks = lazy(() =>
  import('./board-extras.js').then((m) => ({ default: m.BoardLeadLinks })),
);

export function BoardPage({ boardId }: { boardId: string }) {
  const [posted, setPosted] = useState<Suggestion[]>([]);
  const [mine, setMine] = useState(loadMine);
  const [notices, setNotices] = useState<Suggestion[]>([]);
  const { snapshot, connection } = usePhoneBoard(boardId, mine, (changed) =>
    setNotices((current) => [changed, ...current.filter((n) => n.id !== changed.id)].slice(0, 3)),
  );
  const language = phoneLanguage(snapshot?.board.language);
  const viewer = useViewer(boardId);
  const isLead = leadsBoard(viewer);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Suggestions the form is sending right now: a refusal of one of these the form shows itself.
  const inForm = useRef(new Set<string>());
  const outbox = useOutbox({
    online: connection === 'live',
    onResult: (item, result) => {
      const { write } = item;
      if (result.kind === 'refused') {
        // Dropped only because its suggestion was refused: that refusal says it all.
        if (result.error === null) return;
        if (write.kind === 'photo') setRefusal(t(language, 'phone.form.photoFailed'));
        else if (write.kind === 'suggestion') {
          if (!inForm.current.has(write.body.id)) {
            setRefusal(sendErrorMessage(language, result.error));
          }
        } else if (write.kind === 'vote') setRefusal(describeError(language, result.error));
        return;
      }
      if (write.kind === 'vote') setVote(write.suggestionId, write.voted);
      const suggestion = result.suggestion;
      if (!suggestion) return;
      rememberMine(suggestion.id);
      setMine((current) => new Set([...current, suggestion.id]));
      setPosted((current) => [suggestion, ...current.filter((s) => s.id !== suggestion.id)]);
    },
  });
  const waiting = outbox.items.filter((item) => item.boardId === boardId);
  const waitingSuggestions = waiting.flatMap((item) =>
    item.write.kind === 'suggestion' ? [item.write.body] : [],
  );
  const waitingIds = new Set(waitingSuggestions.map((body) => body.id));
  const waitingPhotos = new Set(
    waiting.flatMap((item) => (item.write.kind === 'photo' ? [item.write.suggestionId] : [])),
  );
  useDocumentLanguage(language, snapshot ? `${snapshot.board.name} · Tavla` : 'Tavla');

  // The server knows what this device posted and voted for (in every snapshot). A "me too"
  // waiting in the outbox shows at once on top of what the server has acknowledged.
  const allMine = useMemo(() => new Set([...mine, ...(snapshot?.mine ?? [])]), [mine, snapshot]);
  const [acknowledgedVotes, setAcknowledgedVotes] = useState<ReadonlySet<string>>(new Set());
  const [syncedVotes, setSyncedVotes] = useState<readonly string[] | undefined>(undefined);
  if (snapshot?.myVotes !== syncedVotes) {
    setSyncedVotes(snapshot?.myVotes);
    setAcknowledgedVotes(new Set(snapshot?.myVotes ?? []));
  }
  function setVote(id: string, value: boolean) {
    setAcknowledgedVotes((current) => {
      const next = new Set(current);
      if (value) next.add(id);
      else next.delete(id);
      return next;
    });
  }
  const voted = new Set(acknowledgedVotes);
  const pendingVotes = new Set<string>();
  for (const { write } of waiting) {
    if (write.kind !== 'vote') continue;
    pendingVotes.add(write.suggestionId);
    if (write.voted) voted.add(write.suggestionId);
    else voted.delete(write.suggestionId);
  }
  const onVote = (suggestion: Suggestion, value: boolean) =>
    void outbox.vote(boardId, suggestion.id, value);

  // Older suggestions than the snapshot holds (declined, Done long ago), fetched a page at a
  // time when the reader asks for more.
  const [older, setOlder] = useState<{
    items: Suggestion[];
    next: string | null;
    done: boolean;
    loading: boolean;
  }>({ items: [], next: null, done: false, loading: false });
  const [listError, setListError] = useState<string | null>(null);
  async function showOlder() {
    if (older.loading || older.done) return;
    setOlder((current) => ({ ...current, loading: true }));
    setListError(null);
    try {
      const page = await fetchOlderSuggestions(boardId, older.next);
      setOlder((current) => ({
        items: [...current.items, ...page.suggestions],
        next: page.next,
        done: page.next === null,
        loading: false,
      }));
    } catch (error) {
      setOlder((current) => ({ ...current, loading: false }));
      setListError(describeError(language, error));
    }
  }

  // What this phone posted shows at once, even before the live event comes back.
  const suggestions = useMemo(() => {
    const known = new Set(snapshot?.suggestions.map((s) => s.id));
    // A posted one the snapshot has caught up with and lacks was hidden or withdrawn since.
    const seq = snapshot?.seq ?? 0;
    const extra = [...posted.filter((s) => s.seq > seq), ...older.items].filter((s) => {
      if (known.has(s.id)) return false;
      known.add(s.id);
      return true;
    });
    return sortSuggestions([...(snapshot?.suggestions ?? []), ...extra]);
  }, [snapshot, posted, older.items]);

  // A phone that posted something is told which of its suggestions a lead hid, with the
  // reason; asked again when one of those it remembers leaves the board.
  const onBoard = new Set(suggestions.map((s) => s.id));
  const missingMine = [...mine].filter((id) => !onBoard.has(id)).join(',');
  const askHidden = snapshot !== null && allMine.size > 0;

  // The server asked this phone to wait (429): say so, with the seconds left, until it ends.
  const limitedUntil = outbox.limitedUntil;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (limitedUntil === null) return undefined;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [limitedUntil]);
  const waitSeconds = limitedUntil === null ? 0 : Math.ceil((limitedUntil - now) / 1000);

  if (connection === 'refused' && !snapshot) {
    return (
      <main className="page page--notice">
        <p>{t(language, 'phone.boardMissing')}</p>
        <p>
          <a href="/m/login">{t(language, 'auth.signInLink')}</a>
        </p>
      </main>
    );
  }

  const announcements = snapshot?.method?.announcements.current ?? [];
  const followUp = snapshot?.method?.followUp;
  const connectionLabel =
    connection === 'live'
      ? t(language, 'connection.live')
      : t(language, connection === 'connecting' ? 'connection.connecting' : 'connection.offline');

  return (
    <div className="page">
      <header className="topbar">
        <h1>{snapshot?.board.name ?? t(language, 'phone.loading')}</h1>
        <a className="topbar__link" href={`/m/b/${boardId}/goals`}>
          {t(language, 'goals.link')}
        </a>
        <span className={`live live--${connection}`}>{connectionLabel}</span>
      </header>
      {isLead ? (
        <nav className="leadbar" aria-label={t(language, 'lead.title')}>
          <a href={`/m/b/${boardId}/roadmap`}>{t(language, 'roadmap.title')}</a>
          <a href={`/m/b/${boardId}/vote`}>{t(language, 'vote.title')}</a>
          <a href={`/m/b/${boardId}/workshop`}>{t(language, 'liveWorkshop.title')}</a>
          <a href={`/m/b/${boardId}/wall`}>{t(language, 'lead.wall')}</a>
          <a href={`/m/b/${boardId}/announcements`}>{t(language, 'announce.link')}</a>
          <a href="/m/lead">{t(language, 'lead.title')}</a>
          {/* Last: links that arrive a moment later must not move the ones a finger aims at. */}
          <Suspense fallback={null}>
            <BoardLeadLinks boardId={boardId} language={language} />
          </Suspense>
        </nav>
      ) : null}
      <LiveWorkshopCard
        boardId={boardId}
        live={snapshot?.method?.workshop ?? null}
        // Until it is known whether a lead is looking, nobody is taken anywhere.
        lead={viewer.kind === 'loading' ? null : isLead}
        language={language}
      />
      {followUp && (followUp.meeting.live || followUp.live) && viewer.kind !== 'loading' ? (
        <Suspense fallback={null}>
          <BoardLiveCards boardId={boardId} followUp={followUp} lead={isLead} language={language} />
        </Suspense>
      ) : null}
      {announcements.length > 0 ? (
        <>
          <Suspense fallback={null}>
            <AnnouncementBanner boardId={boardId} language={language} current={announcements} />
          </Suspense>
          <p className="announce-link">
            <a href={`/m/b/${boardId}/announcements`}>{t(language, 'announce.link')} →</a>
          </p>
        </>
      ) : null}
      {snapshot?.method?.vote?.status === 'open' ? (
        <a className="vote-banner" href={`/m/b/${boardId}/vote`}>
          <span className="vote-banner__dots" aria-hidden="true">
            ● ● ● ● ●
          </span>
          <strong>{t(language, 'vote.banner')}</strong>
          <span aria-hidden="true">→</span>
        </a>
      ) : null}
      {notices.length > 0 ? (
        <div className="notices" role="status">
          {notices.map((notice) => (
            <p key={notice.id} className="notice">
              <a href={`/m/b/${boardId}/s/${notice.id}`}>
                {t(language, 'phone.notice.statusChanged', {
                  text: notice.text.length > 60 ? `${notice.text.slice(0, 57)}…` : notice.text,
                  status: statusLabel(language, notice.status),
                })}
              </a>
              <button
                type="button"
                className="notice__close"
                aria-label={t(language, 'phone.notice.dismiss')}
                onClick={() => setNotices((current) => current.filter((n) => n.id !== notice.id))}
              >
                ×
              </button>
            </p>
          ))}
        </div>
      ) : null}
      <main>
        {snapshot?.board.archivedAt ? (
          <p className="notice archived" role="status">
            {t(language, 'phone.archived')}
          </p>
        ) : (
          <SuggestionForm
            goals={(snapshot?.goals ?? []).filter((goal) => goal.state === 'active')}
            waiting={waitingIds}
            boardId={boardId}
            language={language}
            naming={snapshot?.board.naming}
            send={async (body, photo) => {
              inForm.current.add(body.id);
              try {
                return await outbox.sendSuggestion(boardId, body, photo);
              } finally {
                inForm.current.delete(body.id);
              }
            }}
          />
        )}
        {waitSeconds > 0 ? (
          <p className="feedback feedback--error notice-inline" role="status">
            {t(language, 'phone.outbox.rateLimited', { seconds: waitSeconds })}
          </p>
        ) : null}
        {refusal ? (
          <p className="feedback feedback--error notice-inline" role="alert">
            {refusal}
          </p>
        ) : null}
        {waitingSuggestions.length > 0 ? (
          <section className="list" aria-label={t(language, 'phone.list.waiting')}>
            <ul>
              {waitingSuggestions.map((body) => (
                <li key={body.id} className="item item--waiting">
                  <p className="item__text">{body.text}</p>
                  <p className="item__meta">
                    <span className="chip chip--waiting">{t(language, 'phone.list.waiting')}</span>
                    {waitingPhotos.has(body.id) ? (
                      <span className="chip chip--waiting">
                        {t(language, 'phone.list.photoWaiting')}
                      </span>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {snapshot ? (
          <SuggestionList
            suggestions={suggestions}
            mine={allMine}
            voted={voted}
            pendingVotes={pendingVotes}
            waitingPhotos={waitingPhotos}
            onVote={onVote}
            language={language}
            hasOlder={(snapshot.hasOlder ?? false) && !older.done}
            onShowOlder={() => void showOlder()}
            loadingOlder={older.loading}
          >
            {askHidden ? (
              <Suspense fallback={null}>
                <HiddenOwnList boardId={boardId} language={language} version={missingMine} />
              </Suspense>
            ) : null}
          </SuggestionList>
        ) : null}
        {listError ? (
          <p className="feedback feedback--error notice-inline" role="alert">
            {listError}
          </p>
        ) : null}
      </main>
    </div>
  );
}
