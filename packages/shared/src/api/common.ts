/** Shapes every endpoint shares (docs/domain.md, "API contract"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorResponse {
  statusCode: number;
  error: string;
  /** Stable code to switch on (`ErrorCode` in error-codes.ts); every answer carries one. */
  code: string;
  message: string;
  details?: FieldError[];
  /** Reference id of an unexpected error, also written to the server log. */
  reference?: string;
  /** Current version of the row on a 409 caused by a stale `version`. */
  currentVersion?: number;
}

export const MAX_PAGE_SIZE = 200;
/** Highest `page` a list accepts: page × pageSize stays a small, exact OFFSET (at most 2,000,000). */
export const MAX_PAGE = 10_000;
