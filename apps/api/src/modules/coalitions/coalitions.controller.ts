import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { CoalitionDto } from '@regiokracht/shared';
import { AdminAllowed, ANY_MEMBER, COORDINATORS, Roles } from '../../common/auth/roles';
import {
  type AuthenticatedUser,
  type CoalitionContext,
  Ctx,
  CurrentUser,
} from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { CoalitionsService } from './coalitions.service';
import { CreateCoalitionDto } from './dto/create-coalition.dto';
import { UpdateCoalitionDto } from './dto/update-coalition.dto';

@ApiTags('coalitions')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions')
export class CoalitionsController {
  constructor(private readonly coalitions: CoalitionsService) {}

  @Get()
  listMine(@CurrentUser() user: AuthenticatedUser): Promise<CoalitionDto[]> {
    return this.coalitions.listMine(user);
  }

  @Post()
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateCoalitionDto,
  ): Promise<CoalitionDto> {
    return this.coalitions.create(user, body);
  }

  @Get(':cid')
  @Roles(ANY_MEMBER)
  @AdminAllowed()
  get(@Ctx() ctx: CoalitionContext, @Param('cid') _cid: string): Promise<CoalitionDto> {
    return this.coalitions.get(ctx);
  }

  @Patch(':cid')
  @Roles(COORDINATORS)
  @AdminAllowed()
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('cid') _cid: string,
    @Body() body: UpdateCoalitionDto,
  ): Promise<CoalitionDto> {
    return this.coalitions.update(ctx, body);
  }
}
