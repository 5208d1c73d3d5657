import {
  CommonErrorCode,
  defaultErrorCode,
  isVersionConflictCode,
  type ErrorResponse,
  type FieldError,
} from '@regiokracht/shared';

/** Status used when the request never got an HTTP answer (offline, DNS, proxy down). */
export const NETWORK_ERROR_STATUS = 0;
/** Code of an `ApiError` for a request that never got an HTTP answer. */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

/** A failed API call, carrying the contract's error shape (docs/domain.md, "API contract"). */
export class ApiError extends Error {
  readonly status: number;
  /** HTTP reason phrase from the body, e.g. "Unauthorized". */
  readonly error: string;
  /** The answer's stable code (`ErrorCode` in the shared package); switch on this. */
  readonly code: string;
  readonly details: FieldError[];
  /** Seconds from a 429's Retry-After header, when the server sent one. */
  readonly retryAfterSeconds: number | null;
  readonly reference: string | null;
  /** On a 409 for a stale `version`: the version the record is at now. */
  readonly currentVersion: number | null;
  /**
   * Fields of the answer beyond the contract's common shape, kept as sent: a 409 names what it is
   * about (e.g. `handoverId` of the draft that already exists).
   */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    body: ErrorResponse,
    options: { retryAfterSeconds?: number | null; cause?: unknown } = {},
  ) {
    super(body.message, { cause: options.cause });
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.error = body.error;
    this.code = body.code;
    this.details = body.details ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.reference = body.reference ?? null;
    this.currentVersion = body.currentVersion ?? null;
    const {
      statusCode: _statusCode,
      error: _error,
      code: _code,
      message: _message,
      details: _details,
      reference: _reference,
      currentVersion: _currentVersion,
      ...extra
    } = body as ErrorResponse & Record<string, unknown>;
    this.extra = extra;
  }

  /** The server's message for one input field, if it rejected that field. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((detail) => detail.field === field)?.message;
  }
}

/**
 * Someone else saved first: any module's `*_VERSION_CONFLICT`. Other conflicts are states that
 * forbid the change, where reloading does not help.
 */
export function isStaleVersionError(error: unknown): error is ApiError {
  if (!isApiError(error)) return false;
  if (isVersionConflictCode(error.code)) return true;
  // Bulk assign answers the generic CONFLICT and names every stale `items.N.version` instead.
  return (
    error.code === CommonErrorCode.CONFLICT &&
    error.details.length > 0 &&
    error.details.every((d) => d.field.endsWith('version'))
  );
}

/** Input the server rejected field by field (`details` names each field). */
export function isValidationError(error: unknown): error is ApiError {
  return isApiError(error) && error.code === CommonErrorCode.VALIDATION_FAILED;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * The contract's error shape from any failed answer: the server's own body, or (e.g. an HTML page
 * from a proxy in front of the API) one made from the status.
 */
export function toErrorResponse(status: number, statusText: string, body: unknown): ErrorResponse {
  if (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ErrorResponse).message === 'string'
  ) {
    const server = body as Partial<ErrorResponse> & { message: string };
    return {
      ...server,
      statusCode: status,
      error: server.error ?? statusText,
      code: server.code ?? defaultErrorCode(status),
    };
  }
  return {
    statusCode: status,
    error: statusText,
    code: defaultErrorCode(status),
    message: statusText,
  };
}

/** The error of a request that never got an HTTP answer (offline, DNS, proxy down). */
export function networkError(cause?: unknown): ApiError {
  return new ApiError(
    {
      statusCode: NETWORK_ERROR_STATUS,
      error: 'Network Error',
      code: NETWORK_ERROR_CODE,
      message: 'Network error',
    },
    { cause },
  );
}
