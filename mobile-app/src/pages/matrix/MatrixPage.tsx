import '../../method-messages.js';
import { useState } from 'react';
import type { Language, Materiality } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS } from '@tavla/shared/domain';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import {
  MATRIX_SPLITS,
  matrixSplitAt,
  QUADRANTS,
  type MatrixSplit,
  type Quadrant,
} from '@tavla/shared/method';
import { describeError } from '../../api.js';
import { categoryName } from '../../category-text.js';
import { DimensionIcon } from '../../components/DimensionPicker.js';
import { Feedback, MethodFrame } from '../../components/MethodFrame.js';
import { ShowOnWall } from '../../components/ShowOnWall.js';
import { goalDraftPath } from '../../goal-prefill.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { fetchMateriality, setMatrixSplit } from '../../method-api.js';
import { formatCount } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useFetched } from '../../use-fetched.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import {
  layoutMatrix,
  MATRIX_SIZE,
  type MatrixLayout,
  type MatrixPointInput,
} from './matrix-geometry.js';

const QUADRANT_KEYS = {
  start_here: 'matrix.q.start_here',
  quick_wins: 'matrix.q.quick_wins',
  build_interest: 'matrix.q.build_interest',
  monitor: 'matrix.q.monitor',
} as const;

/** The materiality matrix: improvement need against employees' interest, per category. */
export function MatrixPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'matrix.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  const [version, setVersion] = useState(0);

  // Asked again when the method changes (a round finished, a vote closed, the split changed).
  const method = snapshot?.method;
  const { data: fetched, failure } = useFetched(
    () => fetchMateriality(boardId),
    [boardId, method, version],
  );

  // A phone that may not ask still sees the matrix the board state carries.
  const matrix = fetched ?? method?.matrix ?? null;
  const frame = (children: React.ReactNode) => (
    <MethodFrame
      title={t(language, 'matrix.title')}
      back={leads ? `/m/b/${boardId}/roadmap` : `/m/b/${boardId}`}
      backLabel={leads ? 'roadmap.back' : 'phone.detail.back'}
      language={language}
    >
      {children}
    </MethodFrame>
  );
  if (!matrix) {
    return frame(
      failure && snapshot ? (
        method && (method.analysis === null || method.vote?.status !== 'closed') ? (
          <Missing
            boardId={boardId}
            need={method.analysis === null}
            interest={method.vote?.status !== 'closed'}
            language={language}
            leads={leads}
          />
        ) : (
          <p className="feedback feedback--error notice-inline" role="alert">
            {describeError(language, failure)}
          </p>
        )
      ) : (
        <p className="page--notice">{t(language, 'phone.loading')}</p>
      ),
    );
  }

  const needMissing = matrix.points.every((p) => p.need === null);
  const interestMissing = matrix.points.every((p) => p.interest === null);
  const names = Object.fromEntries(
    matrix.points.map((p) => [p.categoryId, categoryName(language, p.categoryId)]),
  );
  return frame(
    <>
      <p className="lead-text">{t(language, 'matrix.intro')}</p>
      {needMissing || interestMissing ? (
        <Missing
          boardId={boardId}
          need={needMissing}
          interest={interestMissing}
          language={language}
          leads={leads}
        />
      ) : (
        <MatrixBody
          boardId={boardId}
          matrix={matrix}
          names={names}
          language={language}
          leads={leads}
          onSplit={() => setVersion((v) => v + 1)}
        />
      )}
      {leads && !needMissing && !interestMissing ? (
        <ShowOnWall
          boardId={boardId}
          view="matrix"
          wall={method?.wall ?? null}
          language={language}
        />
      ) : null}
    </>,
  );
}

