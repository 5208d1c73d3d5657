import { Injectable } from '@nestjs/common';
import type { DashboardDto } from '@regiokracht/shared';
import type { CoalitionContext } from '../../common/auth/request-context';
import { type Cached, InsightsCache } from './cache/insights-cache';
import { computeDashboardParts, type DashboardParts } from './dashboard-parts';
import { organisationSummary } from './dashboard-summary';
import type { InsightBase } from './insight-base';
import { OrganisationInsightsService } from './organisation-insights.service';

@Injectable()
export class DashboardService {
  constructor(
    private readonly insights: OrganisationInsightsService,
    private readonly cache: InsightsCache,
  ) {}

  /**
   * The organisations' insights (the base the list pages through, shared and cached) and the
   * dashboard's other figures at the same instant (cached beside it), computed in parallel.
   */
  async get(ctx: CoalitionContext, asOf: string | undefined): Promise<Cached<DashboardDto>> {
    const instant = await this.insights.instant(ctx.coalitionId, asOf);
    const [base, parts] = await Promise.all([
      this.insights.base(ctx.coalitionId, instant),
      this.cache.get({
        coalitionId: ctx.coalitionId,
        key: `dashboard@${instant.slot}`,
        compute: (manager) => computeDashboardParts(manager, ctx.coalitionId, instant.iso),
        usable: (value) => value.asOf === instant.iso,
      }),
    ]);
    return { value: assembleDashboard(base.value, parts.value), hit: base.hit && parts.hit };
  }
}

export function assembleDashboard(base: InsightBase, parts: DashboardParts): DashboardDto {
  return {
    asOf: base.asOf,
    settings: base.settings,
    ...organisationSummary(base, parts.overdue),
    actionItems: parts.actionItems,
    commitments: parts.commitments,
    departures: parts.departures,
  };
}
