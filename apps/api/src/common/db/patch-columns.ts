/**
 * The column → value assignments of a PATCH body: only the fields it carries (undefined = leave
 * alone; null is a value).
 */
export function patchColumns<C extends Readonly<Record<string, string>>>(
  input: { readonly [F in keyof C]?: unknown },
  columns: C,
): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const field of Object.keys(columns) as (keyof C & string)[]) {
    const value = input[field];
    if (value !== undefined) set[columns[field]] = value;
  }
  return set;
}
