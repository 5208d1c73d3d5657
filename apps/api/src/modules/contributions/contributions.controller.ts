import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { ContributionDto, Page } from '@regiokracht/shared';
import { ANY_MEMBER, EDITORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { ContributionsService } from './contributions.service';
import { CreateContributionDto } from './dto/create-contribution.dto';
import { ListContributionsQuery } from './dto/list-contributions.query';
import { UpdateContributionDto } from './dto/update-contribution.dto';

@ApiTags('commitments')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/commitments/:commitmentId/contributions')
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  @Get()
  @Roles(ANY_MEMBER)
  list(
    @Ctx() ctx: CoalitionContext,
    @Param('commitmentId', UuidPipe) commitmentId: string,
    @Query() query: ListContributionsQuery,
  ): Promise<Page<ContributionDto>> {
    return this.contributions.list(ctx, commitmentId, query);
  }

  /** Partners may report deliveries on their own organisation's commitments. */
  @Post()
  @Roles(EDITORS, ['partner'])
  create(
    @Ctx() ctx: CoalitionContext,
    @Param('commitmentId', UuidPipe) commitmentId: string,
    @Body() body: CreateContributionDto,
  ): Promise<ContributionDto> {
    return this.contributions.create(ctx, commitmentId, body);
  }

  @Get(':id')
  @Roles(ANY_MEMBER)
  get(
    @Ctx() ctx: CoalitionContext,
    @Param('commitmentId', UuidPipe) commitmentId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<ContributionDto> {
    return this.contributions.get(ctx, commitmentId, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('commitmentId', UuidPipe) commitmentId: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateContributionDto,
  ): Promise<ContributionDto> {
    return this.contributions.update(ctx, commitmentId, id, body);
  }

  @Delete(':id')
  @Roles(EDITORS)
  @HttpCode(204)
  remove(
    @Ctx() ctx: CoalitionContext,
    @Param('commitmentId', UuidPipe) commitmentId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<void> {
    return this.contributions.remove(ctx, commitmentId, id);
  }
}
