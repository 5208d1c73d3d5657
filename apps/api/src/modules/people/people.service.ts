import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Page,
  type PersonDetailDto,
  type PersonDto,
  PersonErrorCode,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { type CoalitionContext, isPartner } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { actorOf } from '../../common/db/audited-write';
import { patchColumns } from '../../common/db/patch-columns';
import { SqlFilter } from '../../common/db/sql-filter';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { organisationsRepository } from '../organisations/organisations.repository';
import type { CreatePersonDto } from './dto/create-person.dto';
import type { ListPeopleQuery } from './dto/list-people.query';
import type { UpdatePersonDto } from './dto/update-person.dto';
import { peopleRepository } from './people.repository';
import { PERSON_COLUMNS, type PersonRow, toPersonDetailDto, toPersonDto } from './person.mapper';

const SORTS = {
  name: 'lower(p.name)',
  email: 'lower(p.email)',
  role: 'lower(p.role)',
  layer: `array_position(ARRAY['board', 'management', 'operational'], p.layer)`,
  status: `array_position(ARRAY['active', 'leaving', 'left'], p.status)`,
  organisationName: 'lower(org.name)',
  leavingOn: 'p.leaving_on',
  createdAt: 'p.created_at',
  updatedAt: 'p.updated_at',
};
const FILTERS = [
  ['organisationId', 'p.organisation_id'],
  ['status', 'p.status'],
  ['layer', 'p.layer'],
  ['isKeyContact', 'p.is_key_contact'],
] as const;

type Writable = Partial<CreatePersonDto>;

/**
 * What a partner may change about themselves: their own contact details. Status, key-contact flag,
 * organisation and the rest are the coalition's judgement (succession risk, handovers depend on them).
 */
const PARTNER_EDITABLE: ReadonlySet<string> = new Set(['version', 'name', 'phone', 'role']);

function assertPartnerEditableOnly(input: UpdatePersonDto): void {
  const field = Object.keys(input).find(
    (key) => input[key as keyof UpdatePersonDto] !== undefined && !PARTNER_EDITABLE.has(key),
  );
  if (field) throw invalidField(field, 'cannot be changed by a partner; ask the coordinator');
}

/** The signed-in partner's own person: at their organisation, with their account's e-mail. */
function isOwnPerson(row: PersonRow, ctx: CoalitionContext): boolean {
  const email = row.email?.trim().toLowerCase();
  return (
    row.organisation_id === ctx.organisationId &&
    !!email &&
    email === ctx.user.email.trim().toLowerCase()
  );
}

@Injectable()
export class PeopleService {
  private readonly repo = peopleRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  list(ctx: CoalitionContext, query: ListPeopleQuery): Promise<Page<PersonDto>> {
    if (query.includeDeleted && ctx.role !== 'coordinator')
      throw new ForbiddenException('Only coordinators see deleted people');
    const where = new SqlFilter(['p.coalition_id = $1'], [ctx.coalitionId]);
    if (!query.includeDeleted) where.push('p.deleted_at IS NULL');
    if (isPartner(ctx)) where.add((p) => `p.organisation_id = ${p}`, ctx.organisationId);
    for (const [key, column] of FILTERS) {
      if (query[key] !== undefined) where.add((p) => `${column} = ${p}`, query[key]);
    }
    if (query.q)
      where.add((p) => `(p.name ILIKE ${p} OR p.email ILIKE ${p})`, likePattern(query.q));
    return this.repo.list(
      this.db.manager,
      where,
      orderBy(query.sort, SORTS, 'name', 'p.id'),
      query,
      (row) => toPersonDto(row, ctx.organisationId),
    );
  }

  async get(ctx: CoalitionContext, id: string): Promise<PersonDetailDto> {
    const row = await this.repo.findRow(
      this.db.manager,
      ctx.coalitionId,
      id,
      ctx.role === 'coordinator',
    );
    if (isPartner(ctx) && row.organisation_id !== ctx.organisationId)
      throw notFound('Person', PersonErrorCode.NOT_FOUND);
    return this.withAffiliations(this.db.manager, ctx, toPersonDto(row, ctx.organisationId));
  }

