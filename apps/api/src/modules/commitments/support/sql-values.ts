/** Driver-neutral conversions for row values (numeric arrives as text, timestamps as Date or text). */
export function num(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

export function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

/** SQL for a date column as `YYYY-MM-DD` whatever the server's DateStyle. */
export function dateText(column: string, alias: string): string {
  return `to_char(${column}, 'YYYY-MM-DD') AS ${alias}`;
}

/** A text[] column on either driver: pg parses it, PGlite may hand over the `{a,b}` literal. */
export function textArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"|"$/g, ''));
}
