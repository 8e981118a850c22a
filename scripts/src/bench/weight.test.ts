import { describe, expect, it } from 'vitest';
import { BUDGETS, initialJs, type AppName } from './weight.js';

// Budgets are deterministic (the same build gives the same bytes), so they are checked in
// `npm test`, which builds the apps first. Timings are not: those live in `npm run bench`.
describe('initial JavaScript stays within its gzip budget', () => {
  it.each(Object.keys(BUDGETS) as AppName[])('%s', (app) => {
    const js = initialJs(app);
    // The entry script is always there; a wrong path would make the sum look tiny.
    expect(js.files.length).toBeGreaterThanOrEqual(1);
    expect(js.files.every((f) => f.gzipBytes > 1000)).toBe(true);
    expect(js.gzipKb, JSON.stringify(js.files)).toBeLessThanOrEqual(BUDGETS[app].budgetKb);
  });
});
