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
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne } from '../../database/sql';
import { partnerOrganisation } from '../commitments/support/references';
import {
  CONTRIBUTION_SELECT,
  type ContributionRow,
  toContributionDto,
} from './contribution.mapper';
import type { CreateContributionDto } from './dto/create-contribution.dto';
import { CONTRIBUTION_SORTS, type ListContributionsQuery } from './dto/list-contributions.query';
import type { UpdateContributionDto } from './dto/update-contribution.dto';

@Injectable()
export class ContributionsService {
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
    const params: unknown[] = [ctx.coalitionId, commitmentId];
    const where = ['k.coalition_id = $1', 'k.commitment_id = $2'];
    if (query.q) {
      params.push(likePattern(query.q));
      where.push(`k.note ILIKE $${params.length}`);
    }
    return listPage(this.db.manager, {
      select: CONTRIBUTION_SELECT,
      where: new SqlFilter(where, params),
      orderBy: orderBy(query.sort, CONTRIBUTION_SORTS, '-deliveredOn', 'k.id'),
      map: (row: ContributionRow) => toContributionDto(row),
      ...query,
    });
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
      const commitment = await this.commitment(manager, ctx, commitmentId, true);
      if (COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS.includes(commitment.status)) {
        throw conflict(`Nothing can be delivered on a ${commitment.status} commitment`, [
          { field: 'commitmentId', message: `the commitment is ${commitment.status}` },
        ]);
      }
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO contribution (coalition_id, commitment_id, delivered_on, quantity, note,
                                   reported_by_user_id, reported_by_partner)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          ctx.coalitionId,
          commitmentId,
          input.deliveredOn,
          input.quantity,
          input.note ?? null,
          ctx.user.id,
          ctx.role === 'partner',
        ],
      );
      const after = await this.find(manager, ctx.coalitionId, commitmentId, inserted!.id);
      await this.record(manager, ctx, after.id, 'create', null, after);
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
      const set: Record<string, unknown> = {};
      if (input.deliveredOn !== undefined) set.delivered_on = input.deliveredOn;
      if (input.quantity !== undefined) set.quantity = input.quantity;
      if (input.note !== undefined) set.note = input.note;
      await updateVersioned(manager, {
        table: 'contribution',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set,
        label: 'Contribution',
        softDelete: false,
      });
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
      await manager.query('DELETE FROM contribution WHERE coalition_id = $1 AND id = $2', [
        ctx.coalitionId,
        id,
      ]);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  /** The live commitment, visible to the caller (a partner: only its own organisation's), else 404. */
  private async commitment(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    lock = false,
  ): Promise<{ status: CommitmentStatus }> {
    const params: unknown[] = [ctx.coalitionId, id];
    let scope = '';
    const partnerOrg = partnerOrganisation(ctx);
    if (partnerOrg !== undefined) {
      params.push(partnerOrg);
      scope = ' AND organisation_id = $3';
    }
    // A concurrent withdrawal must not slip in between the status check and the insert.
    const row = await sqlOne<{ status: CommitmentStatus }>(
      manager,
      `SELECT status FROM commitment
        WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL${scope}${lock ? ' FOR SHARE' : ''}`,
      params,
    );
    if (!row) throw notFound('Commitment');
    return row;
  }

  private async find(
    manager: EntityManager,
    coalitionId: string,
    commitmentId: string,
    id: string,
  ): Promise<ContributionDto> {
    const row = await sqlOne<ContributionRow>(
      manager,
      `${CONTRIBUTION_SELECT} WHERE k.coalition_id = $1 AND k.commitment_id = $2 AND k.id = $3`,
      [coalitionId, commitmentId, id],
    );
    if (!row) throw notFound('Contribution');
    return toContributionDto(row);
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
