import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { InitiativeDto, Page } from '@regiokracht/shared';
import { COORDINATORS, EDITORS, Roles, STAFF } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CreateInitiativeDto } from './dto/create-initiative.dto';
import { ListInitiativesQuery } from './dto/list-initiatives.query';
import { UpdateInitiativeDto } from './dto/update-initiative.dto';
import { InitiativesService } from './initiatives.service';

@ApiTags('initiatives')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Get()
  @Roles(STAFF)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListInitiativesQuery,
  ): Promise<Page<InitiativeDto>> {
    return this.initiatives.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(@Ctx() ctx: CoalitionContext, @Body() body: CreateInitiativeDto): Promise<InitiativeDto> {
    return this.initiatives.create(ctx, body);
  }

  @Get(':id')
  @Roles(STAFF)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<InitiativeDto> {
    return this.initiatives.get(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateInitiativeDto,
  ): Promise<InitiativeDto> {
    return this.initiatives.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(COORDINATORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.initiatives.remove(ctx, id);
  }
}
