import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import {
  CommonErrorCode,
  defaultErrorCode,
  type ErrorResponse,
  type FieldError,
} from '@regiokracht/shared';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  type DatabaseOutageMonitor,
  isDatabaseUnavailable,
} from './database-unavailable';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Maps every error to the contract's shape; unexpected ones get a reference id that is also logged. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly outages?: DatabaseOutageMonitor) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (res.headersSent) return;
    // "Try again in a moment", for clients and load balancers alike.
    if (body.statusCode === 503) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    // A route may have set its own Content-Type before failing (the HTML handover report does):
    // the error is JSON whatever the route would have answered.
    res.status(body.statusCode).type('application/json').json(body);
  }

  private toBody(exception: unknown): ErrorResponse {
    if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception)) {
      this.outages?.reportUnavailable(exception);
      return {
        statusCode: 503,
        error: REASONS[503],
        code: CommonErrorCode.SERVICE_UNAVAILABLE,
        message: 'The database is unavailable right now; try again in a moment',
      };
    }
    // Nest's Express adapter wraps body-parser errors in an HttpException carrying the parser's
    // own message; answer ours instead.
    const cause = exception instanceof HttpException ? exception.cause : exception;
    const bodyParserError = fromBodyParser(cause);
    if (bodyParserError) return bodyParserError;
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof QueryFailedError) {
      const mapped = fromDatabase(exception);
      if (mapped) return mapped;
    }
    const reference = randomUUID();
    this.logger.error({ err: exception, reference }, 'Unexpected error');
    return {
      statusCode: 500,
      error: REASONS[500],
      code: CommonErrorCode.INTERNAL_ERROR,
      message: `Something went wrong on our side. Reference: ${reference}`,
      reference,
    };
  }
}

function fromHttpException(exception: HttpException): ErrorResponse {
  const statusCode = exception.getStatus();
  const raw = exception.getResponse();
  const out: ErrorResponse = {
    statusCode,
    error: REASONS[statusCode] ?? exception.name,
    code: defaultErrorCode(statusCode),
    message: exception.message,
  };
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as Record<string, unknown>;
    if (typeof r.message === 'string') out.message = r.message;
    else if (Array.isArray(r.message)) out.message = r.message.join('; ');
    if (Array.isArray(r.details)) out.details = r.details as FieldError[];
    if (typeof r.code === 'string') out.code = r.code;
    for (const [key, value] of Object.entries(r)) {
      if (!['message', 'details', 'statusCode', 'error', 'code'].includes(key))
        (out as unknown as Record<string, unknown>)[key] = value;
    }
  } else if (typeof raw === 'string') {
    out.message = raw;
  }
  if (statusCode === Number(HttpStatus.TOO_MANY_REQUESTS))
    out.message = 'Too many attempts; wait a minute and try again';
  return out;
}

/** Express's body parser reports malformed JSON and oversize bodies as errors with `type`. */
function fromBodyParser(exception: unknown): ErrorResponse | null {
  const e = exception as { type?: string; status?: number };
  if (e?.type === 'entity.parse.failed')
    return {
      statusCode: 400,
      error: REASONS[400],
      code: CommonErrorCode.MALFORMED_JSON,
      message: 'Malformed JSON in request body',
    };
  if (e?.type === 'entity.too.large')
    return {
      statusCode: 413,
      error: REASONS[413],
      code: CommonErrorCode.PAYLOAD_TOO_LARGE,
      message: 'Request body too large',
    };
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return {
      statusCode: 415,
      error: REASONS[415],
      code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
      message: 'Unsupported body encoding',
    };
  }
  return null;
}

/** Constraint violations that slipped past service checks still answer as client errors. */
function fromDatabase(exception: QueryFailedError): ErrorResponse | null {
  const driverError = exception.driverError as
    { code?: string; constraint?: string; detail?: string } | undefined;
  const code = driverError?.code;
  const constraint = driverError?.constraint ?? 'constraint';
  if (code === '23505')
    return {
      statusCode: 409,
      error: REASONS[409],
      code: CommonErrorCode.ALREADY_EXISTS,
      message: `Already exists (${constraint})`,
    };
  if (code === '23503')
    return {
      statusCode: 400,
      error: REASONS[400],
      code: CommonErrorCode.REFERENCE_NOT_FOUND,
      message: `Refers to something that does not exist (${constraint})`,
    };
  if (code === '23514' || code === '23502')
    return {
      statusCode: 400,
      error: REASONS[400],
      code: CommonErrorCode.DATA_RULE_VIOLATED,
      message: `Violates a data rule (${constraint})`,
    };
  if (code === '22P02' || code === '22007' || code === '22008')
    return {
      statusCode: 400,
      error: REASONS[400],
      code: CommonErrorCode.MALFORMED_VALUE,
      message: 'Malformed value',
    };
  return null;
}
