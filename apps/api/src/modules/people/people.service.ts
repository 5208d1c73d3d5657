import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PersonDetailDto, PersonDto } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { type CoalitionContext, isPartner } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { restoreRow, softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy, toPage } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { assertOrganisationsExist } from '../organisations/organisation-references';
import type { CreatePersonDto } from './dto/create-person.dto';
import type { ListPeopleQuery } from './dto/list-people.query';
import type { UpdatePersonDto } from './dto/update-person.dto';
import { assertPeopleExist } from './person-references';
import {
  AFFILIATION_SELECT,
  type AffiliationRow,
  PERSON_COLUMNS,
  PERSON_SELECT,
  type PersonRow,
  toPersonDetailDto,
  toPersonDto,
} from './person.mapper';

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
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: CoalitionContext, query: ListPeopleQuery): Promise<Page<PersonDto>> {
    if (query.includeDeleted && ctx.role !== 'coordinator')
      throw new ForbiddenException('Only coordinators see deleted people');
    const params: unknown[] = [ctx.coalitionId];
    const where = ['p.coalition_id = $1'];
    if (!query.includeDeleted) where.push('p.deleted_at IS NULL');
    if (isPartner(ctx)) {
      params.push(ctx.organisationId);
      where.push(`p.organisation_id = $${params.length}`);
    }
    for (const [key, column] of FILTERS) {
      if (query[key] === undefined) continue;
      params.push(query[key]);
      where.push(`${column} = $${params.length}`);
    }
    if (query.q) {
      params.push(likePattern(query.q));
      where.push(`(p.name ILIKE $${params.length} OR p.email ILIKE $${params.length})`);
    }
    const rows = await sqlRows<PersonRow & { total: string }>(
      this.db.manager,
      `${PERSON_SELECT.replace('SELECT', 'SELECT count(*) OVER () AS total,')}
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy(query.sort, SORTS, 'name', 'p.id')}
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    let total = Number(rows[0]?.total ?? 0);
    if (rows.length === 0 && query.page > 1) {
      // A page past the end has no row to carry count(*) OVER ().
      const row = await sqlOne<{ n: string }>(
        this.db.manager,
        `SELECT count(*) AS n FROM person p WHERE ${where.join(' AND ')}`,
        params,
      );
      total = Number(row?.n ?? 0);
    }
    return toPage(
      rows.map((row) => toPersonDto(row, ctx.organisationId)),
      total,
      query,
    );
  }

  async get(ctx: CoalitionContext, id: string): Promise<PersonDetailDto> {
    const row = await this.findRow(
      this.db.manager,
      ctx.coalitionId,
      id,
      ctx.role === 'coordinator',
    );
    if (isPartner(ctx) && row.organisation_id !== ctx.organisationId) throw notFound('Person');
    return this.withAffiliations(this.db.manager, ctx, toPersonDto(row, ctx.organisationId));
  }

  create(ctx: CoalitionContext, input: CreatePersonDto): Promise<PersonDetailDto> {
    return this.db.transaction(async (manager) => {
      await this.checkRules(manager, ctx.coalitionId, input, null);
      const fields = Object.entries(PERSON_COLUMNS).filter(
        ([field]) => input[field as keyof Writable] !== undefined,
      );
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO person (coalition_id, ${fields.map(([, column]) => column).join(', ')})
         VALUES ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
        [ctx.coalitionId, ...fields.map(([field]) => input[field as keyof Writable])],
      );
      const id = inserted!.id;
      if (input.organisationId)
        await this.startAffiliation(
          manager,
          ctx.coalitionId,
          id,
          input.organisationId,
          input.role ?? null,
        );
      const after = toPersonDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.record(manager, ctx, id, 'create', null, after);
      return this.withAffiliations(manager, ctx, after);
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdatePersonDto): Promise<PersonDetailDto> {
    if (isPartner(ctx)) assertPartnerEditableOnly(input);
    return this.db.transaction(async (manager) => {
      const row = await this.findRow(manager, ctx.coalitionId, id);
      if (isPartner(ctx) && !isOwnPerson(row, ctx)) throw notFound('Person');
      const before = toPersonDto(row);
      await this.checkRules(manager, ctx.coalitionId, input, before);
      const set: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(PERSON_COLUMNS)) {
        const value = input[field as keyof Writable];
        if (value !== undefined) set[column] = value;
      }
      await updateVersioned(manager, {
        table: 'person',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set,
        label: 'Person',
      });
      const afterRow = await this.findRow(manager, ctx.coalitionId, id);
      const after = toPersonDto(afterRow);
      await this.followAffiliation(manager, ctx.coalitionId, before, after);
      await this.record(manager, ctx, id, 'update', before, after);
      // A partner's answer leaves out what partners never read (notes, another organisation's successor).
      return this.withAffiliations(manager, ctx, toPersonDto(afterRow, ctx.organisationId));
    });
  }

  /** Soft delete: history (affiliations, interactions, audit) keeps pointing at the person. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = toPersonDto(await this.findRow(manager, ctx.coalitionId, id));
      await softDeleteRow(manager, 'person', ctx.coalitionId, id, { liveOnly: true });
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  restore(ctx: CoalitionContext, id: string): Promise<PersonDetailDto> {
    return this.db.transaction(async (manager) => {
      const before = toPersonDto(await this.findRow(manager, ctx.coalitionId, id, true));
      if (before.deletedAt === null) throw conflict('This person is not deleted');
      if (before.externalId !== null)
        await this.checkExternalIdFree(manager, ctx.coalitionId, before.externalId, id);
      await restoreRow(manager, 'person', ctx.coalitionId, id);
      const after = toPersonDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.record(manager, ctx, id, 'restore', before, after);
      return this.withAffiliations(manager, ctx, after);
    });
  }

  private async findRow(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    includeDeleted = false,
  ): Promise<PersonRow> {
    return sqlOneOrNotFound<PersonRow>(
      manager,
      `${PERSON_SELECT} WHERE p.coalition_id = $1 AND p.id = $2${includeDeleted ? '' : ' AND p.deleted_at IS NULL'}`,
      [coalitionId, id],
      'Person',
    );
  }

  /** Partners see only the periods at their own organisation: the others name other organisations. */
  private async withAffiliations(
    manager: EntityManager,
    ctx: CoalitionContext,
    person: PersonDto,
  ): Promise<PersonDetailDto> {
    const params: unknown[] = [ctx.coalitionId, person.id];
    let scope = '';
    if (isPartner(ctx)) {
      params.push(ctx.organisationId);
      scope = ' AND a.organisation_id = $3';
    }
    const rows = await sqlRows<AffiliationRow>(
      manager,
      `${AFFILIATION_SELECT} WHERE a.coalition_id = $1 AND a.person_id = $2${scope}
        ORDER BY a.started_on, a.ended_on NULLS LAST, a.created_at`,
      params,
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
      await assertOrganisationsExist(manager, coalitionId, 'organisationId', [
        input.organisationId,
      ]);
    }
    if (input.successorId && input.successorId !== before?.successorId) {
      if (input.successorId === before?.id)
        throw invalidField('successorId', 'must be somebody else');
      await assertPeopleExist(manager, coalitionId, 'successorId', [input.successorId]);
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
      await manager.query(
        // GREATEST: an affiliation imported with a future start cannot end before it began.
        `UPDATE affiliation SET ended_on = GREATEST(started_on, $3::date)
          WHERE coalition_id = $1 AND person_id = $2 AND ended_on IS NULL`,
        [coalitionId, after.id, this.today()],
      );
      if (after.organisationId)
        await this.startAffiliation(
          manager,
          coalitionId,
          after.id,
          after.organisationId,
          after.role,
        );
    } else if (after.role !== before.role) {
      await manager.query(
        `UPDATE affiliation SET role = $3 WHERE coalition_id = $1 AND person_id = $2 AND ended_on IS NULL`,
        [coalitionId, after.id, after.role],
      );
    }
  }

  private async startAffiliation(
    manager: EntityManager,
    coalitionId: string,
    personId: string,
    organisationId: string,
    role: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO affiliation (coalition_id, person_id, organisation_id, role, started_on) VALUES ($1, $2, $3, $4, $5)`,
      [coalitionId, personId, organisationId, role, this.today()],
    );
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
    const taken = await sqlOne<{ id: string }>(
      manager,
      `SELECT id FROM person
        WHERE coalition_id = $1 AND external_id = $2 AND deleted_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [coalitionId, externalId, ownId],
    );
    if (taken)
      throw conflict('Another person already has this externalId', [
        { field: 'externalId', message: 'is already used by another person' },
      ]);
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete' | 'restore',
    before: PersonDto | null,
    after: PersonDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'person',
      entityId: id,
      action,
      before,
      after,
    });
  }
}
