import { Logger } from '@nestjs/common';

/** Seconds a client is asked to wait (Retry-After) while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that mean "no database session to run this on": connection exceptions (class 08),
 * an operator shutdown or crash of the server (57P01–57P03), and a database that does not accept
 * connections right now (55000 at connect, e.g. `ALLOW_CONNECTIONS false`).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3])$/;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/** What node-postgres and its pool say when there is no connection to be had. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Connection is not established',
];

interface DriverErrorLike {
  code?: unknown;
  severity?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/**
 * Whether an error means the database cannot be reached (down, restarting, failing over), as
 * opposed to a bug or bad input: such a request may succeed if simply tried again later.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const e = error as DriverErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_CODES.has(code)) return true;
  // A FATAL error ends (or refuses) the session itself, e.g. 55000 "not accepting connections".
  if (e.severity === 'FATAL') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  return (
    isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)
  );
}

/**
 * Says once that the database went away and once that it is back, instead of a stack trace per
 * request: the first failure starts a probe (`SELECT 1` every second) that ends when it answers.
 */
export class DatabaseOutageMonitor {
  private readonly logger = new Logger('Database');
  private probe: NodeJS.Timeout | null = null;

  constructor(private readonly ping: () => Promise<unknown>) {}

  get isDown(): boolean {
    return this.probe !== null;
  }

  reportUnavailable(error: unknown): void {
    if (this.probe) return;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`The database is unavailable (${reason}); answering 503 until it is back`);
    this.probe = setInterval(() => void this.check(), 1000);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    try {
      await this.ping();
    } catch {
      return;
    }
    if (!this.probe) return;
    clearInterval(this.probe);
    this.probe = null;
    this.logger.log('The database is back');
  }

  stop(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }
}
