/**
 * Rounds half away from zero to `decimals` places, like PostgreSQL's round(numeric, n), so the
 * API's SQL and these functions agree. Going through 15 significant digits first removes binary
 * noise (1.005 is stored as 1.00499999…), which would otherwise round a printed .5 down.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // no -0 in answers
}
