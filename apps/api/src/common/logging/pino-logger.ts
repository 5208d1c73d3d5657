import type { LoggerService } from '@nestjs/common';
import type { RequestHandler } from 'express';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * Structured JSON logs with pino: one logger for Nest's own messages and one request log line per
 * answer. (nestjs-pino did this before; its releases for Nest 12 require Node 22, and the product
 * supports Node 20 too — this is the part of it the API used.)
 */
export function createPinoLogger(level: string): Logger {
  return pino({
    level,
    // Never log credentials: session cookies and the bodies (passwords) stay out.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });
}

/** The request log: method, url, status and time of every answer but the health checks. */
export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/api/health' } });
}

/** Nest's LoggerService over pino: `context` becomes a field, an Error becomes `err`. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    // Nest passes the context last; Logger.error may pass a stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? String(rest.pop()) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const { msg, ...object } = message as Record<string, unknown>;
      this.logger[level]({ ...fields, ...object }, typeof msg === 'string' ? msg : undefined);
    } else {
      if (rest.length > 0 && typeof rest[0] === 'string') fields.stack = rest[0];
      this.logger[level](fields, String(message));
    }
  }
}
