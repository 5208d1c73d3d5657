import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BenefitDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { sqlOne } from '../../database/sql';
import {
  assertReference,
  partnerOrganisation,
  partnerScope,
} from '../commitments/support/references';
import { BENEFIT_SELECT, type BenefitRow, toBenefitDto } from './benefit.mapper';
import type { CreateBenefitDto } from './dto/create-benefit.dto';
import { BENEFIT_SORTS, type ListBenefitsQuery } from './dto/list-benefits.query';
import type { UpdateBenefitDto } from './dto/update-benefit.dto';

const COLUMNS = {
  organisationId: 'organisation_id',
  kind: 'kind',
  quantity: 'quantity',
  receivedOn: 'received_on',
  note: 'note',
} as const;

@Injectable()
export class BenefitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListBenefitsQuery): Promise<Page<BenefitDto>> {
    const where = new SqlFilter(['b.coalition_id = $1', 'b.deleted_at IS NULL'], [ctx.coalitionId]);
    const add = where.add.bind(where);
    const partnerOrg = partnerOrganisation(ctx);
    if (partnerOrg !== undefined) add((n) => `b.organisation_id = ${n}`, partnerOrg);
    if (query.organisationId) add((n) => `b.organisation_id = ${n}`, query.organisationId);
    if (query.kind?.length) add((n) => `b.kind = ANY(${n}::text[])`, query.kind);
    if (query.from) add((n) => `b.received_on >= ${n}::date`, query.from);
    if (query.to) add((n) => `b.received_on <= ${n}::date`, query.to);
    if (query.q) add((n) => `b.note ILIKE ${n}`, likePattern(query.q));
    return listPage(this.db.manager, {
      select: BENEFIT_SELECT,
      where,
      orderBy: orderBy(query.sort, BENEFIT_SORTS, '-receivedOn', 'b.id'),
      map: (row: BenefitRow) => toBenefitDto(row),
      ...query,
    });
  }

  get(ctx: CoalitionContext, id: string): Promise<BenefitDto> {
    return this.find(this.db.manager, ctx, id);
  }

  create(ctx: CoalitionContext, input: CreateBenefitDto): Promise<BenefitDto> {
    return this.db.transaction(async (manager) => {
      await assertReference(
        manager,
        ctx.coalitionId,
        'organisation',
        input.organisationId,
        'organisationId',
      );
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO benefit (coalition_id, organisation_id, kind, quantity, received_on, note)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          ctx.coalitionId,
          input.organisationId,
          input.kind,
          input.quantity ?? 1,
          input.receivedOn,
          input.note ?? null,
        ],
      );
      const after = await this.find(manager, ctx, inserted!.id);
      await this.record(manager, ctx, after.id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateBenefitDto): Promise<BenefitDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await assertReference(
        manager,
        ctx.coalitionId,
        'organisation',
        input.organisationId,
        'organisationId',
      );
      await updateVersioned(manager, {
        table: 'benefit',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set: patchColumns(input, COLUMNS),
        label: 'Benefit',
      });
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await softDeleteRow(manager, 'benefit', ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private async find(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
  ): Promise<BenefitDto> {
    const params: unknown[] = [ctx.coalitionId, id];
    const scope = partnerScope(ctx, 'b.organisation_id', params);
    const row = await sqlOneOrNotFound<BenefitRow>(
      manager,
      `${BENEFIT_SELECT} WHERE b.coalition_id = $1 AND b.id = $2 AND b.deleted_at IS NULL${scope}`,
      params,
      'Benefit',
    );
    return toBenefitDto(row);
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
