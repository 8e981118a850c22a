import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { previewSnapshot } from '../preview/wall-fixtures.js';
import { AnalysisScene } from './AnalysisScene.js';
import { matrixMissing, MatrixScene, startHereList } from './MatrixScene.js';
import { RadarChart } from './RadarChart.js';
import { aroundCount, VoteScene } from './VoteScene.js';

const NOW = new Date('2027-03-10T10:00:00.000Z');
const method = (...args: Parameters<typeof previewSnapshot>) => {
  const state = previewSnapshot(...args).method;
  if (!state) throw new Error('fixture without a method state');
  return state;
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('VoteScene', () => {
  it('shows the live count large, in both languages and numbers, and no results', () => {
    const sv = renderToStaticMarkup(
      createElement(VoteScene, { voters: 12, language: 'sv', qr: null }),
    );
    expect(text(sv)).toContain('12 har röstat');
    expect(sv).toContain('class="vote__number">12<');
    const one = renderToStaticMarkup(
      createElement(VoteScene, { voters: 1, language: 'en', qr: null }),
    );
    expect(text(one)).toContain('1 has voted');
    const many = renderToStaticMarkup(
      createElement(VoteScene, { voters: 40, language: 'en', qr: null }),
    );
    expect(text(many)).toContain('40 have voted');
    expect(text(many)).not.toMatch(/Start here|%/);
  });

  it('splits a template around its count', () => {
    expect(aroundCount('{count} har röstat')).toEqual(['', ' har röstat']);
    expect(aroundCount('Röster: {count}')).toEqual(['Röster: ', '']);
    expect(aroundCount('no count')).toEqual(['no count', '']);
  });
});

describe('RadarChart', () => {
  it('shows a category without a score as "–" with a dotted spoke, never as 0 %', () => {
    const { analysis } = method('analysis', 'sv', 'nulls', NOW);
    const scores = (analysis?.scores ?? []).filter((s) => s.dimension === 'ecological');
    const html = renderToStaticMarkup(
      createElement(RadarChart, { dimension: 'ecological', scores, language: 'sv' }),
    );
    expect(html).toContain('radar__percent--none');
    expect(html).toContain('class="radar__gap"');
    expect(html).toContain('Utsläpp: Ingen poäng');
    expect(html).not.toMatch(/>0<tspan/);
    // The average leaves the unscored category out: (45 + 25 + 55 + 100) / 4.
    expect(text(html)).toContain('Snitt 56 %');
  });

  it('draws this round filled and the previous one dashed, labelled with every name', () => {
    const { analysis } = method('analysis', 'en', 'default', NOW);
    const scores = (analysis?.scores ?? []).filter((s) => s.dimension === 'social');
    const html = renderToStaticMarkup(
      createElement(RadarChart, { dimension: 'social', scores, language: 'en' }),
    );
    expect(html).toContain('class="radar__current"');
    expect(html).toContain('class="radar__previous"');
    expect(html).toContain('stroke-dasharray="12 9"');
    for (const name of ['Health &amp; safety', 'Skills development', 'Fair pay &amp;']) {
      expect(html).toContain(name);
    }
  });
});

describe('AnalysisScene', () => {
  it('titles the round and what it is compared with, and says when there is no round', () => {
    const { analysis } = method('analysis', 'sv', 'default', NOW);
    const html = renderToStaticMarkup(
      createElement(AnalysisScene, { analysis, language: 'sv', qr: null }),
    );
    expect(text(html)).toContain('Nulägesanalys 2027');
    expect(text(html)).toContain('jämfört med Nulägesanalys 2026');
    expect(html.match(/class="radar"/g)).toHaveLength(3);
    const none = renderToStaticMarkup(
      createElement(AnalysisScene, { analysis: null, language: 'en', qr: null }),
    );
    expect(text(none)).toContain('No finished current-state analysis yet');
  });
});

describe('MatrixScene', () => {
  it('lists the Start-here categories, most wanted first', () => {
    const state = method('matrix', 'sv', 'default', NOW);
    const list = startHereList(state.matrix?.points ?? []);
    expect(list.map((p) => p.categoryId)).toEqual([
      'energy_climate',
      'skills_development',
      'resource_costs',
      'chemicals_waste',
      'involvement_dialogue',
    ]);
    expect(list.every((p) => p.quadrant === 'start_here')).toBe(true);
    const html = renderToStaticMarkup(
      createElement(MatrixScene, { method: state, language: 'sv', qr: null }),
    );
    expect(html.match(/class="matrix__point"/g)).toHaveLength(15);
    expect(text(html)).toContain('65 röstade · 325 prickar');
  });

  it('leaves points without a need or an interest out, and names them', () => {
    const state = method('matrix', 'en', 'nulls', NOW);
    const html = renderToStaticMarkup(
      createElement(MatrixScene, { method: state, language: 'en', qr: null }),
    );
    expect(html.match(/class="matrix__point"/g)).toHaveLength(12);
    expect(text(html)).toContain('No score: Emissions, Circular business, Skills development');
  });

  it('says what is missing when there is nothing to plot', () => {
    const empty = { matrix: null, analysis: null, vote: null };
    expect(matrixMissing(empty)).toEqual(['needsAnalysis', 'needsVote']);
    const analysed = method('matrix', 'sv', 'default', NOW);
    expect(matrixMissing({ ...analysed, matrix: null, vote: null })).toEqual(['needsVote']);
    const html = renderToStaticMarkup(
      createElement(MatrixScene, { method: empty, language: 'sv', qr: null }),
    );
    expect(text(html)).toContain('Ingen väsentlighetsmatris än');
    expect(text(html)).toContain('Behovet saknas');
    expect(text(html)).toContain('Intresset saknas');
  });
});
