import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { OrganisationDto, Page } from '@regiokracht/shared';
import { ANY_MEMBER, COORDINATORS, EDITORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { ListOrganisationsQuery } from './dto/list-organisations.query';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { OrganisationsService } from './organisations.service';

/** Partners read only their own organisation; the service scopes every read. */
@ApiTags('organisations')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles(ANY_MEMBER)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListOrganisationsQuery,
  ): Promise<Page<OrganisationDto>> {
    return this.organisations.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(
    @Ctx() ctx: CoalitionContext,
    @Body() body: CreateOrganisationDto,
  ): Promise<OrganisationDto> {
    return this.organisations.create(ctx, body);
  }

  @Get(':id')
  @Roles(ANY_MEMBER)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<OrganisationDto> {
    return this.organisations.get(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationDto> {
    return this.organisations.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(COORDINATORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.organisations.remove(ctx, id);
  }

  @Post(':id/restore')
  @Roles(COORDINATORS)
  @HttpCode(200)
  restore(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<OrganisationDto> {
    return this.organisations.restore(ctx, id);
  }
}
