import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const noIp = () => undefined;

describe('loadConfig: network settings (issue 10)', () => {
  it('defaults to no extra hosts and 100 connections per address', () => {
    expect(loadConfig({}, noIp)).toMatchObject({ allowedHosts: [], maxConnectionsPerAddress: 100 });
  });

  it('reads ALLOWED_HOSTS as host names, ports dropped', () => {
    const config = loadConfig(
      { ALLOWED_HOSTS: ' Tavla.Example.com , 10.0.0.5:8080,[::1],tavla ' },
      noIp,
    );
    expect(config.allowedHosts).toEqual(['tavla.example.com', '10.0.0.5', '[::1]', 'tavla']);
  });

  it('takes MAX_CONNECTIONS_PER_ADDRESS, 0 for no cap', () => {
    expect(loadConfig({ MAX_CONNECTIONS_PER_ADDRESS: '0' }, noIp).maxConnectionsPerAddress).toBe(0);
    expect(loadConfig({ MAX_CONNECTIONS_PER_ADDRESS: '500' }, noIp).maxConnectionsPerAddress).toBe(
      500,
    );
  });

  it.each([
    [{ ALLOWED_HOSTS: 'http://tavla.example' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: 'tavla.example/board' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: '*.example.com' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: 'a b' }, /ALLOWED_HOSTS/],
    [{ MAX_CONNECTIONS_PER_ADDRESS: '-1' }, /MAX_CONNECTIONS_PER_ADDRESS/],
    [{ MAX_CONNECTIONS_PER_ADDRESS: 'many' }, /MAX_CONNECTIONS_PER_ADDRESS/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env, noIp)).toThrow(ConfigError);
    expect(() => loadConfig(env, noIp)).toThrow(message);
  });
});
