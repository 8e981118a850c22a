import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Comment, Language } from '@tavla/shared';
import type { CommentThread } from '../comment-thread.js';
import { CommentItems } from './Comments.js';

const comment = (n: number): Comment => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  suggestionId: '00000000-0000-4000-8000-999999999999',
  text: `Comment ${n}`,
  authorName: null,
  byLead: false,
  createdAt: new Date(Date.UTC(2026, 10, 21, 8, 0, n)).toISOString(),
});

function render(thread: CommentThread | null, language: Language = 'en', loadingEarlier = false) {
  return renderToStaticMarkup(
    createElement(CommentItems, {
      thread,
      waiting: [],
      isLead: false,
      language,
      loadingEarlier,
      onShowEarlier: () => undefined,
      onHide: () => undefined,
    }),
  );
}

describe('the comments of a suggestion', () => {
  it('shows the page it holds, oldest first, with "show earlier comments" above while there are more', () => {
    const html = render({ comments: [comment(41), comment(42)], earlier: 'cursor' });
    expect(html).toContain('Show earlier comments');
    expect(html.indexOf('Show earlier comments')).toBeLessThan(html.indexOf('Comment 41'));
    expect(html.indexOf('Comment 41')).toBeLessThan(html.indexOf('Comment 42'));
    expect(render({ comments: [comment(1)], earlier: 'cursor' }, 'sv')).toContain(
      'Visa tidigare kommentarer',
    );
    expect(render({ comments: [comment(1)], earlier: 'cursor' }, 'en', true)).toContain(
      'Loading earlier comments',
    );
  });

  it('offers no earlier comments once the first one is shown', () => {
    expect(render({ comments: [comment(1)], earlier: null })).not.toContain('earlier');
    expect(render(null)).toContain('No comments yet.');
  });
});
