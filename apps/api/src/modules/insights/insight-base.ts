import type { CoalitionSettings, OrganisationInsightDto } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import { analyticsParams, loadAnalyticsContext } from './analytics-context';
import { loadPersonNames, personIdsOf, toEngagement, toSuccession } from './insight.mapper';
import { insightCtes, type InsightRow } from './organisation-insights.sql';

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

/**
 * Three queries: the coalition's settings, the insight CTEs with sparklines for all organisations
 * (one pass over the interactions), the names of the people the factors mention.
 */
export async function computeInsightBase(
  manager: EntityManager,
  coalitionId: string,
  asOf: Date,
): Promise<InsightBase> {
  const analytics = await loadAnalyticsContext(manager, coalitionId, asOf);
  const rows = await sqlRows<RankedRow>(
    manager,
    `${insightCtes({ series: true })}
     SELECT insight.*,
            dense_rank() OVER (ORDER BY lower(name)) AS name_rank,
            row_number() OVER (ORDER BY organisation_id) AS id_rank
       FROM insight`,
    analyticsParams(analytics),
  );
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
