import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { type CoalitionContext, isPartner } from '../../common/auth/request-context';
import { restoreRow, softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy, toPage } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { assertAssignable } from '../handovers/assignable-person';
import { assertPeopleExist } from '../people/person-references';
import type { CreateOrganisationDto } from './dto/create-organisation.dto';
import type { ListOrganisationsQuery } from './dto/list-organisations.query';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import {
  ORGANISATION_COLUMNS,
  ORGANISATION_FIELDS,
  ORGANISATION_OWNER_JOIN,
  ORGANISATION_SELECT,
  type OrganisationRow,
  toOrganisationDto,
} from './organisation.mapper';

const SORTS = {
  name: 'lower(o.name)',
  kind: 'o.kind',
  status: 'o.status',
  sizeClass: `array_position(ARRAY['micro', 'small', 'medium', 'large'], o.size_class)`,
  city: 'lower(o.city)',
  sector: 'lower(o.sector)',
  joinedOn: 'o.joined_on',
  createdAt: 'o.created_at',
  updatedAt: 'o.updated_at',
};
const FILTERS = [
  ['kind', 'o.kind'],
  ['status', 'o.status'],
  ['sizeClass', 'o.size_class'],
  ['relationshipOwnerId', 'o.relationship_owner_id'],
] as const;

/** Work still running with the organisation: deleting it would orphan these (docs/domain.md statuses). */
const OPEN_COMMITMENT_STATUSES = ['proposed', 'pledged', 'active'];
const OPEN_ACTION_ITEM_STATUSES = ['open', 'in_progress', 'blocked'];

