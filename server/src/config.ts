import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_LANGUAGE, isLanguage, LIMITS, type Language } from '@tavla/shared';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Base URL phones use to reach this server; the QR code points here. No trailing slash. */
  publicUrl: string;
  boardName: string;
  boardLanguage: Language;
  logLevel: string;
  /** Hours between automatic backups (0 turns them off). */
  backupIntervalHours: number;
  /** How many backups to keep. */
  backupKeep: number;
  /** Host names served besides PUBLIC_URL's and loopback (DNS rebinding guard). */
  allowedHosts: string[];
  /** Open connections one client address may hold; 0 turns the cap off. */
  maxConnectionsPerAddress: number;
  /** Per-device and per-address rate limits (RATE_LIMITS=off only for load tests). */
  rateLimits: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** The first non-internal IPv4 address of this machine, if it has one. */
export function firstLanIPv4(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return undefined;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `PUBLIC_URL must be an absolute URL such as http://10.0.0.5:8080, got "${value}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_URL must start with http:// or https://, got "${value}".`);
  }
  return url.toString().replace(/\/+$/, '');
}

function parseWhole(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return number;
}

/** ALLOWED_HOSTS: comma-separated host names (a port is allowed and ignored), no wildcards. */
function parseAllowedHosts(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  return entries.map((entry) => {
    const name = entry.replace(/:\d{1,5}$/, '');
    if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(name) && !/^\[[0-9a-f:.]+\]$/.test(name)) {
      throw new ConfigError(
        `ALLOWED_HOSTS must list host names such as tavla.example.com,10.0.0.5 (no scheme, path or wildcard), got "${entry}".`,
      );
    }
    return name;
  });
}

function parseOnOff(name: string, value: string | undefined, fallback: boolean): boolean {
  const word = value?.trim().toLowerCase();
  if (!word) return fallback;
  if (word === 'on') return true;
  if (word === 'off') return false;
  throw new ConfigError(`${name} must be "on" or "off", got "${value ?? ''}".`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseLogLevel(value: string | undefined): string {
  const level = value?.trim() || 'info';
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}".`);
  }
  return level;
}

/** Reads and validates the environment once, at start. */
export function loadConfig(
  env: Env = process.env,
  detectIp: () => string | undefined = firstLanIPv4,
): Config {
  const port = parsePort(env.PORT);
  const host = env.HOST?.trim() || '0.0.0.0';
  const boardLanguage = env.BOARD_LANGUAGE?.trim() || DEFAULT_LANGUAGE;
  if (!isLanguage(boardLanguage)) {
    throw new ConfigError(`BOARD_LANGUAGE must be "sv" or "en", got "${boardLanguage}".`);
  }
  const boardName = env.BOARD_NAME?.trim() || 'Hållbarhetstavla';
  if (boardName.length > LIMITS.boardNameMax) {
    throw new ConfigError(`BOARD_NAME must be at most ${LIMITS.boardNameMax} characters.`);
  }
  const explicitUrl = env.PUBLIC_URL?.trim();
  if (!explicitUrl && port === 0) {
    throw new ConfigError('Set PUBLIC_URL when PORT=0: the phones need a fixed address.');
  }
  const publicUrl = parsePublicUrl(explicitUrl || `http://${detectIp() ?? '127.0.0.1'}:${port}`);
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    publicUrl,
    boardName,
    boardLanguage,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    backupIntervalHours: parseWhole(
      'BACKUP_INTERVAL_HOURS',
      env.BACKUP_INTERVAL_HOURS,
      24,
      0,
      24 * 30,
    ),
    backupKeep: parseWhole('BACKUP_KEEP', env.BACKUP_KEEP, 14, 1, 1000),
    allowedHosts: parseAllowedHosts(env.ALLOWED_HOSTS),
    maxConnectionsPerAddress: parseWhole(
      'MAX_CONNECTIONS_PER_ADDRESS',
      env.MAX_CONNECTIONS_PER_ADDRESS,
      100,
      0,
      1_000_000,
    ),
    rateLimits: parseOnOff('RATE_LIMITS', env.RATE_LIMITS, true),
  };
}
