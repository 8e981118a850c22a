import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '@tavla/shared/testing/fixtures';
import { SuggestionList } from './SuggestionList.js';

const many = Array.from({ length: 3000 }, (_, i) => makeSuggestion(i + 1, { votes: i % 7 }));

/** Elements in server-rendered markup: one per opening tag. */
const elements = (html: string) => (html.match(/<[a-z][^>]*>/g) ?? []).length;

function render(props: Partial<Parameters<typeof SuggestionList>[0]> = {}) {
  return renderToStaticMarkup(
    createElement(SuggestionList, {
      suggestions: many,
      mine: new Set<string>(),
      voted: new Set<string>(),
      pendingVotes: new Set<string>(),
      waitingPhotos: new Set<string>(),
      onVote: () => undefined,
      language: 'en',
      ...props,
    }),
  );
}

describe('SuggestionList', () => {
  it('renders a bounded number of suggestions with "show more", however many the board has', () => {
    const html = render();
    console.log(`phone list of ${many.length} suggestions: ${elements(html)} elements`);
    expect(elements(html)).toBeLessThan(1000);
    expect(html).toContain('Show more');
    expect(html).toContain(many[0]?.text);
    expect(html).not.toContain(`>${many[2999]?.text ?? ''}<`);
  });

  it('offers "show more" when the server has older suggestions, and not when all are shown', () => {
    const few = many.slice(0, 3);
    expect(render({ suggestions: few })).not.toContain('Show more');
    expect(render({ suggestions: few, hasOlder: true, onShowOlder: () => undefined })).toContain(
      'Show more',
    );
    expect(render({ suggestions: few, language: 'sv', hasOlder: true })).toContain('Visa fler');
  });
});
