import type { EntityManager } from 'typeorm';
import { computeDashboardParts } from '../src/modules/insights/dashboard-parts';
import { assembleDashboard } from '../src/modules/insights/dashboard.service';
import { OrganisationInsightsQuery } from '../src/modules/insights/dto/organisation-insights.query';
import { computeInsightBase } from '../src/modules/insights/insight-base';
import { insightPage } from '../src/modules/insights/insight-page';

export type QueryFn = (sql: string, params: unknown[]) => Promise<unknown[]>;
export type InsightsEndpoint = 'insights/organisations' | 'insights/dashboard';

/**
 * Computes what an insights endpoint answers with its own code and queries, on a plain query
 * function: no cache, no Nest, HTTP, session or guards. `npm run bench` times this as "the bare
 * SQL the endpoint runs" and compares it with the API's latency, so the report shows what the
 * HTTP layer adds (and, with the cache on, what the cache saves).
 */
export async function runInsightsEndpoint(
  endpoint: InsightsEndpoint,
  coalitionId: string,
  asOf: Date,
  query: QueryFn,
): Promise<unknown> {
  const manager = { query } as unknown as EntityManager;
  // The pool hands each query its own connection: the halves run side by side, as in the API.
  const base = await computeInsightBase(manager, coalitionId, asOf, manager);
  switch (endpoint) {
    case 'insights/organisations':
      return insightPage(
        base,
        Object.assign(new OrganisationInsightsQuery(), { page: 1, pageSize: 50 }),
      );
    case 'insights/dashboard':
      return assembleDashboard(base, await computeDashboardParts(manager, coalitionId, base.asOf));
  }
}
