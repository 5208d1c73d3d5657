import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { ActionItemDto, BulkAssignActionItemsResponse, Page } from '@regiokracht/shared';
import { ANY_MEMBER, EDITORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { ActionItemsService } from './action-items.service';
import { BulkAssignActionItemsDto } from './dto/bulk-assign-action-items.dto';
import { CreateActionItemDto } from './dto/create-action-item.dto';
import { ListActionItemsQuery } from './dto/list-action-items.query';
import { UpdateActionItemDto } from './dto/update-action-item.dto';

@ApiTags('action-items')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/action-items')
export class ActionItemsController {
  constructor(private readonly actionItems: ActionItemsService) {}

  /** Partners see only their own organisation's action items. */
  @Get()
  @Roles(ANY_MEMBER)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListActionItemsQuery,
  ): Promise<Page<ActionItemDto>> {
    return this.actionItems.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(@Ctx() ctx: CoalitionContext, @Body() body: CreateActionItemDto): Promise<ActionItemDto> {
    return this.actionItems.create(ctx, body);
  }

  @Post('bulk-assign')
  @Roles(EDITORS)
  @HttpCode(200)
  bulkAssign(
    @Ctx() ctx: CoalitionContext,
    @Body() body: BulkAssignActionItemsDto,
  ): Promise<BulkAssignActionItemsResponse> {
    return this.actionItems.bulkAssign(ctx, body);
  }

  @Get(':id')
  @Roles(ANY_MEMBER)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<ActionItemDto> {
    return this.actionItems.get(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.actionItems.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(EDITORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.actionItems.remove(ctx, id);
  }
}
