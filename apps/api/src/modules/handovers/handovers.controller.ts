import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { HandoverDto, HandoverListItemDto, Page } from '@regiokracht/shared';
import { EDITORS, Roles, STAFF } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CreateHandoverDto } from './dto/create-handover.dto';
import { ListHandoversQuery } from './dto/list-handovers.query';
import { UpdateHandoverDto } from './dto/update-handover.dto';
import { HandoverCompletionService } from './handover-completion.service';
import { HandoversService } from './handovers.service';

/** Coordinators and members run handovers; viewers read them; partners never see them. */
@ApiTags('handovers')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/handovers')
export class HandoversController {
  constructor(
    private readonly handovers: HandoversService,
    private readonly completion: HandoverCompletionService,
  ) {}

  @Get()
  @Roles(STAFF)
  list(
    @Ctx() ctx: CoalitionContext,
    @Query() query: ListHandoversQuery,
  ): Promise<Page<HandoverListItemDto>> {
    return this.handovers.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(@Ctx() ctx: CoalitionContext, @Body() body: CreateHandoverDto): Promise<HandoverDto> {
    return this.handovers.create(ctx, body);
  }

  @Get(':id')
  @Roles(STAFF)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<HandoverDto> {
    return this.handovers.get(ctx, id);
  }

  /** The dossier for the successor as a printable, self-contained HTML page. */
  @Get(':id/report.html')
  @Roles(STAFF)
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'Self-contained HTML page, ready to print to PDF',
    content: { 'text/html': {} },
  })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  report(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<string> {
    return this.handovers.reportHtml(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateHandoverDto,
  ): Promise<HandoverDto> {
    return this.handovers.update(ctx, id, body);
  }

  /** Idempotent: a completed handover answers its stored report again and changes nothing. */
  @Post(':id/complete')
  @Roles(EDITORS)
  @HttpCode(200)
  complete(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<HandoverDto> {
    return this.completion.complete(ctx, id);
  }

  @Delete(':id')
  @Roles(EDITORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.handovers.remove(ctx, id);
  }
}
