import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const noIp = () => undefined;

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, () => '10.1.2.3');
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      publicUrl: 'http://10.1.2.3:8080',
      boardName: 'Hållbarhetstavla',
      boardLanguage: 'sv',
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('takes PUBLIC_URL as given, without a trailing slash', () => {
    const config = loadConfig({ PORT: '9000', PUBLIC_URL: 'http://127.0.0.1:9000/' }, noIp);
    expect(config.publicUrl).toBe('http://127.0.0.1:9000');
    expect(config.port).toBe(9000);
  });

  it('falls back to loopback when the machine has no LAN address', () => {
    expect(loadConfig({}, noIp).publicUrl).toBe('http://127.0.0.1:8080');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PUBLIC_URL: 'not a url' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'ftp://host' }, /PUBLIC_URL/],
    [{ BOARD_LANGUAGE: 'de' }, /BOARD_LANGUAGE/],
    [{ BOARD_NAME: 'x'.repeat(81) }, /BOARD_NAME/],
    [{ PORT: '0' }, /PUBLIC_URL/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL/],
    [{ BACKUP_KEEP: '0' }, /BACKUP_KEEP/],
    [{ BACKUP_INTERVAL_HOURS: 'daily' }, /BACKUP_INTERVAL_HOURS/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env, noIp)).toThrow(ConfigError);
    expect(() => loadConfig(env, noIp)).toThrow(message);
  });
});

describe('RATE_LIMITS', () => {
  const noIp = () => undefined;
  it('is on unless turned off for a load test', () => {
    expect(loadConfig({}, noIp).rateLimits).toBe(true);
    expect(loadConfig({ RATE_LIMITS: 'off' }, noIp).rateLimits).toBe(false);
    expect(() => loadConfig({ RATE_LIMITS: 'maybe' }, noIp)).toThrow(ConfigError);
  });
});
