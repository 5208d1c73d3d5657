import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { InteractionDto, Page } from '@regiokracht/shared';
import { EDITORS, Roles, STAFF } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CreateInteractionDto } from './dto/create-interaction.dto';
import { ListInteractionsQuery } from './dto/list-interactions.query';
import { UpdateInteractionDto } from './dto/update-interaction.dto';
import { InteractionsService } from './interactions.service';

/**
 * Partners get 403 on every route here: an interaction lists several organisations (and their
 * people), so even one that involves the partner would show them others.
 */
@ApiTags('interactions')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/interactions')
export class InteractionsController {
  constructor(private readonly interactions: InteractionsService) {}

  @Get()
  @Roles(STAFF)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListInteractionsQuery,
  ): Promise<Page<InteractionDto>> {
    return this.interactions.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(
    @Ctx() ctx: CoalitionContext,
    @Body() body: CreateInteractionDto,
  ): Promise<InteractionDto> {
    return this.interactions.create(ctx, body);
  }

  @Get(':id')
  @Roles(STAFF)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<InteractionDto> {
    return this.interactions.get(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateInteractionDto,
  ): Promise<InteractionDto> {
    return this.interactions.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(EDITORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.interactions.remove(ctx, id);
  }
}
