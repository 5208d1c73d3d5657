import fs from 'node:fs';
import path from 'node:path';

/** Where the data lives: an external PostgreSQL server, or embedded PGlite in a folder (or memory). */
export type DatabaseConfig =
  { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** Absolute path of the built web app to serve on `/`, or null to serve the API only. */
  webDist: string | null;
  /** Public base URL used in invitation links. */
  publicUrl: string;
  /** Mark cookies Secure (behind https). */
  secureCookies: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** Login attempts allowed per minute, per client address and per account. */
  loginRateLimit: number;
  /** Length of a login-limit window; a minute unless a test needs it shorter. */
  loginRateWindowMs?: number;
  insightsCache: InsightsCacheConfig;
}

/** The insights cache (modules/insights/cache). */
export interface InsightsCacheConfig {
  /** INSIGHTS_CACHE=off computes every request (the benchmark's uncached runs). */
  enabled: boolean;
  /**
   * Capacity in organisations summed over cached values (INSIGHTS_CACHE_MAX_ORGANISATIONS); one
   * takes about 2.7 KB of heap (measured on the bench's largest coalition).
   */
  maxUnits: number;
  /** How long figures computed for "now" answer later requests for "now" (INSIGHTS_LIVE_SECONDS). */
  liveMaxAgeMs: number;
}

export function insightsCacheConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): InsightsCacheConfig {
  return {
    enabled: env.INSIGHTS_CACHE !== 'off',
    maxUnits: Number(env.INSIGHTS_CACHE_MAX_ORGANISATIONS ?? 100_000),
    liveMaxAgeMs: 1000 * Number(env.INSIGHTS_LIVE_SECONDS ?? 60),
  };
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  const dataDir = env.REGIOKRACHT_DATA ?? path.join(repoRoot, '.data');
  return { kind: 'pglite', dataDir: path.resolve(dataDir) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    database: databaseConfigFromEnv(env),
    webDist: webDistFromEnv(env),
    publicUrl,
    secureCookies: env.SECURE_COOKIES
      ? env.SECURE_COOKIES === 'true'
      : publicUrl.startsWith('https:'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true',
    loginRateLimit: Number(env.LOGIN_RATE_LIMIT ?? 10),
    insightsCache: insightsCacheConfigFromEnv(env),
  };
}

/** The built web app, when there is one (WEB_DIST="" turns serving it off, e.g. behind nginx). */
function webDistFromEnv(env: NodeJS.ProcessEnv): string | null {
  if (env.WEB_DIST === '') return null;
  const dir = path.resolve(env.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist'));
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : null;
}
