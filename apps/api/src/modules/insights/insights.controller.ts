import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type {
  DashboardDto,
  FairShareDto,
  OrganisationInsightsPage,
  ResponsibilitiesDto,
} from '@regiokracht/shared';
import type { Response } from 'express';
import { Roles, STAFF } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { DashboardService } from './dashboard.service';
import type { Cached } from './cache/insights-cache';
import { AsOfQuery } from './dto/as-of.query';
import { FairShareQuery } from './dto/fair-share.query';
import { OrganisationInsightsQuery } from './dto/organisation-insights.query';
import { FairShareService } from './fair-share.service';
import { OrganisationInsightsService } from './organisation-insights.service';
import { ResponsibilitiesService } from './responsibilities.service';

/** Coalition-wide analytics for staff; partners see their own figures through the portal. */
@ApiTags('insights')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/insights')
export class InsightsController {
  constructor(
    private readonly organisations: OrganisationInsightsService,
    private readonly dashboards: DashboardService,
    private readonly responsibilities: ResponsibilitiesService,
    private readonly fairShares: FairShareService,
  ) {}

  @Get('organisations')
  @Roles(STAFF)
  async listOrganisations(
    @Ctx() ctx: CoalitionContext,
    @Query() query: OrganisationInsightsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganisationInsightsPage> {
    return withCacheStatus(res, await this.organisations.list(ctx, query));
  }

  @Get('dashboard')
  @Roles(STAFF)
  async dashboard(
    @Ctx() ctx: CoalitionContext,
    @Query() query: AsOfQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DashboardDto> {
    return withCacheStatus(res, await this.dashboards.get(ctx, query.asOf));
  }

  @Get('responsibilities')
  @Roles(STAFF)
  listResponsibilities(@Ctx() ctx: CoalitionContext): Promise<ResponsibilitiesDto> {
    return this.responsibilities.get(ctx);
  }

  @Get('fair-share')
  @Roles(STAFF)
  fairShare(@Ctx() ctx: CoalitionContext, @Query() query: FairShareQuery): Promise<FairShareDto> {
    return this.fairShares.get(ctx, query);
  }
}

/** Says whether the figures were reused (RFC 9211 Cache-Status), for operators and the bench. */
function withCacheStatus<T>(res: Response, { value, hit }: Cached<T>): T {
  res.setHeader('Cache-Status', `regiokracht-insights; ${hit ? 'hit' : 'fwd=miss'}`);
  return value;
}
