import { daysBetween, ENGAGEMENT_EVENT_CTE, H } from './engagement.sql';

/** Points of a sparkline: the default of `engagementSeries`. */
export const SERIES_POINTS = 12;

/**
 * Monthly scores per organisation in one query, matching `engagementSeries`: points at asOf − k
 * calendar months in UTC (PostgreSQL clamps the day to the shorter month like the pure function).
 * The points join the interactions as weightless events of the same running sum that gives the
 * peak (engagement.sql.ts), so score(p) = 2^(−d_p/H) · Σ_{tⱼ ≤ p} wⱼ·2^(dⱼ/H) without a join
 * between points and interactions.
 * Parameters: $1 coalition, $2 asOf, $3 halfLifeDays, $4 organisation ids, $5 number of points.
 */
export const ENGAGEMENT_SERIES_SQL = `
  WITH ${ENGAGEMENT_EVENT_CTE},
  point AS (
    SELECT (($2::timestamptz AT TIME ZONE 'UTC') - make_interval(months => k)) AT TIME ZONE 'UTC' AS at
      FROM generate_series(0, $5::int - 1) AS k
  ),
  stream AS (
    SELECT organisation_id, occurred_at AS at, days, term, false AS is_point FROM eng_event
    UNION ALL
    SELECT org.id, p.at, ${daysBetween('$2::timestamptz', 'p.at')}, 0, true
      FROM unnest($4::uuid[]) AS org(id)
     CROSS JOIN point p
  ),
  running AS (
    SELECT organisation_id, at, days, is_point,
           sum(term) OVER (
             PARTITION BY organisation_id ORDER BY at
             RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
           ) AS running
      FROM stream
  )
  SELECT organisation_id::text AS organisation_id,
         to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
         round((running * power(2::float8, -days / ${H}))::numeric, 4) AS score
    FROM running
   WHERE is_point
   ORDER BY organisation_id, running.at`;