  create(ctx: CoalitionContext, input: CreatePersonDto): Promise<PersonDetailDto> {
    return this.db.transaction(async (manager) => {
      await this.checkRules(manager, ctx.coalitionId, input, null);
      const id = await this.repo.insert(
        manager,
        ctx.coalitionId,
        patchColumns(input, PERSON_COLUMNS),
      );
      if (input.organisationId)
        await this.repo.startAffiliation(manager, ctx.coalitionId, {
          personId: id,
          organisationId: input.organisationId,
          role: input.role ?? null,
          startedOn: this.today(),
        });
      const after = await this.load(manager, ctx.coalitionId, id);
      await this.repo.writes.created(manager, actorOf(ctx), id, after);
      return this.withAffiliations(manager, ctx, after);
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdatePersonDto): Promise<PersonDetailDto> {
    if (isPartner(ctx)) assertPartnerEditableOnly(input);
    return this.db.transaction(async (manager) => {
      const row = await this.repo.findRow(manager, ctx.coalitionId, id);
      if (isPartner(ctx) && !isOwnPerson(row, ctx))
        throw notFound('Person', PersonErrorCode.NOT_FOUND);
      const before = toPersonDto(row);
      await this.checkRules(manager, ctx.coalitionId, input, before);
      let afterRow: PersonRow | undefined;
      await this.repo.writes.update(manager, actorOf(ctx), {
        id,
        version: input.version,
        set: patchColumns(input, PERSON_COLUMNS),
        before,
        reload: async () => {
          afterRow = await this.repo.findRow(manager, ctx.coalitionId, id);
          const after = toPersonDto(afterRow);
          await this.followAffiliation(manager, ctx.coalitionId, before, after);
          return after;
        },
      });
      // A partner's answer leaves out what partners never read (notes, another organisation's successor).
      return this.withAffiliations(manager, ctx, toPersonDto(afterRow!, ctx.organisationId));
    });
  }

  /** Soft delete: history (affiliations, interactions, audit) keeps pointing at the person. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await this.repo.writes.softDelete(manager, actorOf(ctx), id, before);
    });
  }

  restore(ctx: CoalitionContext, id: string): Promise<PersonDetailDto> {
    return this.db.transaction(async (manager) => {
      const before = toPersonDto(await this.repo.findRow(manager, ctx.coalitionId, id, true));
      if (before.deletedAt === null)
        throw conflict('This person is not deleted', undefined, {
          code: PersonErrorCode.NOT_DELETED,
        });
      if (before.externalId !== null)
        await this.checkExternalIdFree(manager, ctx.coalitionId, before.externalId, id);
      const after = await this.repo.writes.restore(manager, actorOf(ctx), id, before, () =>
        this.load(manager, ctx.coalitionId, id),
      );
      return this.withAffiliations(manager, ctx, after);
    });
  }

  private async load(manager: EntityManager, coalitionId: string, id: string): Promise<PersonDto> {
    return toPersonDto(await this.repo.findRow(manager, coalitionId, id));
  }

  /** Partners see only the periods at their own organisation: the others name other organisations. */
  private async withAffiliations(
    manager: EntityManager,
    ctx: CoalitionContext,
    person: PersonDto,
  ): Promise<PersonDetailDto> {
    const rows = await this.repo.affiliations(
      manager,
      ctx.coalitionId,
      person.id,
      isPartner(ctx) ? ctx.organisationId : undefined,
    );
    return toPersonDetailDto(person, rows);
  }

  /**
   * Rules on the person as it will be after the change (`before` null on create). References are
   * only checked when they change, so an edit never fails on one it left alone.
   */
  private async checkRules(
    manager: EntityManager,
    coalitionId: string,
    input: Writable,
    before: PersonDto | null,
  ): Promise<void> {
    const next = <K extends keyof Writable & keyof PersonDto>(key: K) =>
      input[key] !== undefined ? input[key] : (before?.[key] ?? null);
    const status = next('status') ?? 'active';
    if (status === 'leaving' && !next('leavingOn'))
      throw invalidField('leavingOn', "is required when status is 'leaving'");
    if (status === 'left' && !next('leftOn'))
      throw invalidField('leftOn', "is required when status is 'left'");
    if (input.organisationId && input.organisationId !== before?.organisationId) {
      await organisationsRepository.assertExist(manager, coalitionId, 'organisationId', [
        input.organisationId,
      ]);
    }
    if (input.successorId && input.successorId !== before?.successorId) {
      if (input.successorId === before?.id)
        throw invalidField('successorId', 'must be somebody else');
      await this.repo.assertExist(manager, coalitionId, 'successorId', [input.successorId]);
    }
    if (input.externalId && input.externalId !== before?.externalId) {
      await this.checkExternalIdFree(manager, coalitionId, input.externalId, before?.id ?? null);
    }
  }

  /**
   * A move to another organisation ends the current affiliation today and starts a new one, so
   * the history shows where the person was when. A new job title at the same organisation is a
   * correction of the current affiliation, not a new period.
   */
  private async followAffiliation(
    manager: EntityManager,
    coalitionId: string,
    before: PersonDto,
    after: PersonDto,
  ): Promise<void> {
    if (after.organisationId !== before.organisationId) {
      await this.repo.endAffiliation(manager, coalitionId, after.id, this.today());
      if (after.organisationId)
        await this.repo.startAffiliation(manager, coalitionId, {
          personId: after.id,
          organisationId: after.organisationId,
          role: after.role,
          startedOn: this.today(),
        });
    } else if (after.role !== before.role) {
      await this.repo.retitleAffiliation(manager, coalitionId, after.id, after.role);
    }
  }

  /** The calendar day in UTC, as the Clock sees it. */
  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private async checkExternalIdFree(
    manager: EntityManager,
    coalitionId: string,
    externalId: string,
    ownId: string | null,
  ): Promise<void> {
    if (await this.repo.externalIdTaken(manager, coalitionId, externalId, ownId))
      throw conflict(
        'Another person already has this externalId',
        [{ field: 'externalId', message: 'is already used by another person' }],
        { code: PersonErrorCode.EXTERNAL_ID_TAKEN },
      );
  }
}
