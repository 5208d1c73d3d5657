/** Field validators shared by the DTOs of every module (dates, amounts, optional vs nullable, query flags). */
import { applyDecorators } from '@nestjs/common';
import { isMoreThanADayAhead, leftBeforeJoined } from '@regiokracht/shared';
import { Transform } from 'class-transformer';
import {
  IsISO8601,
  IsNumber,
  isISO8601,
  IsPositive,
  Max,
  Min,
  ValidateBy,
  Matches,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { invalidField } from '../errors/conflict';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Largest value numeric(14, 2) holds. */
export const MAX_AMOUNT = 999_999_999_999.99;

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30, no time part). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && DATE_ONLY.test(value) && isISO8601(value, { strict: true }),
        defaultMessage: () => 'must be a date (YYYY-MM-DD)',
      },
    },
    options,
  );
}

/** A quantity as the numeric(14, 2) columns hold it: positive, at most two decimals. */
export function IsQuantity(): PropertyDecorator {
  return applyDecorators(
    IsNumber(
      { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
      { message: 'must be a number with at most 2 decimals' },
    ),
    IsPositive({ message: 'must be greater than 0' }),
    Max(MAX_AMOUNT, { message: `must be at most ${MAX_AMOUNT}` }),
  );
}

/** A euro amount: zero or more, at most two decimals. */
export function IsEuroAmount(): PropertyDecorator {
  return applyDecorators(
    IsNumber(
      { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
      { message: 'must be a number with at most 2 decimals' },
    ),
    Min(0, { message: 'must be 0 or more' }),
    Max(MAX_AMOUNT, { message: `must be at most ${MAX_AMOUNT}` }),
  );
}

/**
 * Optional, but not nullable: `IsOptional()` would let `null` through to a NOT NULL column, so only
 * an absent field skips validation.
 */
export function OmitOrValid(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}

/** A nullable field: `null` clears it, a value is validated. */
export function NullOrValid(): PropertyDecorator {
  return ValidateIf((_, value) => value !== null && value !== undefined);
}

/** `?status=open,blocked` (or a repeated parameter) → `['open', 'blocked']`. */
export function CsvList(): PropertyDecorator {
  return Transform(({ value }) => {
    if (value === undefined) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return parts.map((p) => p.trim()).filter((p) => p.length > 0);
  });
}

/** `true`/`false` in a query string → boolean; anything else stays a string so the validator refuses it. */
export function parseBooleanQuery({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** `?flag=true|false` → boolean (see parseBooleanQuery). */
export function QueryBoolean(): PropertyDecorator {
  return Transform(parseBooleanQuery);
}

/** An ISO 8601 instant with a time and an explicit offset, so it names one moment. */
export const IsInstant = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/, {
      message: 'must be an ISO 8601 instant with offset, e.g. 2025-03-01T09:30:00Z',
    }),
    IsISO8601({ strict: true }, { message: 'must be an ISO 8601 instant' }),
  );

/**
 * 400 when a period ends before it starts (the rule lives in the shared package, so the web checks
 * the same). `field` is the one the request changed.
 */
export function assertLeftNotBeforeJoined(
  joinedOn: string | null | undefined,
  leftOn: string | null | undefined,
  field: string,
): void {
  if (leftBeforeJoined(joinedOn, leftOn))
    throw invalidField(field, 'leftOn must not be before joinedOn');
}

/** 400 when `occurredAt` lies more than a day after `now` (shared rule, see MAX_FUTURE_MS). */
export function assertNotMoreThanADayAhead(occurredAt: string | undefined, now: Date): void {
  if (occurredAt !== undefined && isMoreThanADayAhead(occurredAt, now))
    throw invalidField('occurredAt', 'must not be more than one day in the future');
}
