import type { ReactNode } from 'react';
import type { Language } from '@tavla/shared';
import { DIMENSIONS } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import type { MethodState } from '@tavla/shared/method-schemas';
import { RadarChart } from './RadarChart.js';
import { SceneEmpty } from './SceneEmpty.js';
import '../method-messages.js';

/** A small key: a filled pentagon for this round, a dashed one for the round before. */
function Swatch({ dashed }: { dashed: boolean }) {
  const points = '20,3 36,15 30,35 10,35 4,15';
  return (
    <svg className="swatch" viewBox="0 0 40 38" aria-hidden="true" focusable="false">
      {dashed ? (
        <polygon
          points={points}
          fill="none"
          stroke="#e6edf3"
          strokeWidth="3.5"
          strokeDasharray="7 5"
        />
      ) : (
        <polygon
          points={points}
          fill="#f4f6f8"
          fillOpacity="0.4"
          stroke="#f4f6f8"
          strokeWidth="3.5"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

/**
 * The latest finished analysis round on the wall: a radar per dimension, side by side, compared
 * with the round before. Without a finished round it says so.
 */
export function AnalysisScene(props: {
  analysis: MethodState['analysis'];
  language: Language;
  qr: ReactNode;
}) {
  const { analysis, language, qr } = props;
  if (!analysis) {
    return (
      <SceneEmpty
        scene="analysis"
        title={t(language, 'wall.analysis.none')}
        reasons={[t(language, 'wall.analysis.noneHint')]}
        qr={qr}
      />
    );
  }
  return (
    <section className="scene scene--analysis" data-scene="analysis">
      <div className="scene__top">
        <div className="scene__titles">
          <h2 className="scene__title">
            <Swatch dashed={false} />
            {analysis.name}
          </h2>
          <p className="scene__subtitle">
            {analysis.previousName === null ? (
              t(language, 'wall.analysis.first')
            ) : (
              <>
                <Swatch dashed />
                {t(language, 'wall.analysis.compared', { name: analysis.previousName })}
              </>
            )}
          </p>
        </div>
        {qr}
      </div>
      <div className="radars">
        {DIMENSIONS.map((dimension) => (
          <RadarChart
            key={dimension}
            dimension={dimension}
            scores={analysis.scores.filter((score) => score.dimension === dimension)}
            language={language}
          />
        ))}
      </div>
    </section>
  );
}
