import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { PortalDto } from '@regiokracht/shared';
import { ANY_MEMBER, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { PortalQuery } from './dto/portal.query';
import { PortalService } from './portal.service';

/** A partner's own figures with anonymised comparisons; staff may preview any organisation's. */
@ApiTags('portal')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/portal')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Get()
  @Roles(ANY_MEMBER)
  get(@Ctx() ctx: CoalitionContext, @Query() query: PortalQuery): Promise<PortalDto> {
    return this.portal.get(ctx, query.organisationId);
  }
}
