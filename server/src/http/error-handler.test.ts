import { describe, expect, it } from 'vitest';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';

describe('error handling', () => {
  it('answers unexpected errors with a bare 500 that leaks nothing', async () => {
    const { app } = await testApp();
    app.get('/api/boom', () => {
      throw new Error('secret database path /var/lib/tavla');
    });
    const response = await app.inject({ method: 'GET', url: '/api/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: 'Internal server error.' },
    });
    expect(response.body).not.toContain('secret');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const { app } = await testApp();
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it.each([
    ['an undecodable URL', '/api/boards/%E0%A4%A/snapshot', 400],
    ['an over-long path parameter', `/join/${'a'.repeat(101)}`, 414],
  ])('answers %s in the same JSON shape', async (_name, url, status) => {
    const { app } = await testApp();
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({
      error: { code: 'validation_failed', message: expect.any(String) as string },
    });
  });

  it('names the field at fault so the apps can say it in the user language', async () => {
    const { app } = await testApp();
    const board = createBoard(app);
    const cookie = await joinPhone(app, board);
    const response = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie },
      payload: { id: testUuid(), text: 'x'.repeat(5000), dimension: 'social' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed', field: 'text' } });

    const missing = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie },
      payload: { id: testUuid(), dimension: 'social' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: { code: 'validation_failed', field: 'text' } });
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const { app } = await testApp();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});