type Writable = Partial<CreateOrganisationDto>;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    if (query.includeDeleted && ctx.role !== 'coordinator') {
      throw new ForbiddenException('Only coordinators see deleted organisations');
    }
    const params: unknown[] = [ctx.coalitionId];
    const where = ['o.coalition_id = $1'];
    if (!query.includeDeleted) where.push('o.deleted_at IS NULL');
    if (isPartner(ctx)) {
      params.push(ctx.organisationId);
      where.push(`o.id = $${params.length}`);
    }
    for (const [key, column] of FILTERS) {
      if (query[key] === undefined) continue;
      params.push(query[key]);
      where.push(`${column} = $${params.length}`);
    }
    if (query.q) {
      params.push(likePattern(query.q));
      const p = `$${params.length}`;
      where.push(`(o.name ILIKE ${p} OR o.city ILIKE ${p} OR o.sector ILIKE ${p})`);
    }
    // The page's ids and the total first, from organisation alone; the owner is joined for the
    // page's rows only (not for every match before LIMIT): a third of the work on a large list.
    const order = orderBy(query.sort, SORTS, 'name', 'o.id');
    const rows = await sqlRows<OrganisationRow & { total: string }>(
      this.db.manager,
      `SELECT page.total, ${ORGANISATION_FIELDS}
         FROM (
           SELECT o.id, count(*) OVER () AS total
             FROM organisation o
            WHERE ${where.join(' AND ')}
            ORDER BY ${order}
            LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
         ) page
         JOIN organisation o ON o.coalition_id = $1 AND o.id = page.id ${ORGANISATION_OWNER_JOIN}
        ORDER BY ${order}`,
      params,
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : await this.countBeyondLastPage(query, where, params);
    return toPage(
      rows.map((row) => toOrganisationDto(row, ctx.organisationId)),
      total,
      query,
    );
  }

  async get(ctx: CoalitionContext, id: string): Promise<OrganisationDto> {
    if (isPartner(ctx) && id !== ctx.organisationId) throw notFound('Organisation');
    const row = await this.findRow(
      this.db.manager,
      ctx.coalitionId,
      id,
      ctx.role === 'coordinator',
    );
    return toOrganisationDto(row, ctx.organisationId);
  }

  create(ctx: CoalitionContext, input: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.db.transaction(async (manager) => {
      await this.checkReferences(manager, ctx.coalitionId, input, null);
      const fields = Object.entries(ORGANISATION_COLUMNS).filter(
        ([field]) => input[field as keyof Writable] !== undefined,
      );
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO organisation (coalition_id, ${fields.map(([, column]) => column).join(', ')})
         VALUES ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
        [ctx.coalitionId, ...fields.map(([field]) => input[field as keyof Writable])],
      );
      const after = toOrganisationDto(await this.findRow(manager, ctx.coalitionId, inserted!.id));
      await this.record(manager, ctx, after.id, 'create', null, after);
      return after;
    });
  }

  update(
    ctx: CoalitionContext,
    id: string,
    input: UpdateOrganisationDto,
  ): Promise<OrganisationDto> {
    return this.db.transaction(async (manager) => {
      const before = toOrganisationDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.checkReferences(manager, ctx.coalitionId, input, before);
      const set: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(ORGANISATION_COLUMNS)) {
        const value = input[field as keyof Writable];
        if (value !== undefined) set[column] = value;
      }
      await updateVersioned(manager, {
        table: 'organisation',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set,
        label: 'Organisation',
      });
      const after = toOrganisationDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Soft delete; refused while commitments or action items of the organisation are still open. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = toOrganisationDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.checkNothingOpen(manager, ctx.coalitionId, id);
      await softDeleteRow(manager, 'organisation', ctx.coalitionId, id, { liveOnly: true });
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  restore(ctx: CoalitionContext, id: string): Promise<OrganisationDto> {
    return this.db.transaction(async (manager) => {
      const before = toOrganisationDto(await this.findRow(manager, ctx.coalitionId, id, true));
      if (before.deletedAt === null) throw conflict('This organisation is not deleted');
      if (before.externalId !== null)
        await this.checkExternalIdFree(manager, ctx.coalitionId, before.externalId, id);
      await restoreRow(manager, 'organisation', ctx.coalitionId, id);
      const after = toOrganisationDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.record(manager, ctx, id, 'restore', before, after);
      return after;
    });
  }

  private async findRow(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    includeDeleted = false,
  ): Promise<OrganisationRow> {
    return sqlOneOrNotFound<OrganisationRow>(
      manager,
      `${ORGANISATION_SELECT} WHERE o.coalition_id = $1 AND o.id = $2${includeDeleted ? '' : ' AND o.deleted_at IS NULL'}`,
      [coalitionId, id],
      'Organisation',
    );
  }

  /** Only values that change are checked, so an edit never fails on a reference it left alone. */
  private async checkReferences(
    manager: EntityManager,
    coalitionId: string,
    input: Writable,
    before: OrganisationDto | null,
  ): Promise<void> {
    const ownerId = input.relationshipOwnerId;
    if (ownerId && ownerId !== before?.relationshipOwnerId) {
      await assertPeopleExist(manager, coalitionId, 'relationshipOwnerId', [ownerId]);
      await assertAssignable(manager, coalitionId, ownerId, 'relationshipOwnerId');
    }
    const joinedOn = input.joinedOn !== undefined ? input.joinedOn : (before?.joinedOn ?? null);
    const leftOn = input.leftOn !== undefined ? input.leftOn : (before?.leftOn ?? null);
    if (joinedOn && leftOn && leftOn < joinedOn) {
      throw invalidField(
        input.leftOn !== undefined ? 'leftOn' : 'joinedOn',
        'leftOn must not be before joinedOn',
      );
    }
    if (input.externalId && input.externalId !== before?.externalId) {
      await this.checkExternalIdFree(manager, coalitionId, input.externalId, before?.id ?? null);
    }
  }

  private async checkExternalIdFree(
    manager: EntityManager,
    coalitionId: string,
    externalId: string,
    ownId: string | null,
  ): Promise<void> {
    const taken = await sqlOne<{ id: string }>(
      manager,
      `SELECT id FROM organisation
        WHERE coalition_id = $1 AND external_id = $2 AND deleted_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [coalitionId, externalId, ownId],
    );
    if (taken) {
      throw conflict('Another organisation already has this externalId', [
        { field: 'externalId', message: 'is already used by another organisation' },
      ]);
    }
  }

  private async checkNothingOpen(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<void> {
    const open = await sqlOne<{ commitments: string; action_items: string }>(
      manager,
      `SELECT (SELECT count(*) FROM commitment
                WHERE coalition_id = $1 AND organisation_id = $2 AND deleted_at IS NULL AND status = ANY($3::text[])) AS commitments,
              (SELECT count(*) FROM action_item
                WHERE coalition_id = $1 AND organisation_id = $2 AND deleted_at IS NULL AND status = ANY($4::text[])) AS action_items`,
      [coalitionId, id, OPEN_COMMITMENT_STATUSES, OPEN_ACTION_ITEM_STATUSES],
    );
    const commitments = Number(open?.commitments ?? 0);
    const actionItems = Number(open?.action_items ?? 0);
    if (commitments === 0 && actionItems === 0) return;
    const details = [];
    if (commitments > 0) {
      details.push({
        field: 'commitments',
        message: `${commitments} open (${OPEN_COMMITMENT_STATUSES.join(', ')})`,
      });
    }
    if (actionItems > 0) {
      details.push({
        field: 'actionItems',
        message: `${actionItems} open (${OPEN_ACTION_ITEM_STATUSES.join(', ')})`,
      });
    }
    throw conflict(
      'This organisation still has open commitments or action items; close or move them first',
      details,
      {
        blockers: { commitments, actionItems },
      },
    );
  }

  /** A page past the end has no row to carry `count(*) OVER ()`. */
  private async countBeyondLastPage(
    query: ListOrganisationsQuery,
    where: string[],
    params: unknown[],
  ): Promise<number> {
    if (query.page === 1) return 0;
    const row = await sqlOne<{ n: string }>(
      this.db.manager,
      `SELECT count(*) AS n FROM organisation o WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(row?.n ?? 0);
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete' | 'restore',
    before: OrganisationDto | null,
    after: OrganisationDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'organisation',
      entityId: id,
      action,
      before,
      after,
    });
  }
}
