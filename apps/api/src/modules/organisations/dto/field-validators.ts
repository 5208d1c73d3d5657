import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateIf } from 'class-validator';

/**
 * Optional, but not nullable: absent is fine, `null` is validated (and rejected) like any other
 * value. `@IsOptional()` would let `null` through to a NOT NULL column.
 */
export const OptionalNotNull = () => ValidateIf((_, value) => value !== undefined);

/** A calendar date `YYYY-MM-DD` that exists (no 2024-02-30). */
export const IsDateOnly = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' }),
    IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' }),
  );

/** An ISO 8601 instant with a time and an explicit offset, so it names one moment. */
export const IsInstant = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/, {
      message: 'must be an ISO 8601 instant with offset, e.g. 2025-03-01T09:30:00Z',
    }),
    IsISO8601({ strict: true }, { message: 'must be an ISO 8601 instant' }),
  );

/** `true`/`false` in a query string. */
export function parseBooleanQuery({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
