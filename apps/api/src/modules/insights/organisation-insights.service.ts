import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationInsightsPage } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { likePattern } from '../../common/pagination/page';
import { sqlRows } from '../../database/sql';
import { type Cached, InsightsCache } from './cache/insights-cache';
import { computeInsightBase, type InsightBase } from './insight-base';
import { insightPage } from './insight-page';
import type { OrganisationInsightsQuery } from './dto/organisation-insights.query';

/** An instant as ISO text, and the cache slot of figures computed for it. */
export interface InsightInstant {
  iso: string;
  slot: string;
}

@Injectable()
export class OrganisationInsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly cache: InsightsCache,
  ) {}

  /** A page of the list: from the cached base, plus one query for the names matching `q`. */
  async list(
    ctx: CoalitionContext,
    query: OrganisationInsightsQuery,
  ): Promise<Cached<OrganisationInsightsPage>> {
    const instant = await this.instant(ctx.coalitionId, query.asOf);
    const [base, matchingIds] = await Promise.all([
      this.base(ctx.coalitionId, instant),
      query.q ? this.idsNamed(ctx.coalitionId, query.q) : undefined,
    ]);
    return { value: insightPage(base.value, query, matchingIds), hit: base.hit };
  }

  /**
   * The instant figures are computed for, and the slot they are cached under: an explicit `asOf`
   * is its own slot; "now" shares one live slot per coalition. The live instant is reused for up
   * to the configured live age (a minute by default) while nothing changes in the coalition; a
   * change moves it to the new "now", so a user's own edit shows on their next request.
   */
  async instant(coalitionId: string, asOf: string | undefined): Promise<InsightInstant> {
    if (asOf !== undefined) {
      const iso = new Date(asOf).toISOString();
      return { iso, slot: iso };
    }
    const live = await this.cache.get({
      coalitionId,
      key: 'now',
      compute: () => Promise.resolve(this.clock.now().toISOString()),
      readsDatabase: false,
      usable: (iso) => {
        const age = this.clock.now().getTime() - Date.parse(iso);
        return age >= 0 && age <= this.cache.liveMaxAgeMs;
      },
    });
    return { iso: live.value, slot: 'live' };
  }

  /** Every current organisation's insight at the instant (cached; see insight-base.ts). */
  base(coalitionId: string, instant: InsightInstant): Promise<Cached<InsightBase>> {
    return this.cache.get({
      coalitionId,
      key: `base@${instant.slot}`,
      compute: (manager, side) =>
        computeInsightBase(manager, coalitionId, new Date(instant.iso), side),
      parallel: true,
      usable: (base) => base.asOf === instant.iso,
      units: (base) => base.entries.length,
    });
  }

  private async idsNamed(coalitionId: string, q: string): Promise<Set<string>> {
    const rows = await sqlRows<{ id: string }>(
      this.db.manager,
      `SELECT id::text AS id FROM organisation
        WHERE coalition_id = $1 AND deleted_at IS NULL AND name ILIKE $2`,
      [coalitionId, likePattern(q)],
    );
    return new Set(rows.map((r) => r.id));
  }
}
