import { useState, type ReactNode, type SubmitEvent } from 'react';
import type { Analytics, Language } from '@tavla/shared';
import { ANALYTICS_PERIODS, periodOf, type AnalyticsPeriod } from '@tavla/shared/analytics-period';
import { localDay, WAITING_DAYS } from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { fetchAnalytics, fetchParticipation, setParticipationTarget } from '../../analytics-api.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatCount, formatOne } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useViewer } from '../../use-viewer.js';
import {
  AckBars,
  FlowChart,
  GoalsBar,
  LeadChart,
  ParticipationBar,
  PulseChart,
  ScoreBars,
} from './AnalyticsCharts.js';
import {
  ackText,
  bottleneckText,
  dayLong,
  flowText,
  goalsText,
  leadRows,
  leadText,
  parseTarget,
  participationText,
  pulseText,
  scoreText,
} from './analytics-view.js';
import '../../analytics-messages.js';
import './analytics.css';

/**
 * What the board's history says, for its lead or an admin: participation against the target
 * (set here), the flow of suggestions, lead times, bottlenecks, goals, acknowledgements, the
 * pulse and the analysis scores, for a period picked at the top.
 */
export function AnalyticsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'analytics.title')} · Tavla`);
  const [choice, setChoice] = useState<AnalyticsPeriod>('12m');
  const [changes, setChanges] = useState(0);
  const gate = leadGate(viewer, language);
  const period = periodOf(choice, localDay(new Date()));
  const { data, failure } = useFetched(
    gate === null ? () => fetchAnalytics(boardId, period) : null,
    [boardId, period.from, period.to, changes],
  );
  const title = snapshot
    ? `${t(language, 'analytics.title')} · ${snapshot.board.name}`
    : t(language, 'analytics.title');

  return (
    <MethodFrame title={title} back={`/m/b/${boardId}`} language={language} wide>
      {gate ?? (
        <>
          <fieldset className="periods">
            <legend>{t(language, 'analytics.period')}</legend>
            {ANALYTICS_PERIODS.map((p) => (
              <label
                key={p}
                className={p === choice ? 'periods__choice periods__choice--on' : 'periods__choice'}
              >
                <input
                  type="radio"
                  name="period"
                  value={p}
                  checked={p === choice}
                  onChange={() => setChoice(p)}
                />
                {t(language, `analytics.period.${p}`)}
              </label>
            ))}
          </fieldset>
          {failure ? (
            <p className="feedback feedback--error notice-inline" role="alert">
              {describeError(language, failure)}
            </p>
          ) : null}
          {data ? (
            <Figures
              boardId={boardId}
              language={language}
              data={data}
              stale={data.from !== period.from || data.to !== period.to}
              saved={() => setChanges((n) => n + 1)}
            />
          ) : failure ? null : (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          )}
        </>
      )}
    </MethodFrame>
  );
}

function Card(props: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={props.wide ? 'stat-card stat-card--wide' : 'stat-card'}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

function Figures(props: {
  boardId: string;
  language: Language;
  data: Analytics;
  stale: boolean;
  saved: () => void;
}) {
  const { language, data } = props;
  const p = data.participation;
  const rows = leadRows(data.leadTime);
  const goalCount =
    data.goals.onTrack + data.goals.atRisk + data.goals.offTrack + data.goals.unknown;
  return (
    <div className={props.stale ? 'stats stats--stale' : 'stats'} aria-busy={props.stale}>
      <p className="stats__range">
        {t(language, 'analytics.period.range', {
          from: dayLong(language, data.from),
          to: dayLong(language, data.to),
        })}
      </p>
      <Card title={t(language, 'analytics.participation')}>
        {p.percent !== null ? (
          <ParticipationBar
            language={language}
            percent={p.percent}
            target={p.target}
            label={participationText(language, p).join(' ')}
          />
        ) : null}
        <p className="stat-card__lead">{participationText(language, p)[0]}</p>
        {p.target !== null && p.reached !== null ? (
          <p className={p.reached ? 'stat-card__ok' : 'stat-card__warn'}>
            {participationText(language, p)[1]}
          </p>
        ) : null}
        {p.employees === null ? (
          <p className="stat-card__note">{t(language, 'analytics.participation.noEmployees')}</p>
        ) : null}
        <div className="big-figures">
          <Big
            value={formatCount(language, p.activeDevices)}
            label={t(language, 'analytics.participation.active')}
          />
          {p.suggestionsPerEmployeeYear !== null ? (
            <Big
              value={formatOne(language, p.suggestionsPerEmployeeYear)}
              label={t(language, 'analytics.participation.perEmployee')}
            />
          ) : null}
        </div>
        <TargetForm
          boardId={props.boardId}
          language={language}
          target={p.target}
          saved={props.saved}
        />
      </Card>
      <Card title={t(language, 'analytics.flow')} wide>
        <Legend
          items={[
            { colour: '#60738c', name: t(language, 'analytics.flow.posted') },
            { colour: '#2e8b47', name: t(language, 'analytics.flow.done') },
          ]}
        />
        <FlowChart
          language={language}
          flow={data.flow}
          label={flowText(language, data.flow).join(' ')}
        />
        <p className="stat-card__note">{flowText(language, data.flow)[0]}</p>
      </Card>
      <Card title={t(language, 'analytics.lead')} wide>
        <p className="stat-card__note">{t(language, 'analytics.lead.explain')}</p>
        <LeadChart language={language} rows={rows} label={leadText(language, rows).join(' ')} />
        <p className="stat-card__note">{leadText(language, rows).at(-1)}</p>
      </Card>
      <Card title={t(language, 'analytics.bottleneck')}>
        <div
          className="big-figures"
          role="img"
          aria-label={bottleneckText(language, data.bottleneck)}
        >
          <Big
            value={formatCount(language, data.bottleneck.waiting)}
            label={t(language, 'analytics.bottleneck.waiting', { days: WAITING_DAYS })}
            warn={data.bottleneck.waiting > 0}
          />
          <Big
            value={formatCount(language, data.bottleneck.overdueActions)}
            label={t(language, 'analytics.bottleneck.overdue')}
            warn={data.bottleneck.overdueActions > 0}
          />
        </div>
      </Card>
      <Card title={t(language, 'analytics.goals')}>
        {goalCount === 0 ? (
          <p className="stat-card__note">{goalsText(language, data.goals)}</p>
        ) : (
          <GoalsBar
            language={language}
            goals={data.goals}
            label={goalsText(language, data.goals)}
          />
        )}
      </Card>
      <Card title={t(language, 'analytics.acks')}>
        {data.acknowledgements.length === 0 ? (
          <p className="stat-card__note">{t(language, 'analytics.acks.none')}</p>
        ) : (
          <AckBars
            language={language}
            acks={data.acknowledgements}
            label={data.acknowledgements.map((a) => ackText(language, a)).join(' ')}
          />
        )}
      </Card>
      <Card title={t(language, 'analytics.pulse')}>
        {data.pulse.length === 0 ? (
          <p className="stat-card__note">{t(language, 'analytics.pulse.none')}</p>
        ) : (
          <>
            <Legend
              items={[
                { colour: '#2f6fd6', name: t(language, 'analytics.pulse.involved') },
                {
                  colour: '#b3541e',
                  name: t(language, 'analytics.pulse.contribute'),
                  dashed: true,
                },
              ]}
            />
            <PulseChart
              language={language}
              pulse={data.pulse}
              label={pulseText(language, data.pulse).join(' ')}
            />
            <p className="stat-card__note">{t(language, 'analytics.pulse.scale')}</p>
          </>
        )}
      </Card>
      <Card title={t(language, 'analytics.analysis')} wide>
        {data.analysis === null ? (
          <p className="stat-card__note">{t(language, 'analytics.analysis.none')}</p>
        ) : (
          <>
            <p className="stat-card__lead">
              {data.analysis.previousName === null
                ? data.analysis.name
                : t(language, 'analytics.analysis.compare', {
                    name: data.analysis.name,
                    previous: data.analysis.previousName,
                  })}
            </p>
            <ScoreBars language={language} scores={data.analysis.scores} />
            <p className="sr-only">
              {data.analysis.scores.map((s) => scoreText(language, s)).join(' ')}
            </p>
          </>
        )}
      </Card>
    </div>
  );
}

function Big(props: { value: string; label: string; warn?: boolean }) {
  return (
    <p className={props.warn ? 'big-figure big-figure--warn' : 'big-figure'}>
      <strong>{props.value}</strong>
      <span>{props.label}</span>
    </p>
  );
}

function Legend(props: { items: { colour: string; name: string; dashed?: boolean }[] }) {
  return (
    <ul className="legend" aria-hidden="true">
      {props.items.map((item) => (
        <li key={item.name}>
          <span
            className={item.dashed ? 'legend__swatch legend__swatch--dashed' : 'legend__swatch'}
            style={{ background: item.dashed ? undefined : item.colour, borderColor: item.colour }}
          />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/** The participation target: a whole percent, or none. */
function TargetForm(props: {
  boardId: string;
  language: Language;
  target: number | null;
  saved: () => void;
}) {
  const { language } = props;
  const [text, setText] = useState(props.target === null ? '' : String(props.target));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saves, setSaves] = useState(0);
  const quarter = useFetched(() => fetchParticipation(props.boardId), [props.boardId, saves]).data;
  async function save(target: number | null) {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await setParticipationTarget(props.boardId, target);
      setText(answer.target === null ? '' : String(answer.target));
      setMessage({ ok: true, text: t(language, 'analytics.target.saved') });
      setSaves((n) => n + 1);
      props.saved();
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = parseTarget(text);
    if (target === 'invalid') {
      setMessage({ ok: false, text: t(language, 'analytics.target.invalid') });
      return;
    }
    void save(target);
  }
  return (
    <form className="target-form" onSubmit={submit} noValidate>
      <h3>{t(language, 'analytics.target.title')}</h3>
      <p className="stat-card__note" id="target-explain">
        {t(language, 'analytics.target.explain')}
      </p>
      {quarter ? (
        <p className={quarter.reached === false ? 'stat-card__warn' : 'stat-card__lead'}>
          {t(language, 'analytics.target.quarter', {
            share: participationText(language, quarter).slice(0, 2).join(' ').replace(/\.$/, ''),
          })}
        </p>
      ) : null}
      <label htmlFor="target-input">{t(language, 'analytics.target.label')}</label>
      <div className="target-form__row">
        <input
          id="target-input"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby="target-explain"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <span aria-hidden="true">%</span>
        <button type="submit" className="submit" disabled={busy}>
          {t(language, 'analytics.target.save')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || props.target === null}
          onClick={() => void save(null)}
        >
          {t(language, 'analytics.target.none')}
        </button>
      </div>
      <Feedback message={message} />
    </form>
  );
}
