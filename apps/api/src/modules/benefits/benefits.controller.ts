import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { BenefitDto, Page } from '@regiokracht/shared';
import { ANY_MEMBER, EDITORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { BenefitsService } from './benefits.service';
import { CreateBenefitDto } from './dto/create-benefit.dto';
import { ListBenefitsQuery } from './dto/list-benefits.query';
import { UpdateBenefitDto } from './dto/update-benefit.dto';

@ApiTags('benefits')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/benefits')
export class BenefitsController {
  constructor(private readonly benefits: BenefitsService) {}

  /** Partners see only their own organisation's benefits. */
  @Get()
  @Roles(ANY_MEMBER)
  list(@Ctx() ctx: CoalitionContext, @Query() query: ListBenefitsQuery): Promise<Page<BenefitDto>> {
    return this.benefits.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(@Ctx() ctx: CoalitionContext, @Body() body: CreateBenefitDto): Promise<BenefitDto> {
    return this.benefits.create(ctx, body);
  }

  @Get(':id')
  @Roles(ANY_MEMBER)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<BenefitDto> {
    return this.benefits.get(ctx, id);
  }

  @Patch(':id')
  @Roles(EDITORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateBenefitDto,
  ): Promise<BenefitDto> {
    return this.benefits.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(EDITORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.benefits.remove(ctx, id);
  }
}
