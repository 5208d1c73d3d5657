import { SIZE_CLASSES, SIZE_WEIGHTS, type SizeClass } from '@regiokracht/shared';

const SIZE_WEIGHT = `CASE o.size_class ${SIZE_CLASSES.map((size) => `WHEN '${size}' THEN ${SIZE_WEIGHTS[size]}`).join(' ')} END`;

/** The delivered total over the companies that take part in the index (those with a size class). */
const TOTAL_DELIVERED = `sum(delivered) FILTER (WHERE weight IS NOT NULL) OVER ()`;

/**
 * Fair share (docs/analytics.md) of every company of a coalition over a period, matching `fairShare()`:
 * index = (delivered · Σ weights) / (Σ delivered · weight), the same double arithmetic as the pure
 * function, rounded to 2 decimals half away from zero. Companies: not deleted, active or paused,
 * or delivered something in the period (one that left still counts for what it gave). A company
 * without a size class has no weight: it is listed with a NULL index and left out of the totals.
 * Delivered values are rounded to cents after the index is computed from the exact ones. Sums
 * per commitment go through the contribution index (LATERAL) and the aggregate is MATERIALIZED:
 * without statistics (PGlite has no autovacuum) the planner would otherwise re-run it per company.
 * Parameters: $1 coalition, $2 first day, $3 last day (both inclusive).
 */
export const FAIR_SHARE_SQL = `
  WITH delivered AS MATERIALIZED (
    SELECT c.organisation_id, sum(c.unit_value_eur * d.quantity) AS value
      FROM commitment c
     CROSS JOIN LATERAL (
       SELECT sum(ct.quantity) AS quantity
         FROM contribution ct
        WHERE ct.coalition_id = c.coalition_id AND ct.commitment_id = c.id
          AND ct.delivered_on BETWEEN $2::date AND $3::date
     ) d
     WHERE c.coalition_id = $1 AND c.deleted_at IS NULL
     GROUP BY c.organisation_id
  ),
  company AS (
    SELECT o.id::text AS organisation_id, o.name, o.size_class, coalesce(d.value, 0) AS delivered,
           ${SIZE_WEIGHT} AS weight
      FROM organisation o
      LEFT JOIN delivered d ON d.organisation_id = o.id
     WHERE o.coalition_id = $1 AND o.deleted_at IS NULL AND o.kind = 'company'
       AND (o.status IN ('active', 'paused') OR d.value > 0)
  )
  SELECT organisation_id, name, size_class, round(delivered, 2) AS delivered,
         round(coalesce(${TOTAL_DELIVERED}, 0), 2) AS total_delivered,
         CASE WHEN weight IS NOT NULL AND ${TOTAL_DELIVERED} > 0
              THEN round(((delivered::float8 * sum(weight) OVER ())
                          / (${TOTAL_DELIVERED}::float8 * weight))::numeric, 2) END AS index
    FROM company
   ORDER BY lower(name), organisation_id`;

export interface FairShareRow {
  organisation_id: string;
  name: string;
  size_class: SizeClass | null;
  delivered: string | number;
  total_delivered: string | number;
  index: string | number | null;
}
