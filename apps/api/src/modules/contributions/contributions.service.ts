import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS,
  type CommitmentStatus,
  type ContributionDto,
  type Page,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { conflict } from '../../common/errors/conflict';
import { toPage } from '../../common/pagination/page';
import { commitmentsRepository } from '../commitments/commitments.repository';
import { partnerOrganisation } from '../commitments/support/references';
import { toContributionDto } from './contribution.mapper';
import { CONTRIBUTION_COLUMNS, contributionsRepository } from './contributions.repository';
import type { CreateContributionDto } from './dto/create-contribution.dto';
import type { ListContributionsQuery } from './dto/list-contributions.query';
import type { UpdateContributionDto } from './dto/update-contribution.dto';

@Injectable()
export class ContributionsService {
  private readonly contributions = contributionsRepository;
  private readonly commitments = commitmentsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: CoalitionContext,
    commitmentId: string,
    query: ListContributionsQuery,
  ): Promise<Page<ContributionDto>> {
    await this.commitment(this.db.manager, ctx, commitmentId);
    const { rows, total } = await this.contributions.list(
      this.db.manager,
      ctx.coalitionId,
      commitmentId,
      query,
    );
    return toPage(rows.map(toContributionDto), total, query);
  }

  async get(ctx: CoalitionContext, commitmentId: string, id: string): Promise<ContributionDto> {
    await this.commitment(this.db.manager, ctx, commitmentId);
    return this.find(this.db.manager, ctx.coalitionId, commitmentId, id);
  }

  /** Staff and the commitment's own partner report deliveries; the report says which of the two. */
  create(
    ctx: CoalitionContext,
    commitmentId: string,
    input: CreateContributionDto,
  ): Promise<ContributionDto> {
    return this.db.transaction(async (manager) => {
      const status = await this.commitment(manager, ctx, commitmentId, true);
      if (COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS.includes(status)) {
        throw conflict(`Nothing can be delivered on a ${status} commitment`, [
          { field: 'commitmentId', message: `the commitment is ${status}` },
        ]);
      }
      const id = await this.contributions.insert(manager, ctx.coalitionId, commitmentId, {
        ...input,
        reportedByUserId: ctx.user.id,
        reportedByPartner: ctx.role === 'partner',
      });
      const after = await this.find(manager, ctx.coalitionId, commitmentId, id);
      await this.record(manager, ctx, id, 'create', null, after);
      return after;
    });
  }

  update(
    ctx: CoalitionContext,
    commitmentId: string,
    id: string,
    input: UpdateContributionDto,
  ): Promise<ContributionDto> {
    return this.db.transaction(async (manager) => {
      await this.commitment(manager, ctx, commitmentId);
      const before = await this.find(manager, ctx.coalitionId, commitmentId, id);
      await this.contributions.update(
        manager,
        ctx.coalitionId,
        id,
        input.version,
        patchColumns(input, CONTRIBUTION_COLUMNS),
      );
      const after = await this.find(manager, ctx.coalitionId, commitmentId, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Hard delete: a contribution entered by mistake never happened; the audit event keeps its values. */
  remove(ctx: CoalitionContext, commitmentId: string, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      await this.commitment(manager, ctx, commitmentId);
      const before = await this.find(manager, ctx.coalitionId, commitmentId, id);
      await this.contributions.delete(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  /** The live commitment's status, visible to the caller (a partner: only its own organisation's), else 404. */
  private commitment(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    lock = false,
  ): Promise<CommitmentStatus> {
    return this.commitments.statusForDelivery(
      manager,
      ctx.coalitionId,
      id,
      partnerOrganisation(ctx),
      lock,
    );
  }

  private async find(
    manager: EntityManager,
    coalitionId: string,
    commitmentId: string,
    id: string,
  ): Promise<ContributionDto> {
    return toContributionDto(await this.contributions.find(manager, coalitionId, commitmentId, id));
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: ContributionDto | null,
    after: ContributionDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'contribution',
      entityId: id,
      action,
      before,
      after,
    });
  }
}
