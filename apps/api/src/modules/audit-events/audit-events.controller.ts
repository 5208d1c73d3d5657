import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { AuditEventDto, Page } from '@regiokracht/shared';
import { COORDINATORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { AuditEventsService } from './audit-events.service';
import { ListAuditEventsQuery } from './dto/list-audit-events.query';

@ApiTags('audit-events')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @Roles(COORDINATORS)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListAuditEventsQuery,
  ): Promise<Page<AuditEventDto>> {
    return this.events.list(ctx, query);
  }
}
