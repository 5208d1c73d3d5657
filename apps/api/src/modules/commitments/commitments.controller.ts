import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { CommitmentDto, Page } from '@regiokracht/shared';
import { ANY_MEMBER, COORDINATORS, EDITORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CommitmentsService } from './commitments.service';
import { CreateCommitmentDto } from './dto/create-commitment.dto';
import { ListCommitmentsQuery } from './dto/list-commitments.query';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

@ApiTags('commitments')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/commitments')
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  /** Partners see only their own organisation's commitments. */
  @Get()
  @Roles(ANY_MEMBER)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListCommitmentsQuery,
  ): Promise<Page<CommitmentDto>> {
    return this.commitments.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(@Ctx() ctx: CoalitionContext, @Body() body: CreateCommitmentDto): Promise<CommitmentDto> {
    return this.commitments.create(ctx, body);
  }

  @Get(':id')
  @Roles(ANY_MEMBER)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<CommitmentDto> {
    return this.commitments.get(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateCommitmentDto,
  ): Promise<CommitmentDto> {
    return this.commitments.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(COORDINATORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.commitments.remove(ctx, id);
  }
}
