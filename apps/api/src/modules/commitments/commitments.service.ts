import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommitmentDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { invalidField } from '../../common/errors/conflict';
import { toPage } from '../../common/pagination/page';
import { assertAssignable } from '../handovers/assignable-person';
import { toCommitmentDto } from './commitment.mapper';
import {
  COMMITMENT_COLUMNS,
  type CommitmentRow,
  commitmentsRepository,
} from './commitments.repository';
import type { CreateCommitmentDto } from './dto/create-commitment.dto';
import type { ListCommitmentsQuery } from './dto/list-commitments.query';
import type { UpdateCommitmentDto } from './dto/update-commitment.dto';
import { assertReference, partnerOrganisation } from './support/references';

@Injectable()
export class CommitmentsService {
  private readonly commitments = commitmentsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListCommitmentsQuery): Promise<Page<CommitmentDto>> {
    const { rows, total } = await this.commitments.list(
      this.db.manager,
      ctx.coalitionId,
      query,
      partnerOrganisation(ctx),
    );
    const items = await this.withDelivery(this.db.manager, ctx.coalitionId, rows);
    return toPage(items, total, query);
  }

  get(ctx: CoalitionContext, id: string): Promise<CommitmentDto> {
    return this.find(this.db.manager, ctx, id);
  }

  create(ctx: CoalitionContext, input: CreateCommitmentDto): Promise<CommitmentDto> {
    return this.db.transaction(async (manager) => {
      checkPeriod(input.startsOn ?? null, input.endsOn ?? null);
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(manager, ctx.coalitionId, input.contactId, 'contactId');
      const id = await this.commitments.insert(manager, ctx.coalitionId, input);
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, after.id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateCommitmentDto): Promise<CommitmentDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      checkPeriod(
        input.startsOn !== undefined ? input.startsOn : before.startsOn,
        input.endsOn !== undefined ? input.endsOn : before.endsOn,
      );
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(
        manager,
        ctx.coalitionId,
        input.contactId,
        'contactId',
        before.contactId,
      );
      await this.commitments.update(
        manager,
        ctx.coalitionId,
        id,
        input.version,
        patchColumns(input, COMMITMENT_COLUMNS),
      );
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Soft delete: the pledge and its contributions stay for the accountability trail. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await this.commitments.softDelete(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private async find(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
  ): Promise<CommitmentDto> {
    const row = await this.commitments.findLive(
      manager,
      ctx.coalitionId,
      id,
      partnerOrganisation(ctx),
    );
    const [dto] = await this.withDelivery(manager, ctx.coalitionId, [row]);
    return dto;
  }

  /** Delivered totals for a whole page in one aggregate query. */
  private async withDelivery(
    manager: EntityManager,
    coalitionId: string,
    rows: CommitmentRow[],
  ): Promise<CommitmentDto[]> {
    const delivered = await this.commitments.deliveries(
      manager,
      coalitionId,
      rows.map((r) => r.id),
    );
    const byId = new Map(delivered.map((d) => [d.commitment_id, d]));
    return rows.map((r) => toCommitmentDto(r, byId.get(r.id)));
  }

  private async checkReferences(
    manager: EntityManager,
    coalitionId: string,
    input: { organisationId?: string; contactId?: string | null; initiativeId?: string | null },
  ): Promise<void> {
    await assertReference(
      manager,
      coalitionId,
      'organisation',
      input.organisationId,
      'organisationId',
    );
    await assertReference(manager, coalitionId, 'person', input.contactId, 'contactId');
    await assertReference(manager, coalitionId, 'initiative', input.initiativeId, 'initiativeId');
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: CommitmentDto | null,
    after: CommitmentDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'commitment',
      entityId: id,
      action,
      before,
      after,
    });
  }
}

function checkPeriod(startsOn: string | null, endsOn: string | null): void {
  // Dates are validated YYYY-MM-DD strings, so text order is date order.
  if (startsOn && endsOn && endsOn < startsOn) {
    throw invalidField('endsOn', 'must be on or after startsOn');
  }
}
