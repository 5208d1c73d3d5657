import type { DataSource, EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { DashboardService } from './dashboard.service';
import { OrganisationInsightsQuery } from './dto/organisation-insights.query';
import { OrganisationInsightsService } from './organisation-insights.service';

export type QueryFn = (sql: string, params: unknown[]) => Promise<unknown[]>;
export type InsightsEndpoint = 'insights/organisations' | 'insights/dashboard';

/**
 * Runs an insights endpoint's service code on a plain query function, without Nest, HTTP, the
 * session or the guards. `npm run bench` times this as "the bare SQL the endpoint runs" and
 * compares it with the API's latency, so the report shows what the HTTP layer adds.
 */
export function runInsightsEndpoint(
  endpoint: InsightsEndpoint,
  coalitionId: string,
  asOf: Date,
  query: QueryFn,
): Promise<unknown> {
  const manager = { query } as unknown as EntityManager;
  const db = { manager } as unknown as DataSource;
  const clock = { now: () => asOf };
  const ctx: CoalitionContext = {
    coalitionId,
    role: 'coordinator',
    organisationId: null,
    user: {
      id: '00000000-0000-0000-0000-000000000000',
      email: 'bench',
      name: 'bench',
      isAdmin: false,
      personId: null,
    },
  };
  switch (endpoint) {
    case 'insights/organisations':
      return new OrganisationInsightsService(db, clock).list(
        ctx,
        Object.assign(new OrganisationInsightsQuery(), { page: 1, pageSize: 50 }),
      );
    case 'insights/dashboard':
      return new DashboardService(db, clock).get(ctx, undefined);
  }
}
