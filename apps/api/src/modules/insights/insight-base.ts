import type { CoalitionSettings, OrganisationInsightDto } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import { analyticsParams, loadAnalyticsContext } from './analytics-context';
import { loadPersonNames, personIdsOf, toEngagement, toSuccession } from './insight.mapper';
import {
  ENGAGEMENT_HALF_SQL,
  type InsightRow,
  SUCCESSION_HALF_SQL,
} from './organisation-insights.sql';

/**
 * One organisation's insight with the keys the list sorts and the dashboard ranks by. `nameRank`
 * and `idRank` are ranks computed by PostgreSQL (`lower(name)` under the database's collation,
 * the id as text), so ordering in memory gives exactly the order SQL would.
 */
export interface InsightEntry {
  dto: OrganisationInsightDto;
  nameRank: number;
  idRank: number;
  healthRank: number;
  riskRank: number;
}

/**
 * Every current organisation's insight at one instant: what insights/organisations pages through
 * and the dashboard summarises. Computed in one go and cached (insights-cache.ts), so the pages
 * of a list and the dashboard beside it cost one computation between two changes.
 */
export interface InsightBase {
  asOf: string;
  settings: CoalitionSettings;
  entries: InsightEntry[];
}

type RankedRow = InsightRow & {
  series_at: string[] | null;
  series_score: (string | number)[] | null;
  name_rank: string | number;
  id_rank: string | number;
  health_rank: number;
  risk_rank: number;
};

type SuccessionHalfRow = Pick<
  RankedRow,
  | 'organisation_id'
  | 'no_contact'
  | 'key_leaving_ids'
  | 'key_left_ids'
  | 'leaving_owner_ids'
  | 'single_ids'
  | 'concentrated_ids'
  | 'orphaned_item_ids'
  | 'orphaned_owner_ids'
  | 'risk_score'
  | 'risk_level'
  | 'risk_rank'
>;

type EngagementHalfRow = Omit<RankedRow, keyof SuccessionHalfRow> & { organisation_id: string };

/**
 * Four queries: the coalition's settings, the engagement half with sparklines and the succession
 * half of the insights of all organisations, the names of the people the factors mention. With
 * `side`, a second connection in the same snapshot (insights-cache.ts), the halves run side by side.
 */
export async function computeInsightBase(
  manager: EntityManager,
  coalitionId: string,
  asOf: Date,
  side?: EntityManager,
): Promise<InsightBase> {
  const analytics = await loadAnalyticsContext(manager, coalitionId, asOf);
  const params = analyticsParams(analytics);
  const engagementHalf = side
    ? sqlRows<EngagementHalfRow>(side, ENGAGEMENT_HALF_SQL, params)
    : undefined;
  const succession = await sqlRows<SuccessionHalfRow>(
    manager,
    SUCCESSION_HALF_SQL,
    params.slice(0, 2),
  );
  // One connection runs one query at a time: without a side, the halves go one after the other.
  const engagement = await (engagementHalf ??
    sqlRows<EngagementHalfRow>(manager, ENGAGEMENT_HALF_SQL, params));
  const successionOf = new Map(succession.map((row) => [row.organisation_id, row]));
  const rows: RankedRow[] = engagement.map((row) => {
    const half = successionOf.get(row.organisation_id);
    if (!half) throw new Error(`No succession for organisation ${row.organisation_id}`);
    return { ...row, ...half };
  });
  const names = await loadPersonNames(manager, coalitionId, personIdsOf(rows));
  return {
    asOf: analytics.asOf.toISOString(),
    settings: analytics.settings,
    entries: rows.map((row) => ({
      dto: {
        organisationId: row.organisation_id,
        name: row.name,
        kind: row.kind,
        status: row.status,
        engagement: toEngagement(row),
        succession: toSuccession(row, names),
        series: (row.series_at ?? []).map((at, k) => ({
          at,
          score: Number(row.series_score![k]),
        })),
      },
      nameRank: Number(row.name_rank),
      idRank: Number(row.id_rank),
      healthRank: row.health_rank,
      riskRank: row.risk_rank,
    })),
  };
}
