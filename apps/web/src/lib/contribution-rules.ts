/**
 * Client-side rules for reporting a contribution, mirroring the API's (contributions/dto/
 * create-contribution.dto.ts, common/validation/field-validators.ts). Used by the coordinator's
 * contribution form and the partner portal's delivery form.
 */
export const MAX_QUANTITY = 999_999_999_999.99;
export const NOTE_MAX = 2000;
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// "2,5" as a Dutch reader types it, or "2.5"; at most two decimals.
const QUANTITY = /^\d+([.,]\d{1,2})?$/;

export function parseQuantity(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

export type QuantityProblem =
  'quantityRequired' | 'quantityInvalid' | 'quantityPositive' | 'quantityTooLarge';

/** True when valid, else the validation key both forms translate. */
export function validateQuantity(value: string): true | QuantityProblem {
  if (!value.trim()) return 'quantityRequired';
  if (!QUANTITY.test(value.trim())) return 'quantityInvalid';
  const quantity = parseQuantity(value);
  if (quantity <= 0) return 'quantityPositive';
  if (quantity > MAX_QUANTITY) return 'quantityTooLarge';
  return true;
}

export function validateDeliveredOn(value: string): true | 'dateRequired' {
  return DATE_ONLY.test(value) ? true : 'dateRequired';
}
