import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'wouter';
import type {
  BulkStatus,
  Dimension,
  Language,
  Suggestion,
  SuggestionStatus,
  TriageItem,
} from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS, LIMITS, SUGGESTION_STATUSES } from '@tavla/shared/domain';
import { WAITING_DAYS } from '@tavla/shared/follow-up-rules';
import { dimensionLabel, statusLabel, t, type FieldLabels } from '@tavla/shared/i18n';
import {
  TRIAGE_BULK_MAX,
  TRIAGE_PAGE_DEFAULT,
  TRIAGE_PAGE_MAX,
  TRIAGE_SORTS,
  bulkTargets,
  type TriageSort,
} from '@tavla/shared/triage';
import { describeError } from '../../api.js';
import { leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { SuggestionMeta } from '../../components/SuggestionMeta.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatDate } from '../../method-format.js';
import { bulkHide, bulkMove, fetchTriage, unhide } from '../../triage-api.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useViewer } from '../../use-viewer.js';
import { QuickDecide } from '../../components/QuickDecide.js';
import { daysSince, filtersOf, isFiltered, NO_FILTERS, queryOf, toggled } from './triage-view.js';
import type { TriageFilters } from './triage-view.js';
import '../../triage-messages.js';
import './triage.css';

const LABELS: FieldLabels = {
  ids: 'triage.field.ids',
  note: 'triage.bulk.reason',
  reason: 'triage.bulk.hideReason',
};

interface Loaded {
  /** The filters these items are for (the query string). */
  query: string;
  items: TriageItem[];
  total: number;
  next: string | null;
}

type Notice = { ok: boolean; text: string; undo?: string[] } | null;

/**
 * The lead's list of the board's suggestions, fast at 10,000: filters (status, dimension,
 * goal, waiting more than a week, hidden), search and sorting, kept in the URL; pages from the
 * server; one-tap decisions on each card; several selected at once moved to a status or
 * hidden with one reason, and a hide undone.
 */
export function TriagePage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'triage.title')} · Tavla`);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersOf(searchParams.toString());
  const query = queryOf(filters).toString();
  const gate = leadGate(viewer, language);

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);
  const [changes, setChanges] = useState(0);
  // "Waited N days" by the phone's clock when the page opened.
  const [now] = useState(() => Date.now());
  const shown = useRef(TRIAGE_PAGE_DEFAULT);

  // The first page again whenever the filters change, the board changes live, or after an
  // action; as many rows as were shown, so a live change does not fold the list up.
  const seq = snapshot?.seq;
  useEffect(() => {
    if (gate !== null) return undefined;
    let current = true;
    const limit = Math.min(TRIAGE_PAGE_MAX, Math.max(TRIAGE_PAGE_DEFAULT, shown.current));
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    fetchTriage(boardId, params, null).then(
      (page) => {
        if (!current) return;
        setLoaded({ query, items: page.items, total: page.total, next: page.next });
        setFailure(null);
      },
      (error: unknown) => {
        if (current) setFailure(error ?? new Error('failed'));
      },
    );
    return () => {
      current = false;
    };
  }, [boardId, query, seq, changes, gate === null]); // eslint-disable-line react-hooks/exhaustive-deps

  const items = loaded?.query === query ? loaded.items : [];
  useEffect(() => {
    shown.current = Math.max(TRIAGE_PAGE_DEFAULT, items.length);
  });
  const visibleIds = new Set(items.map((item) => item.suggestion.id));
  // What is selected but no longer listed (moved out of the filter, hidden) is let go.
  const chosen = [...selected].filter((id) => visibleIds.has(id));

  function setFilters(next: TriageFilters) {
    shown.current = TRIAGE_PAGE_DEFAULT;
    setSelected(new Set());
    setSearchParams(queryOf(next));
  }

  async function showMore() {
    if (!loaded?.next || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await fetchTriage(boardId, new URLSearchParams(query), loaded.next);
      setLoaded((current) =>
        current && current.query === query
          ? {
              ...current,
              items: [...current.items, ...page.items],
              total: page.total,
              next: page.next,
            }
          : current,
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setLoadingMore(false);
    }
  }

  async function act(run: () => Promise<Notice>) {
    setNotice(null);
    try {
      setNotice(await run());
      setSelected(new Set());
    } catch (error) {
      setNotice({ ok: false, text: describeError(language, error, LABELS) });
    } finally {
      setChanges((n) => n + 1);
    }
  }

  const goals = (snapshot?.goals ?? []).filter((goal) => goal.state !== 'archived');

  return (
    <MethodFrame
      title={t(language, 'triage.title')}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {gate ?? (
        <>
          <Filters
            filters={filters}
            language={language}
            goals={goals.map((goal) => ({ id: goal.id, title: goal.title }))}
            onChange={setFilters}
          />
          {failure && !loaded ? (
            <p className="feedback feedback--error" role="alert">
              {describeError(language, failure)}
            </p>
          ) : null}
          {loaded?.query === query ? (
            <p className="triage-count" role="status">
              <span>
                {loaded.total === 1
                  ? t(language, 'triage.count.one')
                  : t(language, 'triage.count', { count: loaded.total })}
              </span>
              {items.length > 0 ? (
                <button
                  type="button"
                  className="small-button small-button--quiet"
                  onClick={() =>
                    setSelected(
                      new Set(items.slice(0, TRIAGE_BULK_MAX).map((item) => item.suggestion.id)),
                    )
                  }
                >
                  {t(language, 'triage.selectAll')}
                </button>
              ) : null}
            </p>
          ) : (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          )}
          {notice && chosen.length === 0 ? (
            <NoticeLine
              notice={notice}
              language={language}
              onUndo={(ids) =>
                void act(async () => {
                  await unhide(boardId, ids);
                  return { ok: true, text: t(language, 'triage.bulk.undone') };
                })
              }
            />
          ) : null}
          {loaded?.query === query && items.length === 0 ? (
            <p className="list__empty">{t(language, 'triage.none')}</p>
          ) : null}
          <ul className="triage-list">
            {items.map((item) => (
              <TriageCard
                key={item.suggestion.id}
                boardId={boardId}
                item={item}
                language={language}
                now={now}
                selected={selected.has(item.suggestion.id)}
                onToggle={() => setSelected((current) => toggled(current, item.suggestion.id))}
                onChanged={() => setChanges((n) => n + 1)}
                onUnhide={() =>
                  void act(async () => {
                    await unhide(boardId, [item.suggestion.id]);
                    return { ok: true, text: t(language, 'triage.bulk.undone') };
                  })
                }
              />
            ))}
          </ul>
          {loaded?.next ? (
            <button
              type="button"
              className="show-more"
              disabled={loadingMore}
              onClick={() => void showMore()}
            >
              {t(language, loadingMore ? 'triage.loadingMore' : 'triage.more')}
            </button>
          ) : null}
          {chosen.length > 0 ? (
            <BulkBar
              language={language}
              hidden={filters.hidden}
              statuses={items
                .filter((item) => chosen.includes(item.suggestion.id))
                .map((item) => item.suggestion.status)}
              count={chosen.length}
              notice={notice}
              onClear={() => setSelected(new Set())}
              onMove={(status, note) =>
                act(async () => {
                  const result = await bulkMove(boardId, {
                    ids: chosen,
                    status,
                    ...(note ? { note } : {}),
                  });
                  return {
                    ok: true,
                    text: t(language, 'triage.bulk.moved', {
                      count: result.suggestions.length,
                      status: statusLabel(language, status),
                    }),
                  };
                })
              }
              onHide={(reason) =>
                act(async () => {
                  const result = await bulkHide(boardId, { ids: chosen, reason });
                  const ids = result.suggestions.map((s) => s.id);
                  return {
                    ok: true,
                    text: t(language, 'triage.bulk.hidden', { count: ids.length }),
                    undo: ids,
                  };
                })
              }
              onUnhide={() =>
                act(async () => {
                  await unhide(boardId, chosen);
                  return { ok: true, text: t(language, 'triage.bulk.undone') };
                })
              }
            />
          ) : null}
        </>
      )}
    </MethodFrame>
  );
}

function NoticeLine(props: {
  notice: NonNullable<Notice>;
  language: Language;
  onUndo: (ids: string[]) => void;
}) {
  const { notice, language } = props;
  const undo = notice.undo;
  return (
    <p
      className={`feedback feedback--${notice.ok ? 'sent' : 'error'} triage-notice`}
      role={notice.ok ? 'status' : 'alert'}
    >
      {notice.text}
      {undo && undo.length > 0 ? (
        <button type="button" className="small-button" onClick={() => props.onUndo(undo)}>
          {t(language, 'triage.bulk.undo')}
        </button>
      ) : null}
    </p>
  );
}

/** Search, the filters and the sort; each change goes into the URL at once. */
function Filters(props: {
  filters: TriageFilters;
  language: Language;
  goals: { id: string; title: string }[];
  onChange: (filters: TriageFilters) => void;
}) {
  const { filters, language, onChange } = props;
  const [text, setText] = useState(filters.q);
  const [syncedQ, setSyncedQ] = useState(filters.q);
  // Back and forward change the URL's search: the field follows.
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    setText(filters.q);
  }
  function search(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...filters, q: text.trim() });
  }
  const set = (change: Partial<TriageFilters>) => onChange({ ...filters, ...change });

  return (
    <section className="triage-filters" aria-label={t(language, 'triage.title')}>
      <form className="triage-search" role="search" onSubmit={search}>
        <label className="field">
          <span className="field__label">{t(language, 'triage.search')}</span>
          <input
            type="search"
            name="q"
            value={text}
            maxLength={100}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="small-button">
          {t(language, 'triage.search.go')}
        </button>
      </form>
      <div className="triage-selects">
        <label className="field">
          <span className="field__label">{t(language, 'triage.filter.status')}</span>
          <select
            name="status"
            value={filters.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || null) as SuggestionStatus | null })}
          >
            <option value="">{t(language, 'triage.filter.status.all')}</option>
            {SUGGESTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(language, status)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t(language, 'triage.filter.dimension')}</span>
          <select
            name="dimension"
            value={filters.dimension ?? ''}
            onChange={(e) => set({ dimension: (e.target.value || null) as Dimension | null })}
          >
            <option value="">{t(language, 'triage.filter.dimension.all')}</option>
            {DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {dimensionLabel(language, dimension)}
              </option>
            ))}
          </select>
        </label>
        {props.goals.length > 0 ? (
          <label className="field">
            <span className="field__label">{t(language, 'triage.filter.goal')}</span>
            <select
              name="goal"
              value={filters.goal ?? ''}
              onChange={(e) => set({ goal: e.target.value || null })}
            >
              <option value="">{t(language, 'triage.filter.goal.all')}</option>
              {props.goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span className="field__label">{t(language, 'triage.sort')}</span>
          <select
            name="sort"
            value={filters.sort}
            onChange={(e) => set({ sort: e.target.value as TriageSort })}
          >
            {TRIAGE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(language, `triage.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="tabs triage-toggles" role="group">
        <button
          type="button"
          className="tab"
          aria-pressed={filters.waiting}
          onClick={() => set({ waiting: !filters.waiting })}
        >
          {t(language, 'triage.filter.waiting', { days: WAITING_DAYS })}
        </button>
        <button
          type="button"
          className="tab"
          aria-pressed={filters.hidden}
          onClick={() => set({ hidden: !filters.hidden })}
        >
          {t(language, 'triage.filter.hidden')}
        </button>
        {isFiltered(filters) ? (
          <button
            type="button"
            className="tab"
            onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}
          >
            {t(language, 'triage.filter.reset')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function TriageCard(props: {
  boardId: string;
  item: TriageItem;
  language: Language;
  now: number;
  selected: boolean;
  onToggle: () => void;
  onChanged: (suggestion: Suggestion) => void;
  onUnhide: () => void;
}) {
  const { boardId, item, language, now } = props;
  const { suggestion, hidden } = item;
  const waited = daysSince(suggestion.statusChangedAt, now);
  return (
    <li
      className={`item triage-card${props.selected ? ' triage-card--selected' : ''}`}
      style={{ borderLeftColor: DIMENSION_STYLE[suggestion.dimension].color }}
    >
      <label className="triage-card__check">
        <input type="checkbox" checked={props.selected} onChange={props.onToggle} />
        <span className="visually-hidden">
          {t(language, 'triage.select')}: {suggestion.text.slice(0, 60)}
        </span>
      </label>
      <div className="triage-card__body">
        <a className="item__link" href={`/m/b/${boardId}/s/${suggestion.id}`}>
          <p className="item__text">{suggestion.text}</p>
        </a>
        <SuggestionMeta suggestion={suggestion} language={language}>
          <span>{t(language, 'triage.votes', { count: suggestion.votes })}</span>
          {!hidden && waited > 0 ? (
            <span className={waited > WAITING_DAYS ? 'triage-card__late' : undefined}>
              {t(language, 'triage.waitedDays', { days: waited })}
            </span>
          ) : null}
        </SuggestionMeta>
        {hidden ? (
          <div className="triage-card__hidden">
            <p>
              {hidden.byName
                ? t(language, 'triage.hiddenBy', {
                    date: formatDate(language, hidden.at),
                    name: hidden.byName,
                    reason: hidden.reason,
                  })
                : t(language, 'triage.hiddenByUnknown', {
                    date: formatDate(language, hidden.at),
                    reason: hidden.reason,
                  })}
            </p>
            <button type="button" className="small-button" onClick={props.onUnhide}>
              {t(language, 'triage.unhide')}
            </button>
          </div>
        ) : (
          <QuickDecide
            boardId={boardId}
            suggestion={suggestion}
            language={language}
            onDecided={props.onChanged}
          />
        )}
      </div>
    </li>
  );
}

/** What to do with the selection: move it to a status (one reason for Not doing) or hide it. */
function BulkBar(props: {
  language: Language;
  hidden: boolean;
  statuses: SuggestionStatus[];
  count: number;
  notice: Notice;
  onClear: () => void;
  onMove: (status: BulkStatus, note?: string) => Promise<void>;
  onHide: (reason: string) => Promise<void>;
  onUnhide: () => Promise<void>;
}) {
  const { language } = props;
  const targets = bulkTargets(props.statuses);
  const [target, setTarget] = useState<BulkStatus | ''>('');
  const [note, setNote] = useState('');
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const to = target !== '' && targets.includes(target) ? target : '';

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }
  function move(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (to === '') return;
    void run(() => props.onMove(to, to === 'not_doing' ? note.trim() : undefined));
  }
  function hide(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(() => props.onHide(reason.trim()));
  }

  return (
    <section
      className="triage-bulk"
      aria-label={t(language, 'triage.selected', { count: props.count })}
    >
      <p className="triage-bulk__head">
        <strong>{t(language, 'triage.selected', { count: props.count })}</strong>
        <button type="button" className="small-button small-button--quiet" onClick={props.onClear}>
          {t(language, 'triage.clearSelection')}
        </button>
      </p>
      {props.notice && !props.notice.ok ? (
        <p className="feedback feedback--error" role="alert">
          {props.notice.text}
        </p>
      ) : null}
      {props.hidden ? (
        <button
          type="button"
          className="small-button"
          disabled={busy}
          onClick={() => void run(props.onUnhide)}
        >
          {t(language, 'triage.unhide')}
        </button>
      ) : hiding ? (
        <form className="triage-bulk__form" onSubmit={hide}>
          <label className="field">
            <span className="field__label">{t(language, 'triage.bulk.hideReason')}</span>
            <input
              name="hideReason"
              value={reason}
              required
              minLength={LIMITS.reasonMin}
              maxLength={LIMITS.statusNoteMax}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="triage-bulk__row">
            <button type="submit" className="small-button small-button--danger" disabled={busy}>
              {t(language, 'triage.bulk.hideConfirm')}
            </button>
            <button
              type="button"
              className="small-button small-button--quiet"
              onClick={() => setHiding(false)}
            >
              {t(language, 'triage.bulk.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <form className="triage-bulk__form" onSubmit={move}>
          <div className="triage-bulk__row">
            <label className="field">
              <span className="field__label">{t(language, 'triage.bulk.moveTo')}</span>
              <select
                name="bulkStatus"
                value={to}
                onChange={(e) => setTarget(e.target.value as BulkStatus | '')}
              >
                <option value="" />
                {targets.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(language, status)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="small-button" disabled={busy || to === ''}>
              {t(language, 'triage.bulk.move')}
            </button>
            <button
              type="button"
              className="small-button small-button--danger"
              onClick={() => setHiding(true)}
            >
              {t(language, 'triage.bulk.hide')}
            </button>
          </div>
          {to === 'not_doing' ? (
            <label className="field">
              <span className="field__label">{t(language, 'triage.bulk.reason')}</span>
              <textarea
                name="bulkNote"
                rows={2}
                required
                minLength={LIMITS.reasonMin}
                maxLength={LIMITS.statusNoteMax}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
          ) : null}
        </form>
      )}
    </section>
  );
}
