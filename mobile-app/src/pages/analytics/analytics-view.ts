import type { Analytics, Language, Participation } from '@tavla/shared';
import { SMALL_GROUP_MIN, WAITING_DAYS } from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import type { AnalysisCategoryId } from '@tavla/shared/method';
import { categoryName } from '../../category-text.js';
import { formatCount, formatOne, formatPercent, formatShare, locale } from '../../method-format.js';
import '../../analytics-messages.js';

/**
 * The analytics page's decisions, kept apart from its markup so they are tested: numbers in the
 * language's own way, and each chart's figures in words (its text alternative for screen
 * readers, and the list a sighted reader can open).
 */

export { formatOne, formatShare };

const monthDate = (month: string) => new Date(`${month}-01T12:00:00Z`);

/** A month on an axis: "jan", "feb" (Swedish) or "Jan", "Feb". */
export const monthShort = (language: Language, month: string): string =>
  monthDate(month)
    .toLocaleDateString(locale(language), { month: 'short', timeZone: 'UTC' })
    .replace('.', '');

/** A month in words: "januari 2026", "January 2026". */
export const monthLong = (language: Language, month: string): string =>
  monthDate(month).toLocaleDateString(locale(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** A day in words: "31 mars 2026". */
export const dayLong = (language: Language, day: string): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function participationText(language: Language, p: Participation): string[] {
  const lines = [
    p.employees === null || p.percent === null
      ? t(language, 'analytics.participation.devices', { count: p.contributors })
      : t(language, 'analytics.participation.share', {
          count: p.contributors,
          employees: p.employees,
          percent: formatShare(language, p.percent),
        }),
  ];
  if (p.target !== null && p.reached !== null) {
    lines.push(
      t(
        language,
        p.reached ? 'analytics.participation.target' : 'analytics.participation.targetMissed',
        {
          target: formatPercent(language, p.target),
        },
      ),
    );
  }
  lines.push(t(language, 'analytics.participation.activeText', { count: p.activeDevices }));
  if (p.suggestionsPerEmployeeYear !== null) {
    lines.push(
      t(language, 'analytics.participation.perEmployeeText', {
        value: formatOne(language, p.suggestionsPerEmployeeYear),
      }),
    );
  }
  return lines;
}

export function flowText(language: Language, flow: Analytics['flow']): string[] {
  const posted = flow.reduce((sum, m) => sum + m.posted, 0);
  const done = flow.reduce((sum, m) => sum + m.done, 0);
  return [
    t(language, 'analytics.flow.total', { posted, done }),
    ...flow.map((m) =>
      t(language, 'analytics.flow.month', {
        month: monthLong(language, m.month),
        posted: m.posted,
        done: m.done,
      }),
    ),
  ];
}

type Stats = Analytics['leadTime']['all']['done'];

/** One row of the lead-time chart: a group (all, a dimension) and one of its two measures. */
export interface LeadRow {
  group: 'all' | Analytics['leadTime']['byDimension'][number]['dimension'];
  kind: 'decision' | 'done';
  stats: Stats;
  /** Null stats: "too few" for a dimension (the small-group rule), "none" over all. */
  empty: 'tooFew' | 'none' | null;
}

export function leadRows(lead: Analytics['leadTime']): LeadRow[] {
  const rows: LeadRow[] = [];
  const groups = [
    { group: 'all' as const, decision: lead.all.decision, done: lead.all.done },
    ...lead.byDimension.map((d) => ({ group: d.dimension, decision: d.decision, done: d.done })),
  ];
  for (const g of groups) {
    for (const kind of ['decision', 'done'] as const) {
      const stats = g[kind];
      rows.push({
        group: g.group,
        kind,
        stats,
        empty: stats !== null ? null : g.group === 'all' ? 'none' : 'tooFew',
      });
    }
  }
  return rows;
}

export const groupName = (language: Language, group: LeadRow['group']): string =>
  group === 'all' ? t(language, 'analytics.lead.all') : t(language, `dimension.${group}`);

export function leadText(language: Language, rows: LeadRow[]): string[] {
  return [
    ...rows.map((row) =>
      t(language, 'analytics.lead.row', {
        group: groupName(language, row.group),
        kind: t(language, `analytics.lead.${row.kind}`).toLowerCase(),
        stats: row.stats
          ? t(language, 'analytics.lead.stats', {
              median: formatOne(language, row.stats.median),
              p80: formatOne(language, row.stats.p80),
              count: row.stats.count,
            })
          : t(
              language,
              row.empty === 'tooFew' ? 'analytics.lead.tooFewText' : 'analytics.lead.noneText',
            ),
      }),
    ),
    t(language, 'analytics.lead.rule', { min: SMALL_GROUP_MIN }),
  ];
}

export const bottleneckText = (language: Language, b: Analytics['bottleneck']): string =>
  t(language, 'analytics.bottleneck.text', {
    waiting: b.waiting,
    days: WAITING_DAYS,
    overdue: b.overdueActions,
  });

export const goalsText = (language: Language, g: Analytics['goals']): string =>
  g.onTrack + g.atRisk + g.offTrack + g.unknown === 0
    ? t(language, 'analytics.goals.none')
    : t(language, 'analytics.goals.text', { ...g });

export const ackText = (language: Language, a: Analytics['acknowledgements'][number]): string =>
  a.share === null
    ? t(language, 'analytics.acks.count', { title: a.title, acks: a.acks })
    : t(language, 'analytics.acks.share', {
        title: a.title,
        acks: a.acks,
        share: formatShare(language, a.share),
      });

export function pulseText(language: Language, pulse: Analytics['pulse']): string[] {
  if (pulse.length === 0) return [t(language, 'analytics.pulse.none')];
  return pulse.map((p) =>
    p.result.involved === null || p.result.contribute === null
      ? t(language, 'analytics.pulse.tooFew', {
          date: dayLong(language, p.date),
          respondents: p.result.respondents,
        })
      : t(language, 'analytics.pulse.row', {
          date: dayLong(language, p.date),
          involved: formatOne(language, p.result.involved),
          contribute: formatOne(language, p.result.contribute),
          respondents: p.result.respondents,
        }),
  );
}

/** A score's change since the previous round, in words (the arrows are for the eye). */
export function changeWords(language: Language, change: number): string {
  if (change === 0) return t(language, 'analytics.change.same');
  return t(language, change > 0 ? 'analytics.change.up' : 'analytics.change.down', {
    points: formatCount(language, Math.abs(change)),
  });
}

type Score = NonNullable<Analytics['analysis']>['scores'][number];

export function scoreText(language: Language, score: Score): string {
  const category = categoryName(language, score.categoryId as AnalysisCategoryId);
  const percent =
    score.percent === null
      ? t(language, 'analytics.analysis.notScored')
      : formatPercent(language, score.percent);
  if (score.percent === null || score.previousPercent === null) {
    return t(language, 'analytics.analysis.rowFirst', { category, percent });
  }
  return t(language, 'analytics.analysis.row', {
    category,
    percent,
    change: changeWords(language, score.percent - score.previousPercent),
  });
}

/** What the target field holds: a whole 1–100, "none", or something to refuse. */
export function parseTarget(text: string): number | 'invalid' {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= 1 && value <= 100 ? value : 'invalid';
}

/** A "nice" top for an axis from 0: 1, 2, 5, 10, 20, 50 … at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
