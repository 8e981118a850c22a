import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { CurrentVote, InterestVote, Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS } from '@tavla/shared/domain';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import {
  ANALYSIS_CATEGORIES,
  DOTS_PER_DEVICE,
  MAX_DOTS_PER_CATEGORY,
  type AnalysisCategoryId,
  type DotPlacement,
} from '@tavla/shared/method';
import { describeError } from '../../api.js';
import { categoryExplain, categoryName } from '../../category-text.js';
import { DimensionIcon } from '../../components/DimensionPicker.js';
import { Feedback, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { LatestSaver, type SaveState } from '../../latest-saver.js';
import { closeVote, fetchCurrentVote, openVote, placeDots } from '../../method-api.js';
import { formatCount, formatDate } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import { canAddDot, canRemoveDot, dotsLeft, newerVote, placementFrom, withDot } from './dots.js';
import '../../method-messages.js';

/**
 * The interest vote. On an employee's phone: five dots to place on the fifteen categories,
 * each change saved at once, until the lead closes the vote (no results while it is open).
 * For a lead: open it, watch how many have voted, close it.
 */
export function VotePage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'vote.title')} · Tavla`);
  const leads = leadsBoard(viewer);

  const [current, setCurrent] = useState<CurrentVote | null>(null);
  const [canPlace, setCanPlace] = useState<boolean | null>(null);
  const [placement, setPlacement] = useState<DotPlacement>({});
  const [save, setSave] = useState<{ state: SaveState; error?: unknown }>({ state: 'idle' });
  const saver = useRef<{ voteId: string; saver: LatestSaver<DotPlacement, CurrentVote> } | null>(
    null,
  );

  // The board state carries the vote live (open, voters, closed); this device's own dots come
  // from the server when a vote (re)appears.
  const live = snapshot?.method?.vote ?? null;
  const vote = newerVote(live, current?.vote ?? null);
  const liveId = live?.id ?? null;
  useEffect(() => {
    let still = true;
    fetchCurrentVote(boardId)
      .then((result) => {
        if (!still) return;
        setCurrent(result);
        setCanPlace(true);
        if (!saver.current?.saver.unsettled) setPlacement(placementFrom(result.myDots));
      })
      .catch(() => {
        // A signed-in lead on a computer is no phone of the board: no dots to place there.
        if (still) setCanPlace(false);
      });
    return () => {
      still = false;
    };
  }, [boardId, liveId]);

  function change(id: AnalysisCategoryId, delta: 1 | -1) {
    if (!vote || vote.status !== 'open') return;
    const next = withDot(placement, id, delta);
    if (next === placement) return;
    setPlacement(next);
    if (saver.current?.voteId !== vote.id) {
      saver.current = {
        voteId: vote.id,
        saver: new LatestSaver(
          (dots: DotPlacement) => placeDots(boardId, vote.id, dots),
          (state, { result, error }) => {
            setSave({ state, error });
            if (result) {
              setCurrent(result);
              setPlacement(placementFrom(result.myDots));
            }
          },
        ),
      };
    }
    saver.current.saver.save(next);
  }

  const open = vote?.status === 'open';
  const dots =
    canPlace && vote ? (
      open ? (
        <PlaceDots
          placement={placement}
          save={save}
          language={language}
          onChange={change}
          onRetry={() => saver.current?.saver.retry()}
        />
      ) : (
        <section className="form vote-closed" role="status">
          <h2>{t(language, 'vote.closed')}</h2>
          <a className="button-link" href={`/m/b/${boardId}/matrix`}>
            {t(language, 'vote.toMatrix')} →
          </a>
        </section>
      )
    ) : null;

  return (
    <MethodFrame
      title={t(language, 'vote.title')}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {leads ? (
        <LeadVote
          boardId={boardId}
          vote={vote}
          language={language}
          onChanged={(next) => setCurrent((c) => ({ vote: next, myDots: c?.myDots ?? {} }))}
        />
      ) : null}
      {/* A signed-in lead runs the vote; the board's phones place the dots. */}
      {leads ? null : dots}
      {!vote && canPlace !== null && !leads ? (
        <p className="page--notice">{t(language, 'vote.none')}</p>
      ) : null}
      {canPlace === null && !vote ? (
        <p className="page--notice">{t(language, 'phone.loading')}</p>
      ) : null}
    </MethodFrame>
  );
}

/** Five dots as a row of filled and empty circles (the count is said in words too). */
function DotRow({ filled, total, label }: { filled: number; total: number; label: string }) {
  return (
    <span className="dot-row" role="img" aria-label={label}>
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={i < filled ? 'dot dot--on' : 'dot'} />
      ))}
    </span>
  );
}

function PlaceDots(props: {
  placement: DotPlacement;
  save: { state: SaveState; error?: unknown };
  language: Language;
  onChange: (id: AnalysisCategoryId, delta: 1 | -1) => void;
  onRetry: () => void;
}) {
  const { placement, save, language } = props;
  const left = dotsLeft(placement);
  const leftText =
    left === 0
      ? t(language, 'vote.leftNone')
      : left === 1
        ? t(language, 'vote.leftOne')
        : t(language, 'vote.left', { count: formatCount(language, left) });
  return (
    <>
      <section className="dots-head" aria-live="polite">
        <p className="dots-head__left">{leftText}</p>
        <DotRow filled={left} total={DOTS_PER_DEVICE} label={leftText} />
        <p className={`save-line save-line--${save.state}`}>
          {save.state === 'saving'
            ? t(language, 'method.saving')
            : save.state === 'saved'
              ? `✓ ${t(language, 'method.saved')}`
              : save.state === 'failed'
                ? `✗ ${t(language, 'method.notSaved')} ${describeError(language, save.error)}`
                : '\u00a0'}
          {save.state === 'failed' ? (
            <button type="button" className="small-button" onClick={props.onRetry}>
              {t(language, 'method.retry')}
            </button>
          ) : null}
        </p>
      </section>
      <p className="lead-text">{t(language, 'vote.howTo', { max: MAX_DOTS_PER_CATEGORY })}</p>
      {DIMENSIONS.map((dimension) => (
        <section
          key={dimension}
          className="form vote-group"
          style={{ '--dimension-color': DIMENSION_STYLE[dimension].color } as CSSProperties}
        >
          <h2 className="vote-group__head">
            <DimensionIcon dimension={dimension} />
            {dimensionLabel(language, dimension)}
          </h2>
          <ul className="vote-items">
            {ANALYSIS_CATEGORIES[dimension].map((id) => {
              const count = placement[id] ?? 0;
              const name = categoryName(language, id);
              return (
                <li key={id} className={count > 0 ? 'vote-item vote-item--chosen' : 'vote-item'}>
                  <div className="vote-item__text">
                    <strong>{name}</strong>
                    <p>{categoryExplain(language, id)}</p>
                  </div>
                  <div className="stepper">
                    <button
                      type="button"
                      className="stepper__button"
                      aria-label={t(language, 'vote.remove', { name })}
                      disabled={!canRemoveDot(placement, id)}
                      onClick={() => props.onChange(id, -1)}
                    >
                      −
                    </button>
                    <span className="stepper__count">
                      <strong>{formatCount(language, count)}</strong>
                      <DotRow
                        filled={count}
                        total={MAX_DOTS_PER_CATEGORY}
                        label={t(language, 'vote.onThis', { count: formatCount(language, count) })}
                      />
                    </span>
                    <button
                      type="button"
                      className="stepper__button stepper__button--add"
                      aria-label={t(language, 'vote.add', { name })}
                      disabled={!canAddDot(placement, id)}
                      onClick={() => props.onChange(id, 1)}
                    >
                      +
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The lead's side: open a vote, the live count of devices that voted, close it. */
function LeadVote(props: {
  boardId: string;
  vote: InterestVote | null;
  language: Language;
  onChanged: (vote: InterestVote) => void;
}) {
  const { boardId, vote, language } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(action: () => Promise<InterestVote>) {
    setBusy(true);
    setMessage(null);
    try {
      props.onChanged(await action());
      setAsking(false);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }

  if (vote?.status === 'open') {
    return (
      <section className="form lead-vote">
        <p className="big-number" aria-live="polite">
          <strong>{formatCount(language, vote.voters)}</strong>{' '}
          {t(language, vote.voters === 1 ? 'vote.votersOne' : 'vote.voters')}
        </p>
        <p className="field__hint">{t(language, 'vote.hiddenWhileOpen')}</p>
        {asking ? (
          <>
            <p>{t(language, 'vote.closeConfirm')}</p>
            <div className="state-buttons">
              <button
                type="button"
                className="submit"
                disabled={busy}
                onClick={() => void run(() => closeVote(boardId, vote.id))}
              >
                {t(language, 'vote.closeYes')}
              </button>
              <button type="button" className="small-button" onClick={() => setAsking(false)}>
                {t(language, 'method.cancel')}
              </button>
            </div>
          </>
        ) : (
          <button type="button" className="submit" onClick={() => setAsking(true)}>
            {t(language, 'vote.close')}
          </button>
        )}
        <Feedback message={message} />
      </section>
    );
  }
  return (
    <section className="form lead-vote">
      {vote ? (
        <p>
          {t(language, 'vote.lastClosed', {
            date: formatDate(language, vote.closedAt ?? vote.openedAt),
            count: formatCount(language, vote.voters),
          })}{' '}
          <a href={`/m/b/${boardId}/matrix`}>{t(language, 'vote.toMatrix')}</a>
        </p>
      ) : null}
      <p className="field__hint">{t(language, 'vote.openHint')}</p>
      <button
        type="button"
        className="submit"
        disabled={busy}
        onClick={() => void run(() => openVote(boardId))}
      >
        {t(language, 'vote.open')}
      </button>
      <Feedback message={message} />
    </section>
  );
}
