import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EngagementPoint, OrganisationInsightsPage } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { likePattern, orderBy, toPage } from '../../common/pagination/page';
import { sqlRows } from '../../database/sql';
import {
  type AnalyticsContext,
  analyticsParams,
  loadAnalyticsContext,
  resolveAsOf,
} from './analytics-context';
import { ENGAGEMENT_SERIES_SQL, SERIES_POINTS } from './engagement-series.sql';
import { loadPersonNames, personIdsOf, toEngagement, toSuccession } from './insight.mapper';
import { INSIGHT_CTES, INSIGHT_SORTS, type InsightRow } from './organisation-insights.sql';
import type { OrganisationInsightsQuery } from './dto/organisation-insights.query';

@Injectable()
export class OrganisationInsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One query for the page (filtered, sorted and counted in SQL), one for its sparklines, one for names. */
  async list(
    ctx: CoalitionContext,
    query: OrganisationInsightsQuery,
  ): Promise<OrganisationInsightsPage> {
    const manager = this.db.manager;
    const analytics = await loadAnalyticsContext(
      manager,
      ctx.coalitionId,
      resolveAsOf(query.asOf, this.clock),
    );
    const params = analyticsParams(analytics);
    const where = ['true'];
    if (query.health) {
      params.push(query.health);
      where.push(`health = $${params.length}`);
    }
    if (query.risk) {
      params.push(query.risk);
      where.push(`risk_level = $${params.length}`);
    }
    if (query.q) {
      params.push(likePattern(query.q));
      where.push(`name ILIKE $${params.length}`);
    }
    const rows = await sqlRows<InsightRow & { total: string }>(
      manager,
      `${INSIGHT_CTES}
       SELECT count(*) OVER () AS total, insight.*
         FROM insight
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy(query.sort, INSIGHT_SORTS, 'name', 'lower(name), organisation_id')}
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const ids = rows.map((r) => r.organisation_id);
    const [series, names] = await Promise.all([
      loadSeries(manager, analytics, ids),
      loadPersonNames(manager, ctx.coalitionId, personIdsOf(rows)),
    ]);
    const items = rows.map((row) => ({
      organisationId: row.organisation_id,
      name: row.name,
      kind: row.kind,
      status: row.status,
      engagement: toEngagement(row),
      succession: toSuccession(row, names),
      series: series.get(row.organisation_id) ?? [],
    }));
    return {
      ...toPage(items, Number(rows[0]?.total ?? 0), query),
      asOf: analytics.asOf.toISOString(),
      settings: analytics.settings,
    };
  }
}

/** Monthly engagement points of the given organisations, oldest first. */
async function loadSeries(
  manager: EntityManager,
  analytics: AnalyticsContext,
  organisationIds: readonly string[],
): Promise<Map<string, EngagementPoint[]>> {
  const byOrganisation = new Map<string, EngagementPoint[]>();
  if (organisationIds.length === 0) return byOrganisation;
  const rows = await sqlRows<{ organisation_id: string; at: string; score: string | number }>(
    manager,
    ENGAGEMENT_SERIES_SQL,
    [
      analytics.coalitionId,
      analytics.asOf.toISOString(),
      analytics.settings.halfLifeDays,
      organisationIds,
      SERIES_POINTS,
    ],
  );
  for (const row of rows) {
    const points = byOrganisation.get(row.organisation_id) ?? [];
    points.push({ at: row.at, score: Number(row.score) });
    byOrganisation.set(row.organisation_id, points);
  }
  return byOrganisation;
}
