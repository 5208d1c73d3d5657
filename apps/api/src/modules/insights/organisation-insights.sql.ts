import {
  type Health,
  type OrganisationKind,
  type OrganisationStatus,
  RISK_LEVEL_ORDER,
  type RiskLevel,
} from '@regiokracht/shared';
import { daysSinceSql, engagementCtes, healthSql } from './engagement.sql';
import { SUCCESSION_CTES } from './succession.sql';

/** The organisations the insights are about: not deleted and not `left`. */
const CURRENT_ORGANISATION = `o.coalition_id = $1 AND o.deleted_at IS NULL AND o.status <> 'left'`;

/** Organisation `o` with its engagement `e`: ratio and days since (`m`), health (`h`). */
const ENGAGED_ORGANISATION = `organisation o
      LEFT JOIN engagement e ON e.organisation_id = o.id
     CROSS JOIN LATERAL (
       SELECT CASE WHEN e.peak > 0 THEN e.score / e.peak ELSE 0 END AS ratio,
              ${daysSinceSql('e.last_at')} AS days_since
     ) m
     CROSS JOIN LATERAL (SELECT ${healthSql('e.last_at', 'm.days_since', 'm.ratio')} AS health) h`;

/**
 * score and peak are rounded to 4 decimals at the very end (round(numeric) rounds half away from
 * zero, like the pure `roundTo`); index and health come from the unrounded ratio.
 */
const ENGAGEMENT_COLUMNS = `o.id::text AS organisation_id, o.name, o.kind, o.status,
           round(coalesce(e.score, 0)::numeric, 4) AS score,
           round(coalesce(e.peak, 0)::numeric, 4) AS peak,
           CASE WHEN e.peak > 0 THEN round((100 * m.ratio)::numeric, 0)::int ELSE 0 END AS engagement_index,
           m.days_since,
           h.health,
           array_position(ARRAY['dormant', 'cooling', 'no_contact', 'engaged'], h.health) AS health_rank`;

/** The shared risk order (high first) as SQL literals, so the rank here and in the web agree. */
const RISK_ORDER_SQL = RISK_LEVEL_ORDER.map((level) => `'${level}'`).join(', ');

const SUCCESSION_COLUMNS = `s.no_contact, s.key_leaving_ids, s.key_left_ids, s.leaving_owner_ids, s.single_ids,
           s.concentrated_ids, s.orphaned_item_ids, s.orphaned_owner_ids, s.risk_score, s.risk_level,
           array_position(ARRAY[${RISK_ORDER_SQL}], s.risk_level) AS risk_rank`;

/**
 * `WITH …` ending in CTE `insight`: engagement and succession of every current organisation of
 * the coalition at asOf. Parameters $1…$7 (analytics-context.ts); a query appends its own SELECT
 * and parameters from $8. (The daily digest's health check; the insights endpoints run the two
 * halves below as separate queries.)
 */
export const INSIGHT_CTES = `
  WITH ${engagementCtes({ series: false })},
  ${SUCCESSION_CTES},
  insight AS (
    SELECT ${ENGAGEMENT_COLUMNS},
           ${SUCCESSION_COLUMNS}
      FROM ${ENGAGED_ORGANISATION}
      JOIN succession s ON s.organisation_id = o.id
     WHERE ${CURRENT_ORGANISATION}
  )`;

/**
 * The engagement half of `insight`, with each organisation's sparkline (`series_at`,
 * `series_score`) and its ranks by name and by id (PostgreSQL's collation decides the order the
 * list sorts by in memory). Parameters $1…$7.
 *
 * Measured on a coalition of 1,000 organisations and 100,000 interactions (EXPLAIN.md): the two
 * halves as two queries take 0.5 s, as one 0.75 s, and they can run side by side.
 */
export const ENGAGEMENT_HALF_SQL = `
  WITH ${engagementCtes({ series: true })}
  SELECT ${ENGAGEMENT_COLUMNS},
         e.series_at, e.series_score,
         dense_rank() OVER (ORDER BY lower(o.name)) AS name_rank,
         row_number() OVER (ORDER BY o.id::text) AS id_rank
    FROM ${ENGAGED_ORGANISATION}
   WHERE ${CURRENT_ORGANISATION}`;

/** The succession half of `insight`. Parameters $1 coalition, $2 asOf. */
export const SUCCESSION_HALF_SQL = `
  WITH ${SUCCESSION_CTES}
  SELECT o.id::text AS organisation_id, ${SUCCESSION_COLUMNS}
    FROM organisation o
    JOIN succession s ON s.organisation_id = o.id
   WHERE ${CURRENT_ORGANISATION}`;

/** Columns of `insight` as the drivers hand them back. */
export interface InsightRow {
  organisation_id: string;
  name: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
  score: string | number;
  peak: string | number;
  engagement_index: number;
  days_since: number | null;
  health: Health;
  no_contact: boolean;
  key_leaving_ids: string[] | null;
  key_left_ids: string[] | null;
  leaving_owner_ids: string[] | null;
  single_ids: string[] | null;
  concentrated_ids: string[] | null;
  orphaned_item_ids: string[] | null;
  orphaned_owner_ids: string[] | null;
  risk_score: number;
  risk_level: RiskLevel;
}
