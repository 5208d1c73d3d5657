import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import type { Translation } from '../../../app/i18n/en';

export const SERVER_ERROR_TYPE = 'server';

export type ValidationKey =
  `organisations.validation.${keyof Translation['organisations']['validation']}`;

/** A field's message: the API's own text, or the translation of a client-side rule's key. */
export function errorText(error: FieldError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  return error.type === SERVER_ERROR_TYPE ? error.message : t(error.message as ValidationKey);
}

/** Puts each of the API's 400 details next to its field; answers whether any belonged to one. */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!isValidationError(error)) return false;
  let placed = false;
  for (const { field, message } of error.details) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as Path<T>, { type: SERVER_ERROR_TYPE, message });
      placed = true;
    }
  }
  return placed;
}

/** The message above the form for an error no field explains. */
export function formErrorText(
  error: unknown,
  fields: readonly string[],
  t: TFunction,
): string | null {
  if (!error) return null;
  if (isValidationError(error) && error.details.some((d) => fields.includes(d.field))) return null;
  return describeError(error, t);
}

/** Positive with at most two decimals, as the API's quantities. */
export function quantityRule(value: number): true | ValidationKey {
  if (!Number.isFinite(value)) return 'organisations.validation.numberRequired';
  if (value <= 0) return 'organisations.validation.positive';
  if (Math.round(value * 100) !== value * 100) return 'organisations.validation.twoDecimals';
  return true;
}
