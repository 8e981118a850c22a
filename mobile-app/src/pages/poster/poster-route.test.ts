import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../App.js';

describe('the poster’s route', () => {
  it('opens a board’s QR poster, and nothing under it', () => {
    const path = '/b/board_1/poster';
    const route = routeFor(path);
    expect(route?.name).toBe('poster');
    expect(routeFor('/b/board_1/poster/')?.name).toBe('poster');
    expect(routeFor('/b/board_1/poster/x')).toBeNull();
    const shown = route?.render(route.path.exec(path)?.groups ?? {}) as
      ReactElement<{ children: ReactElement }> | undefined;
    expect(shown?.props.children.props).toEqual({ boardId: 'board_1' });
  });
});
