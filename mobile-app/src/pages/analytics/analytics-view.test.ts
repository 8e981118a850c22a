import { describe, expect, it } from 'vitest';
import type { Analytics } from '@tavla/shared';
import {
  changeWords,
  flowText,
  leadRows,
  leadText,
  niceMax,
  parseTarget,
  participationText,
  pulseText,
  scoreText,
} from './analytics-view.js';

// Swedish percentages have a no-break space before the sign (Intl).
const stats = (median: number, p80: number, count: number) => ({ median, p80, count });

describe('the analytics page in words', () => {
  it('says participation with the target and the figures', () => {
    const p = {
      from: '2026-01-01',
      to: '2026-06-30',
      employees: 20,
      activeDevices: 3,
      contributors: 6,
      percent: 30,
      target: 25,
      reached: true,
      suggestionsPerEmployeeYear: 1.1,
    };
    expect(participationText('sv', p)).toEqual([
      '6 av 20 anställda har bidragit (30\u00a0%).',
      'Mål 25\u00a0%: nått.',
      '3 enheter aktiva de senaste 30 dagarna.',
      '1,1 förslag per anställd och år.',
    ]);
    expect(
      participationText('en', {
        ...p,
        employees: null,
        percent: null,
        reached: null,
        suggestionsPerEmployeeYear: null,
      }),
    ).toEqual(['6 devices contributed.', '3 devices active in the last 30 days.']);
  });

  it('says the flow month by month after the totals', () => {
    const flow = [
      { month: '2026-01', posted: 2, done: 3 },
      { month: '2026-02', posted: 1, done: 0 },
    ];
    expect(flowText('en', flow)).toEqual([
      'In all 3 new and 3 done suggestions.',
      'January 2026: 2 new, 3 done.',
      'February 2026: 1 new, 0 done.',
    ]);
  });

  it('says "too few" for a hidden dimension and "none" over all', () => {
    const lead: Analytics['leadTime'] = {
      all: { decision: stats(3, 5, 11), done: null },
      byDimension: [
        { dimension: 'ecological', decision: stats(2, 5, 6), done: stats(8, 10, 5) },
        { dimension: 'economic', decision: null, done: null },
        { dimension: 'social', decision: null, done: null },
      ],
    };
    const rows = leadRows(lead);
    expect(rows.map((r) => `${r.group}/${r.kind}/${r.empty ?? 'shown'}`)).toEqual([
      'all/decision/shown',
      'all/done/none',
      'ecological/decision/shown',
      'ecological/done/shown',
      'economic/decision/tooFew',
      'economic/done/tooFew',
      'social/decision/tooFew',
      'social/done/tooFew',
    ]);
    const text = leadText('sv', rows);
    expect(text[0]).toBe('Alla, till beslut: median 3 dagar, 80 % inom 5 dagar (11 förslag).');
    expect(text[1]).toBe('Alla, till klart: inga förslag.');
    expect(text[4]).toBe('Ekonomisk, till beslut: för få enheter för att visa.');
    expect(text.at(-1)).toBe('Uppdelningar på färre än 5 enheter visas inte.');
  });

  it('says the pulse, or that too few answered', () => {
    expect(
      pulseText('en', [
        {
          followUpId: 'fu-F1xxxx',
          date: '2026-03-31',
          result: { respondents: 6, involved: 3.8, contribute: 4 },
        },
        {
          followUpId: 'fu-F2xxxx',
          date: '2026-06-30',
          result: { respondents: 4, involved: null, contribute: null },
        },
      ]),
    ).toEqual([
      '31 March 2026: involved 3.8, can contribute 4 (6 answers).',
      '30 June 2026: too few answers to show (4).',
    ]);
    expect(pulseText('sv', [])).toEqual(['Ingen uppföljning med puls under perioden.']);
  });

  it('says a score and its change in words', () => {
    const score = {
      categoryId: 'energy_climate',
      dimension: 'ecological' as const,
      percent: 55,
      previousPercent: 40,
    };
    expect(scoreText('sv', score)).toBe('Energi & klimat: 55\u00a0%, upp 15 procentenheter.');
    expect(scoreText('en', { ...score, previousPercent: null })).toMatch(/: 55%\.$/);
    expect(scoreText('en', { ...score, percent: null })).toMatch(/: not scored\.$/);
    expect(changeWords('en', -3)).toBe('down 3 percentage points');
    expect(changeWords('sv', 0)).toBe('oförändrad');
  });
});

describe('parseTarget and niceMax', () => {
  it('takes a whole percent 1–100 and nothing else', () => {
    expect(parseTarget(' 25 ')).toBe(25);
    expect(parseTarget('100')).toBe(100);
    for (const bad of ['', '0', '101', '12.5', '12,5', '-5', 'abc']) {
      expect(parseTarget(bad)).toBe('invalid');
    }
  });

  it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 19, 20, 41, 120].map(niceMax)).toEqual([1, 1, 5, 10, 20, 20, 50, 200]);
  });
});