/** What the matrix still waits for, with the way there. */
function Missing(props: {
  boardId: string;
  need: boolean;
  interest: boolean;
  language: Language;
  leads: boolean;
}) {
  const { boardId, language, leads } = props;
  return (
    <section className="form missing">
      <h2>{t(language, 'matrix.notYet')}</h2>
      <ul>
        {props.need ? (
          <li>
            {t(language, 'matrix.needMissing')}{' '}
            {leads ? (
              <a href={`/m/b/${boardId}/analysis`}>{t(language, 'analysis.title')} →</a>
            ) : null}
          </li>
        ) : null}
        {props.interest ? (
          <li>
            {t(language, 'matrix.interestMissing')}{' '}
            {leads ? <a href={`/m/b/${boardId}/vote`}>{t(language, 'vote.title')} →</a> : null}
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function MatrixBody(props: {
  boardId: string;
  matrix: Materiality;
  names: Record<string, string>;
  language: Language;
  leads: boolean;
  onSplit: () => void;
}) {
  const { boardId, matrix, names, language, leads } = props;
  const numbered = matrix.points.map((point, index) => ({ point, number: index + 1 }));
  const input: MatrixPointInput[] = numbered.flatMap(({ point, number }) =>
    point.need === null || point.interest === null
      ? []
      : [
          {
            categoryId: point.categoryId,
            dimension: point.dimension,
            need: point.need,
            interest: point.interest,
            number,
            name: names[point.categoryId] ?? point.categoryId,
          },
        ],
  );
  const layout = layoutMatrix(input, matrixSplitAt(matrix.points, matrix.split), {
    start_here: t(language, QUADRANT_KEYS.start_here),
    quick_wins: t(language, QUADRANT_KEYS.quick_wins),
    build_interest: t(language, QUADRANT_KEYS.build_interest),
    monitor: t(language, QUADRANT_KEYS.monitor),
  });
  return (
    <>
      <section className="form matrix">
        <MatrixChart layout={layout} language={language} />
        <ul className="legend">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension} style={{ color: DIMENSION_STYLE[dimension].color }}>
              <DimensionIcon dimension={dimension} />
              <span>{dimensionLabel(language, dimension)}</span>
            </li>
          ))}
        </ul>
        <p className="field__hint">
          {t(language, 'matrix.basis', {
            voters: formatCount(language, matrix.voters),
            dots: formatCount(language, matrix.dots),
          })}
        </p>
        {leads ? (
          <SplitSetting
            boardId={boardId}
            split={matrix.split}
            language={language}
            onDone={props.onSplit}
          />
        ) : null}
      </section>
      {QUADRANTS.map((quadrant) => {
        const inside = numbered.filter(({ point }) => point.quadrant === quadrant);
        return (
          <section key={quadrant} className={`list quadrant quadrant--${quadrant}`}>
            <h2>{t(language, QUADRANT_KEYS[quadrant])}</h2>
            <p className="field__hint">{t(language, `matrix.qHint.${quadrant}`)}</p>
            {inside.length === 0 ? (
              <p className="list__empty">{t(language, 'matrix.emptyQuadrant')}</p>
            ) : null}
            <ul>
              {inside.map(({ point, number }) => (
                <li key={point.categoryId} className="quadrant__item">
                  <span
                    className="matrix-number"
                    style={{ background: DIMENSION_STYLE[point.dimension].color }}
                    aria-hidden="true"
                  >
                    {number}
                  </span>
                  <div>
                    <strong>{names[point.categoryId]}</strong>
                    <p className="item__meta">
                      <span className="item__dimension">
                        <DimensionIcon dimension={point.dimension} />
                        {dimensionLabel(language, point.dimension)}
                      </span>
                      <span>
                        {t(language, 'matrix.values', {
                          need: formatCount(language, point.need ?? 0),
                          interest: formatCount(language, point.interest ?? 0),
                        })}
                      </span>
                    </p>
                    {leads && quadrant === 'start_here' ? (
                      <a
                        className="small-button"
                        href={goalDraftPath(boardId, {
                          dimension: point.dimension,
                          focusArea: names[point.categoryId] ?? '',
                          ...(matrix.voteId ? { voteId: matrix.voteId } : {}),
                          categoryId: point.categoryId,
                        })}
                      >
                        + {t(language, 'matrix.goalDraft')}
                      </a>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

const QUADRANT_FILL: Record<Quadrant, string> = {
  start_here: '#dff3e6',
  quick_wins: '#eef4fd',
  build_interest: '#fff6dc',
  monitor: '#f2f4f2',
};

/** The scatter drawn by hand (a chart library would cost more than the whole page). */
export function MatrixChart({ layout, language }: { layout: MatrixLayout; language: Language }) {
  const { plot, splitX, splitY } = layout;
  const { radius, font, quadrantFont } = MATRIX_SIZE;
  const bottom = plot.y + plot.height;
  return (
    <svg
      className="matrix__chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={t(language, 'matrix.chartLabel')}
    >
      {QUADRANTS.map((q) => {
        const area = layout.areas[q];
        return (
          <rect
            key={q}
            x={area.x}
            y={area.y}
            width={Math.max(0, area.width)}
            height={Math.max(0, area.height)}
            fill={QUADRANT_FILL[q]}
          />
        );
      })}
      <rect
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="none"
        stroke="#56645b"
      />
      <line
        x1={splitX}
        x2={splitX}
        y1={plot.y}
        y2={bottom}
        stroke="#56645b"
        strokeDasharray="5 4"
      />
      <line
        x1={plot.x}
        x2={plot.x + plot.width}
        y1={splitY}
        y2={splitY}
        stroke="#56645b"
        strokeDasharray="5 4"
      />
      {layout.quadrantLabels.map((q) => (
        <text
          key={q.quadrant}
          x={q.x}
          y={q.y}
          textAnchor={q.anchor}
          fontSize={quadrantFont}
          fontWeight={700}
          fill={q.quadrant === 'start_here' ? '#1f6f43' : '#56645b'}
        >
          {q.lines.map((line, i) => (
            <tspan key={i} x={q.x} dy={i === 0 ? 0 : quadrantFont * 1.15}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      <text
        x={plot.x + plot.width / 2}
        y={layout.height - 6}
        textAnchor="middle"
        fontSize={font}
        fontWeight={700}
        fill="#14201a"
      >
        {t(language, 'matrix.axisNeed')} →
      </text>
      <text
        x={0}
        y={0}
        transform={`translate(${plot.x - 8} ${plot.y + plot.height / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={font}
        fontWeight={700}
        fill="#14201a"
      >
        {t(language, 'matrix.axisInterest')} →
      </text>
      {layout.points.map((p) => (
        <g key={p.categoryId}>
          <circle
            cx={p.cx}
            cy={p.cy}
            r={radius}
            fill={DIMENSION_STYLE[p.dimension].color}
            stroke="#fff"
            strokeWidth={1.5}
          />
          <text
            x={p.cx}
            y={p.cy + 4}
            textAnchor="middle"
            fontSize={11}
            fontWeight={700}
            fill="#14201a"
          >
            {p.number}
          </text>
          {p.label ? (
            <text
              x={p.label.x}
              y={p.label.y}
              textAnchor={p.label.anchor}
              fontSize={font}
              fill="#14201a"
              className="matrix__label"
            >
              {p.name}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

function SplitSetting(props: {
  boardId: string;
  split: MatrixSplit;
  language: Language;
  onDone: () => void;
}) {
  const { boardId, split, language } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function choose(next: MatrixSplit) {
    if (next === split) return;
    setMessage(null);
    try {
      await setMatrixSplit(boardId, next);
      props.onDone();
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    }
  }
  return (
    <div className="split-setting">
      <p className="field__label">{t(language, 'matrix.split')}</p>
      <div className="tabs">
        {MATRIX_SPLITS.map((option) => (
          <button
            key={option}
            type="button"
            className="tab"
            aria-pressed={split === option}
            onClick={() => void choose(option)}
          >
            {t(language, option === 'fixed' ? 'matrix.splitFixed' : 'matrix.splitMedian')}
          </button>
        ))}
      </div>
      <Feedback message={message} />
    </div>
  );
}
