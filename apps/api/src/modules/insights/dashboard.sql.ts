import type { CommitmentStatus, CommitmentUnit } from '@regiokracht/shared';
import { AS_OF_DATE } from './analytics-context';
import { OPEN_ACTION_STATUSES_SQL } from './succession.sql';

/** Open action items past their due date at asOf. */
const OVERDUE = `a.status IN (${OPEN_ACTION_STATUSES_SQL}) AND a.due_on < ${AS_OF_DATE}`;

/** Overdue action items per organisation at asOf. Parameters $1 coalition, $2 asOf. */
export const OVERDUE_BY_ORGANISATION_SQL = `
  SELECT a.organisation_id::text AS organisation_id, count(*)::int AS overdue
    FROM action_item a
   WHERE a.coalition_id = $1 AND a.deleted_at IS NULL AND a.organisation_id IS NOT NULL AND ${OVERDUE}
   GROUP BY a.organisation_id`;

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
