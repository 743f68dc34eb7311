import path from 'node:path';
import { IANAZone } from 'luxon';
import { LOCALES, type Locale } from './mother/profile';

/**
 * The key of her stored id outside production (NODE_ENV=production refuses it, below). Not a secret:
 * ids made with it are no better than the unkeyed hash, which is fine for a development store only.
 */
export const DEVELOPMENT_MOTHER_ID_KEY = 'development-only-mother-id-key-not-secret';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  storage: 'embedded' | 'cosmos';
  cosmos: { endpoint?: string; key?: string; database: string; container: string; retentionDays: number };
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  microsoftAppTenantId: string;
  defaultTimezone: string;
  defaultLocale: Locale;
  production: boolean;
  /** Dev routes (/dev/clock, /dev/checkins/run) exist only outside production and without an app id. */
  devRoutes: boolean;
  directLineSecret?: string;
  scheduler: { loop: boolean; intervalMs: number; globalRatePerSecond: number; perConversationRatePerSecond: number; reminderAfterHours: number };
  logLevel: string;
  /** Application Insights: when set, OpenTelemetry traces and metrics go there (src/telemetry). */
  applicationInsightsConnectionString?: string;
  /** The HMAC key of her stored id (src/store/mother-identity.ts); the development key outside production. */
  motherIdKey: string;
}

/** An HMAC-SHA-256 key of fewer bytes than its output is weaker than the hash itself. */
const MOTHER_ID_KEY_MIN_LENGTH = 32;

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads every setting from the environment; collects all problems and reports them together. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const str = (name: string, fallback = ''): string => (env[name] ?? '').trim() || fallback;
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = str(name);
    if (!raw) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };

  const nodeEnv = str('NODE_ENV', 'development');
  const production = nodeEnv === 'production';
  const storage = oneOf('STORAGE', ['embedded', 'cosmos'] as const, 'embedded');
  const defaultTimezone = str('DEFAULT_TIMEZONE', 'Europe/Oslo');
  if (!IANAZone.isValidZone(defaultTimezone)) problems.push(`DEFAULT_TIMEZONE must be an IANA zone such as Europe/Oslo (got "${defaultTimezone}")`);
  const defaultLocale = oneOf('DEFAULT_LOCALE', LOCALES, 'nb');
  const microsoftAppId = str('MicrosoftAppId');
  const microsoftAppPassword = str('MicrosoftAppPassword');
  const microsoftAppType = oneOf('MicrosoftAppType', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'MultiTenant');
  const microsoftAppTenantId = str('MicrosoftAppTenantId');

  const cosmosEndpoint = str('COSMOS_ENDPOINT') || undefined;
  if (storage === 'cosmos') {
    if (!cosmosEndpoint) problems.push('COSMOS_ENDPOINT is required when STORAGE=cosmos');
    else if (!/^https:\/\//.test(cosmosEndpoint)) problems.push(`COSMOS_ENDPOINT must be an https URL (got "${cosmosEndpoint}")`);
  }
  if (production) {
    if (!microsoftAppId) problems.push('MicrosoftAppId is required when NODE_ENV=production');
    if (!microsoftAppPassword && microsoftAppType !== 'UserAssignedMSI') problems.push('MicrosoftAppPassword is required when NODE_ENV=production');
  }
  const motherIdKey = str('MOTHER_ID_KEY', production ? '' : DEVELOPMENT_MOTHER_ID_KEY);
  if (production) {
    if (!motherIdKey) problems.push('MOTHER_ID_KEY is required when NODE_ENV=production');
    // App Service passes a Key Vault reference it could not resolve on as its literal text.
    else if (motherIdKey.startsWith('@Microsoft.KeyVault(')) problems.push('MOTHER_ID_KEY is an unresolved Key Vault reference');
    else if (motherIdKey === DEVELOPMENT_MOTHER_ID_KEY) problems.push('MOTHER_ID_KEY must not be the development key when NODE_ENV=production');
    else if (motherIdKey.length < MOTHER_ID_KEY_MIN_LENGTH) problems.push(`MOTHER_ID_KEY must have at least ${MOTHER_ID_KEY_MIN_LENGTH} characters`);
  }
  if (microsoftAppType !== 'MultiTenant' && microsoftAppId && !microsoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId is required when MicrosoftAppType=${microsoftAppType}`);
  }

  const config: Config = {
    port: int('PORT', 3978, 0, 65535),
    // Unauthenticated, the bot is for this machine only; with an app id every request needs a token, and
    // App Service and containers reach the bot from outside its loopback.
    host: str('HOST', microsoftAppId ? '0.0.0.0' : '127.0.0.1'),
    dataDir: path.resolve(str('DATA_DIR', './data')),
    storage,
    cosmos: {
      endpoint: cosmosEndpoint,
      key: str('COSMOS_KEY') || undefined,
      database: str('COSMOS_DATABASE', 'lactation'),
      container: str('COSMOS_CONTAINER', 'mothers'),
      retentionDays: int('RETENTION_DAYS', 42, 1, 3650),
    },
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppType,
    microsoftAppTenantId,
    defaultTimezone,
    defaultLocale,
    production,
    devRoutes: !production && !microsoftAppId,
    directLineSecret: str('DIRECT_LINE_SECRET') || undefined,
    scheduler: {
      // With dev routes the clock is moved by hand, so passes run when asked unless CHECKIN_LOOP=on.
      loop: oneOf('CHECKIN_LOOP', ['on', 'off'] as const, !production && !microsoftAppId ? 'off' : 'on') === 'on',
      intervalMs: int('CHECKIN_INTERVAL_SECONDS', 30, 1, 3600) * 1000,
      globalRatePerSecond: int('CHECKIN_GLOBAL_RATE', 40, 1, 50),
      perConversationRatePerSecond: 7,
      reminderAfterHours: int('CHECKIN_REMINDER_HOURS', 0, 0, 24),
    },
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    applicationInsightsConnectionString: str('APPLICATIONINSIGHTS_CONNECTION_STRING') || undefined,
    motherIdKey,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
