import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BenefitDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { toPage } from '../../common/pagination/page';
import { assertReference, partnerOrganisation } from '../commitments/support/references';
import { toBenefitDto } from './benefit.mapper';
import { BENEFIT_COLUMNS, benefitsRepository } from './benefits.repository';
import type { CreateBenefitDto } from './dto/create-benefit.dto';
import type { ListBenefitsQuery } from './dto/list-benefits.query';
import type { UpdateBenefitDto } from './dto/update-benefit.dto';

@Injectable()
export class BenefitsService {
  private readonly benefits = benefitsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListBenefitsQuery): Promise<Page<BenefitDto>> {
    const { rows, total } = await this.benefits.list(
      this.db.manager,
      ctx.coalitionId,
      query,
      partnerOrganisation(ctx),
    );
    return toPage(rows.map(toBenefitDto), total, query);
  }

  get(ctx: CoalitionContext, id: string): Promise<BenefitDto> {
    return this.find(this.db.manager, ctx, id);
  }

  create(ctx: CoalitionContext, input: CreateBenefitDto): Promise<BenefitDto> {
    return this.db.transaction(async (manager) => {
      await this.checkOrganisation(manager, ctx, input.organisationId);
      const id = await this.benefits.insert(manager, ctx.coalitionId, input);
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateBenefitDto): Promise<BenefitDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await this.checkOrganisation(manager, ctx, input.organisationId);
      await this.benefits.update(
        manager,
        ctx.coalitionId,
        id,
        input.version,
        patchColumns(input, BENEFIT_COLUMNS),
      );
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await this.benefits.softDelete(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private async find(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
  ): Promise<BenefitDto> {
    const row = await this.benefits.findLive(
      manager,
      ctx.coalitionId,
      id,
      partnerOrganisation(ctx),
    );
    return toBenefitDto(row);
  }

  private checkOrganisation(
    manager: EntityManager,
    ctx: CoalitionContext,
    organisationId: string | undefined,
  ): Promise<void> {
    return assertReference(
      manager,
      ctx.coalitionId,
      'organisation',
      organisationId,
      'organisationId',
    );
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: BenefitDto | null,
    after: BenefitDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'benefit',
      entityId: id,
      action,
      before,
      after,
    });
  }
}
