/** Fewer other organisations than this could be recognised from an aggregate (docs/analytics.md). */
export const MIN_OTHER_ORGANISATIONS = 3;

export interface Quartiles {
  p25: number;
  median: number;
  p75: number;
}

export type AnonymisedAggregate =
  | ({ withheld: false; count: number } & Quartiles)
  | { withheld: true; reason: string; count: number };

/**
 * The p-th percentile by linear interpolation between closest ranks — the same definition as
 * PostgreSQL's percentile_cont, so the API's SQL gives identical numbers: with the values sorted
 * ascending, position p·(n − 1) (0-based), interpolated between its neighbours.
 */
function percentileCont(sorted: readonly number[], p: number): number {
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** p25, median and p75 of a non-empty list (percentile_cont semantics, see above). */
export function quartiles(values: readonly number[]): Quartiles {
  if (values.length === 0) {
    throw new RangeError('quartiles of an empty list are undefined');
  }
  if (values.some((v) => !Number.isFinite(v))) {
    throw new RangeError('quartiles need finite numbers');
  }
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p25: percentileCont(sorted, 0.25),
    median: percentileCont(sorted, 0.5),
    p75: percentileCont(sorted, 0.75),
  };
}

/**
 * Quartiles of the OTHER organisations' values (never include the asking partner's own), or a
 * withheld answer when they are too few to stay anonymous.
 */
export function anonymisedAggregate(
  values: readonly number[],
  minOthers = MIN_OTHER_ORGANISATIONS,
): AnonymisedAggregate {
  const count = values.length;
  // An empty list has no quartiles even if a caller lowers the threshold to 0.
  if (count < Math.max(minOthers, 1)) {
    return {
      withheld: true,
      reason: `Withheld to keep other organisations anonymous: it would cover ${count}, at least ${minOthers} are needed.`,
      count,
    };
  }
  return { withheld: false, count, ...quartiles(values) };
}
