import type { Health, OrganisationKind, OrganisationStatus, RiskLevel } from '@regiokracht/shared';
import { daysSinceSql, engagementCtes, healthSql } from './engagement.sql';
import { SUCCESSION_CTES } from './succession.sql';

/**
 * `WITH …` ending in CTE `insight`: engagement and succession of every current organisation (not
 * deleted, not `left`) of the coalition at asOf, with `series: true` also its sparkline
 * (`series_at`, `series_score`). Parameters $1…$7 (analytics-context.ts); a query appends its own
 * SELECT and parameters from $8.
 *
 * score and peak are rounded to 4 decimals at the very end (round(numeric) rounds half away from
 * zero, like the pure `roundTo`); index and health come from the unrounded ratio.
 */
export function insightCtes({ series }: { series: boolean }): string {
  return `
  WITH ${engagementCtes({ series })},
  ${SUCCESSION_CTES},
  insight AS (
    SELECT o.id::text AS organisation_id, o.name, o.kind, o.status,
           round(coalesce(e.score, 0)::numeric, 4) AS score,
           round(coalesce(e.peak, 0)::numeric, 4) AS peak,
           CASE WHEN e.peak > 0 THEN round((100 * m.ratio)::numeric, 0)::int ELSE 0 END AS engagement_index,
           m.days_since,
           h.health,
           s.no_contact, s.key_leaving_ids, s.key_left_ids, s.leaving_owner_ids, s.single_ids,
           s.concentrated_ids, s.orphaned_item_ids, s.orphaned_owner_ids, s.risk_score, s.risk_level,
           array_position(ARRAY['dormant', 'cooling', 'no_contact', 'engaged'], h.health) AS health_rank,
           array_position(ARRAY['high', 'medium', 'low'], s.risk_level) AS risk_rank${series ? ', e.series_at, e.series_score' : ''}
      FROM organisation o
      JOIN succession s ON s.organisation_id = o.id
      LEFT JOIN engagement e ON e.organisation_id = o.id
     CROSS JOIN LATERAL (
       SELECT CASE WHEN e.peak > 0 THEN e.score / e.peak ELSE 0 END AS ratio,
              ${daysSinceSql('e.last_at')} AS days_since
     ) m
     CROSS JOIN LATERAL (SELECT ${healthSql('e.last_at', 'm.days_since', 'm.ratio')} AS health) h
     WHERE o.coalition_id = $1 AND o.deleted_at IS NULL AND o.status <> 'left'
  )`;
}

/** The insight CTEs without sparklines (the daily digest's health check). */
export const INSIGHT_CTES = insightCtes({ series: false });

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
