import { INTERACTION_INITIATORS, INTERACTION_KINDS, interactionWeight } from '@regiokracht/shared';

/**
 * Engagement (docs/analytics.md) of every organisation of a coalition in one pass, matching
 * `engagement()` of the shared package. Parameters: $1 coalition, $2 asOf, $3 halfLifeDays.
 *
 * Times are fractional days relative to asOf (d ≤ 0), never from a fixed epoch, so 2^(d/H) stays
 * in range however long the history:
 *   score(asOf) = Σ w·2^(d/H)
 *   score(tᵢ)   = 2^(−dᵢ/H) · Σ_{tⱼ ≤ tᵢ} wⱼ·2^(dⱼ/H)   — one running sum per organisation
 *   score(asOf − 365 d) = Σ_{tⱼ ≤ asOf − 365 d} wⱼ·2^((dⱼ + 365)/H)
 * peak = max(score(asOf − 365 d), score(tᵢ) for tᵢ in (asOf − 365 d, asOf]).
 */

export const H = '$3::float8';

/** Fixed 365 days (shared `WINDOW_DAYS`) as hours: a session time zone's DST cannot stretch it. */
export const WINDOW_HOURS = 365 * 24;
export const WINDOW_START = `($2::timestamptz - interval '${WINDOW_HOURS} hours')`;

/**
 * w·2^exponent for exponent ≤ 0. PostgreSQL raises "value out of range: underflow" where a double
 * would quietly become 0, so a term more than 1000 half-lives old is 0 explicitly: it is below
 * 2^−1000 of its weight (1e−301), far under the 4 decimals of an answer.
 */
export function decayed(weight: string, exponent: string): string {
  return `CASE WHEN ${exponent} < -1000 THEN 0::float8 ELSE ${weight} * power(2::float8, ${exponent}) END`;
}

/** The weight of interaction `i`, generated from the shared `interactionWeight` (one definition). */
export const INTERACTION_WEIGHT = `(CASE ${INTERACTION_KINDS.flatMap((kind) =>
  INTERACTION_INITIATORS.map(
    (by) =>
      `WHEN i.kind = '${kind}' AND i.initiated_by = '${by}' THEN ${interactionWeight(kind, by)}`,
  ),
).join(' ')} END)::float8`;

/**
 * Fractional days from `from` to `to` (timestamptz expressions) as a double: the interval's
 * seconds over 86 400. Floating point on purpose: it is evaluated several times per interaction
 * (the planner inlines it into each use), and numeric division cost a third of the query.
 */
export function daysBetween(from: string, to: string): string {
  return `(date_part('epoch', ${to} - ${from}) / 86400)`;
}

/** Points of a sparkline: the default of `engagementSeries`. */
export const SERIES_POINTS = 12;

/**
 * CTE `eng_event`: the interactions that count at asOf — not deleted, not after asOf, listing an
 * organisation of the coalition — with `days` ≤ 0 relative to asOf, weight `w` and its decayed
 * value at asOf `term` = w·2^(days/H).
 *
 * With `series`, also the sparkline points of every current organisation: asOf − k calendar
 * months in UTC, k < 12 (PostgreSQL clamps the day to the shorter month like the pure
 * `engagementSeries`), as weightless events (`is_point`). They join the same running sum as the
 * interactions, so score(p) = 2^(−d_p/H) · Σ_{tⱼ ≤ p} wⱼ·2^(dⱼ/H) costs no second pass.
 */
function engagementEventCte(series: boolean): string {
  const points = `
      UNION ALL
      SELECT o.id, p.at, ${daysBetween('$2::timestamptz', 'p.at')}, 0::float8, 0::float8, true
        FROM organisation o
       CROSS JOIN (
         SELECT (($2::timestamptz AT TIME ZONE 'UTC') - make_interval(months => k)) AT TIME ZONE 'UTC' AS at
           FROM generate_series(0, ${SERIES_POINTS - 1}) AS k
       ) p
       WHERE o.coalition_id = $1 AND o.deleted_at IS NULL AND o.status <> 'left'`;
  return `
  eng_event AS (
    SELECT organisation_id, occurred_at, days, w, ${decayed('w', `days / ${H}`)} AS term, false AS is_point
      FROM (
        SELECT io.organisation_id, i.occurred_at, ${INTERACTION_WEIGHT} AS w,
               ${daysBetween('$2::timestamptz', 'i.occurred_at')} AS days
          FROM interaction_organisation io
          JOIN interaction i ON i.coalition_id = io.coalition_id AND i.id = io.interaction_id
         WHERE io.coalition_id = $1 AND i.deleted_at IS NULL AND i.occurred_at <= $2::timestamptz
      ) counted${series ? points : ''}
  )`;
}

/**
 * CTE `engagement` (organisation_id, score, peak, last_at) with unrounded doubles; organisations
 * without interactions up to asOf have no row (with `series`: a row with score and peak 0 and no
 * last_at). RANGE framing puts every interaction at the same instant into each other's running
 * sum: score(tᵢ) includes all of them. With `series`, also `series_at` (ISO texts) and
 * `series_score` (rounded to 4 decimals), oldest first.
 *
 * Aggregates that are joined afterwards are MATERIALIZED: embedded PGlite has no autovacuum, so
 * its tables may never have statistics, and a planner that believes them tiny re-runs an inlined
 * aggregate once per outer row (seconds instead of milliseconds).
 */
export function engagementCtes({ series }: { series: boolean }): string {
  const seriesColumns = `,
           array_agg(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') ORDER BY occurred_at)
             FILTER (WHERE is_point) AS series_at,
           array_agg(round((running * power(2::float8, -days / ${H}))::numeric, 4) ORDER BY occurred_at)
             FILTER (WHERE is_point) AS series_score`;
  return `${engagementEventCte(series)},
  eng_term AS (
    SELECT organisation_id, occurred_at, days, w, term, is_point,
           sum(term) OVER (
             PARTITION BY organisation_id ORDER BY occurred_at
             RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
           ) AS running
      FROM eng_event
  ),
  engagement AS MATERIALIZED (
    SELECT organisation_id,
           sum(term) AS score,
           greatest(
             coalesce(sum(${decayed('w', `(days + 365) / ${H}`)}) FILTER (WHERE NOT is_point AND occurred_at <= ${WINDOW_START}), 0),
             coalesce(max(running * power(2::float8, -days / ${H})) FILTER (WHERE NOT is_point AND occurred_at > ${WINDOW_START}), 0)
           ) AS peak,
           max(occurred_at) FILTER (WHERE NOT is_point) AS last_at${series ? seriesColumns : ''}
      FROM eng_term
     GROUP BY organisation_id
  )`;
}

/**
 * The organisation's health from the unrounded ratio score / peak, with the thresholds of
 * `engagementHealth` ($4 coolingDays, $5 dormantDays, $6 coolingRatio, $7 dormantRatio).
 */
export function healthSql(lastAt: string, daysSince: string, ratio: string): string {
  return `CASE WHEN ${lastAt} IS NULL THEN 'no_contact'
               WHEN ${daysSince} > $5::int OR ${ratio} < $7::float8 THEN 'dormant'
               WHEN ${daysSince} > $4::int OR ${ratio} < $6::float8 THEN 'cooling'
               ELSE 'engaged' END`;
}

/** Whole days since the last interaction, floored like the pure function. */
export function daysSinceSql(lastAt: string): string {
  return `floor((extract(epoch FROM $2::timestamptz) - extract(epoch FROM ${lastAt})) / 86400)::int`;
}
