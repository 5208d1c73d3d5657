import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommitmentDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { invalidField } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { sqlOne, sqlRows } from '../../database/sql';
import {
  COMMITMENT_COLUMNS,
  COMMITMENT_FROM,
  type CommitmentRow,
  DELIVERY_SQL,
  type DeliveryRow,
  toCommitmentDto,
} from './commitment.mapper';
import type { CreateCommitmentDto } from './dto/create-commitment.dto';
import { COMMITMENT_SORTS, type ListCommitmentsQuery } from './dto/list-commitments.query';
import type { UpdateCommitmentDto } from './dto/update-commitment.dto';
import { assertAssignable } from '../handovers/assignable-person';
import { assertReference, partnerOrganisation, partnerScope } from './support/references';

/** API field → column, for the fields a PATCH may set. */
const COLUMNS = {
  organisationId: 'organisation_id',
  contactId: 'contact_id',
  kind: 'kind',
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  unitValueEur: 'unit_value_eur',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  status: 'status',
  initiativeId: 'initiative_id',
} as const;

@Injectable()
export class CommitmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListCommitmentsQuery): Promise<Page<CommitmentDto>> {
    const where = new SqlFilter(['c.coalition_id = $1', 'c.deleted_at IS NULL'], [ctx.coalitionId]);
    const add = where.add.bind(where);
    const partnerOrg = partnerOrganisation(ctx);
    if (partnerOrg !== undefined) add((n) => `c.organisation_id = ${n}`, partnerOrg);
    if (query.organisationId) add((n) => `c.organisation_id = ${n}`, query.organisationId);
    if (query.contactId) add((n) => `c.contact_id = ${n}`, query.contactId);
    if (query.initiativeId) add((n) => `c.initiative_id = ${n}`, query.initiativeId);
    if (query.kind?.length) add((n) => `c.kind = ANY(${n}::text[])`, query.kind);
    if (query.status?.length) add((n) => `c.status = ANY(${n}::text[])`, query.status);
    if (query.from) add((n) => `c.starts_on >= ${n}::date`, query.from);
    if (query.to) add((n) => `c.starts_on <= ${n}::date`, query.to);
    if (query.q) add((n) => `c.description ILIKE ${n}`, likePattern(query.q));
    const page = await listPage(this.db.manager, {
      select: `SELECT ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM}`,
      where,
      orderBy: orderBy(query.sort, COMMITMENT_SORTS, '-startsOn', 'c.id'),
      map: (row: CommitmentRow) => row,
      ...query,
    });
    const items = await this.withDelivery(this.db.manager, ctx.coalitionId, page.items);
    return { ...page, items };
  }

  get(ctx: CoalitionContext, id: string): Promise<CommitmentDto> {
    return this.find(this.db.manager, ctx, id);
  }

  create(ctx: CoalitionContext, input: CreateCommitmentDto): Promise<CommitmentDto> {
    return this.db.transaction(async (manager) => {
      checkPeriod(input.startsOn ?? null, input.endsOn ?? null);
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(manager, ctx.coalitionId, input.contactId, 'contactId');
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO commitment (coalition_id, organisation_id, contact_id, kind, description, quantity, unit,
                                 unit_value_eur, starts_on, ends_on, status, initiative_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          ctx.coalitionId,
          input.organisationId,
          input.contactId ?? null,
          input.kind,
          input.description ?? null,
          input.quantity,
          input.unit,
          input.unitValueEur ?? 0,
          input.startsOn ?? null,
          input.endsOn ?? null,
          input.status ?? 'pledged',
          input.initiativeId ?? null,
        ],
      );
      const after = await this.find(manager, ctx, inserted!.id);
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
      await updateVersioned(manager, {
        table: 'commitment',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set: patchColumns(input, COLUMNS),
        label: 'Commitment',
      });
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Soft delete: the pledge and its contributions stay for the accountability trail. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await softDeleteRow(manager, 'commitment', ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private async find(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
  ): Promise<CommitmentDto> {
    const params: unknown[] = [ctx.coalitionId, id];
    const scope = partnerScope(ctx, 'c.organisation_id', params);
    const row = await sqlOneOrNotFound<CommitmentRow>(
      manager,
      `SELECT ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM}
        WHERE c.coalition_id = $1 AND c.id = $2 AND c.deleted_at IS NULL${scope}`,
      params,
      'Commitment',
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
    if (rows.length === 0) return [];
    const delivered = await sqlRows<DeliveryRow>(manager, DELIVERY_SQL, [
      coalitionId,
      rows.map((r) => r.id),
    ]);
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
