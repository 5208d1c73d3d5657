import {
  HEALTHS,
  RISK_LEVELS,
  type CommitmentStatus,
  type CommitmentUnit,
  type Health,
  type RiskLevel,
} from '@regiokracht/shared';
import { AS_OF_DATE } from './analytics-context';
import { INSIGHT_CTES, type InsightRow } from './organisation-insights.sql';
import { OPEN_ACTION_STATUSES_SQL } from './succession.sql';

/** Open action items past their due date at asOf. */
const OVERDUE = `a.status IN (${OPEN_ACTION_STATUSES_SQL}) AND a.due_on < ${AS_OF_DATE}`;

/**
 * Counts by health and risk plus the top of the "needs attention" list, in one pass over the
 * insight CTE. An organisation needs attention when its succession risk is medium or high, its
 * health is not engaged, or it has an overdue action item. Ranking, worst first:
 *   1. succession risk level (high, medium, low)
 *   2. health (dormant, cooling, no_contact, engaged)
 *   3. most overdue action items
 *   4. higher succession risk score
 *   5. lower engagement index
 *   6. name
 * One row per listed organisation, each carrying the counts; a single row of counts with NULL
 * organisation columns when nothing needs attention. Parameters $1…$7, $8 how many to list.
 */
export const ORGANISATION_SUMMARY_SQL = `${INSIGHT_CTES},
  overdue AS MATERIALIZED (
    SELECT a.organisation_id::text AS organisation_id, count(*)::int AS overdue
      FROM action_item a
     WHERE a.coalition_id = $1 AND a.deleted_at IS NULL AND a.organisation_id IS NOT NULL AND ${OVERDUE}
     GROUP BY a.organisation_id
  ),
  ranked AS (
    SELECT i.*, coalesce(od.overdue, 0) AS overdue,
           i.risk_level <> 'low' OR i.health <> 'engaged' OR coalesce(od.overdue, 0) > 0 AS needs_attention
      FROM insight i
      LEFT JOIN overdue od ON od.organisation_id = i.organisation_id
  ),
  counts AS (
    SELECT count(*)::int AS organisations,
           ${HEALTHS.map((h) => `count(*) FILTER (WHERE health = '${h}')::int AS "health_${h}"`).join(',\n           ')},
           ${RISK_LEVELS.map((r) => `count(*) FILTER (WHERE risk_level = '${r}')::int AS "risk_${r}"`).join(',\n           ')},
           count(*) FILTER (WHERE needs_attention)::int AS attention_total
      FROM ranked
  )
  SELECT counts.*, a.*
    FROM counts
    LEFT JOIN LATERAL (
      SELECT * FROM ranked
       WHERE needs_attention
       ORDER BY risk_rank, health_rank, overdue DESC, risk_score DESC, engagement_index, lower(name), organisation_id
       LIMIT $8
    ) a ON true
   ORDER BY a.risk_rank, a.health_rank, a.overdue DESC, a.risk_score DESC, a.engagement_index, lower(a.name), a.organisation_id`;

export type AttentionRow = InsightRow & { overdue: number };

type SummaryCount = 'organisations' | 'attention_total' | `health_${Health}` | `risk_${RiskLevel}`;

/** The counts (on every row) and one organisation needing attention, or none (NULL id). */
export type OrganisationSummaryRow = Record<SummaryCount, number> &
  (AttentionRow | { organisation_id: null });

/**
 * Open action items of the whole coalition: overdue at asOf, unowned, or orphaned (owner not
 * active: leaving, left, deleted). Parameters $1 coalition, $2 asOf.
 */
export const ACTION_ITEM_COUNTS_SQL = `
  SELECT count(*)::int AS open,
         count(*) FILTER (WHERE ${OVERDUE})::int AS overdue,
         count(*) FILTER (WHERE a.owner_id IS NULL)::int AS unowned,
         count(*) FILTER (WHERE a.owner_id IS NOT NULL AND o.status IS DISTINCT FROM 'active')::int AS orphaned
    FROM action_item a
    LEFT JOIN person o ON o.coalition_id = a.coalition_id AND o.id = a.owner_id AND o.deleted_at IS NULL
   WHERE a.coalition_id = $1 AND a.deleted_at IS NULL AND a.status IN (${OPEN_ACTION_STATUSES_SQL})`;

/**
 * Commitments of live organisations, pledged against delivered (contributions delivered on or
 * before asOf's day): per status and unit (quantities only add up per unit), per status (unit
 * NULL), and in total (status NULL). Parameters $1 coalition, $2 asOf.
 */
export const COMMITMENT_SUMMARY_SQL = `
  SELECT c.status, c.unit, count(*)::int AS count,
         sum(c.quantity) AS pledged_quantity,
         coalesce(sum(d.quantity), 0) AS delivered_quantity,
         round(sum(c.quantity * c.unit_value_eur), 2) AS pledged_value,
         round(coalesce(sum(d.quantity * c.unit_value_eur), 0), 2) AS delivered_value
    FROM commitment c
    JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id AND o.deleted_at IS NULL
   CROSS JOIN LATERAL (
     SELECT sum(ct.quantity) AS quantity
       FROM contribution ct
      WHERE ct.coalition_id = c.coalition_id AND ct.commitment_id = c.id AND ct.delivered_on <= ${AS_OF_DATE}
   ) d
   WHERE c.coalition_id = $1 AND c.deleted_at IS NULL
   GROUP BY GROUPING SETS ((c.status, c.unit), (c.status), ())
   ORDER BY c.unit NULLS FIRST`;

export interface CommitmentSummaryRow {
  status: CommitmentStatus | null;
  unit: CommitmentUnit | null;
  count: number;
  pledged_quantity: string | null;
  delivered_quantity: string;
  pledged_value: string | null;
  delivered_value: string;
}

/** How far ahead the dashboard looks for people leaving. */
export const DEPARTURE_HORIZON_DAYS = 180;

/** People leaving within the horizon, or past their leaving day but not marked left yet. */
export const DEPARTING_CONDITION = `p.deleted_at IS NULL AND p.status <> 'left' AND p.leaving_on IS NOT NULL
     AND p.leaving_on <= ${AS_OF_DATE} + ${DEPARTURE_HORIZON_DAYS}`;
