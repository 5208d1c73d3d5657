import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationDto, OrganisationErrorCode, type Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { type CoalitionContext, isPartner } from '../../common/auth/request-context';
import { actorOf } from '../../common/db/audited-write';
import { patchColumns } from '../../common/db/patch-columns';
import { SqlFilter } from '../../common/db/sql-filter';
import { conflict, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { assertLeftNotBeforeJoined } from '../../common/validation/field-validators';
import { assertAssignable } from '../handovers/assignable-person';
import { peopleRepository } from '../people/people.repository';
import type { CreateOrganisationDto } from './dto/create-organisation.dto';
import type { ListOrganisationsQuery } from './dto/list-organisations.query';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { ORGANISATION_COLUMNS, toOrganisationDto } from './organisation.mapper';
import { organisationsRepository } from './organisations.repository';

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
const OPEN_STATUSES = {
  commitments: ['proposed', 'pledged', 'active'],
  actionItems: ['open', 'in_progress', 'blocked'],
};

type Writable = Partial<CreateOrganisationDto>;

@Injectable()
export class OrganisationsService {
  private readonly repo = organisationsRepository;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(ctx: CoalitionContext, query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    if (query.includeDeleted && ctx.role !== 'coordinator') {
      throw new ForbiddenException('Only coordinators see deleted organisations');
    }
    const where = new SqlFilter(['o.coalition_id = $1'], [ctx.coalitionId]);
    if (!query.includeDeleted) where.push('o.deleted_at IS NULL');
    if (isPartner(ctx)) where.add((p) => `o.id = ${p}`, ctx.organisationId);
    for (const [key, column] of FILTERS) {
      if (query[key] !== undefined) where.add((p) => `${column} = ${p}`, query[key]);
    }
    if (query.q) {
      where.add(
        (p) => `(o.name ILIKE ${p} OR o.city ILIKE ${p} OR o.sector ILIKE ${p})`,
        likePattern(query.q),
      );
    }
    return this.repo.list(
      this.db.manager,
      where,
      orderBy(query.sort, SORTS, 'name', 'o.id'),
      query,
      (row) => toOrganisationDto(row, ctx.organisationId),
    );
  }

  async get(ctx: CoalitionContext, id: string): Promise<OrganisationDto> {
    if (isPartner(ctx) && id !== ctx.organisationId)
      throw notFound('Organisation', OrganisationErrorCode.NOT_FOUND);
    const row = await this.repo.findRow(
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
      const id = await this.repo.insert(
        manager,
        ctx.coalitionId,
        patchColumns(input, ORGANISATION_COLUMNS),
      );
      const after = await this.load(manager, ctx.coalitionId, id);
      return this.repo.writes.created(manager, actorOf(ctx), id, after);
    });
  }

  update(
    ctx: CoalitionContext,
    id: string,
    input: UpdateOrganisationDto,
  ): Promise<OrganisationDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await this.checkReferences(manager, ctx.coalitionId, input, before);
      return this.repo.writes.update(manager, actorOf(ctx), {
        id,
        version: input.version,
        set: patchColumns(input, ORGANISATION_COLUMNS),
        before,
        reload: () => this.load(manager, ctx.coalitionId, id),
      });
    });
  }

  /** Soft delete; refused while commitments or action items of the organisation are still open. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await this.checkNothingOpen(manager, ctx.coalitionId, id);
      await this.repo.writes.softDelete(manager, actorOf(ctx), id, before);
    });
  }

  restore(ctx: CoalitionContext, id: string): Promise<OrganisationDto> {
    return this.db.transaction(async (manager) => {
      const before = toOrganisationDto(await this.repo.findRow(manager, ctx.coalitionId, id, true));
      if (before.deletedAt === null)
        throw conflict('This organisation is not deleted', undefined, {
          code: OrganisationErrorCode.NOT_DELETED,
        });
      if (before.externalId !== null)
        await this.checkExternalIdFree(manager, ctx.coalitionId, before.externalId, id);
      return this.repo.writes.restore(manager, actorOf(ctx), id, before, () =>
        this.load(manager, ctx.coalitionId, id),
      );
    });
  }

  private async load(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<OrganisationDto> {
    return toOrganisationDto(await this.repo.findRow(manager, coalitionId, id));
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
      await peopleRepository.assertExist(manager, coalitionId, 'relationshipOwnerId', [ownerId]);
      await assertAssignable(manager, coalitionId, ownerId, 'relationshipOwnerId');
    }
    assertLeftNotBeforeJoined(
      input.joinedOn !== undefined ? input.joinedOn : (before?.joinedOn ?? null),
      input.leftOn !== undefined ? input.leftOn : (before?.leftOn ?? null),
      input.leftOn !== undefined ? 'leftOn' : 'joinedOn',
    );
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
    if (await this.repo.externalIdTaken(manager, coalitionId, externalId, ownId)) {
      throw conflict(
        'Another organisation already has this externalId',
        [{ field: 'externalId', message: 'is already used by another organisation' }],
        { code: OrganisationErrorCode.EXTERNAL_ID_TAKEN },
      );
    }
  }

  private async checkNothingOpen(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<void> {
    const { commitments, actionItems } = await this.repo.openWork(
      manager,
      coalitionId,
      id,
      OPEN_STATUSES,
    );
    if (commitments === 0 && actionItems === 0) return;
    const details = [];
    if (commitments > 0) {
      details.push({
        field: 'commitments',
        message: `${commitments} open (${OPEN_STATUSES.commitments.join(', ')})`,
      });
    }
    if (actionItems > 0) {
      details.push({
        field: 'actionItems',
        message: `${actionItems} open (${OPEN_STATUSES.actionItems.join(', ')})`,
      });
    }
    throw conflict(
      'This organisation still has open commitments or action items; close or move them first',
      details,
      { code: OrganisationErrorCode.HAS_OPEN_WORK, blockers: { commitments, actionItems } },
    );
  }
}
