import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InteractionDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy, toPage } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { assertOrganisationsExist } from '../organisations/organisation-references';
import { assertPeopleExist } from '../people/person-references';
import type { CreateInteractionDto } from './dto/create-interaction.dto';
import type { ListInteractionsQuery } from './dto/list-interactions.query';
import type { UpdateInteractionDto } from './dto/update-interaction.dto';
import {
  INTERACTION_COLUMNS,
  INTERACTION_SELECT,
  type InteractionLinks,
  type InteractionRow,
  toInteractionDto,
} from './interaction.mapper';

const SORTS = {
  occurredAt: 'i.occurred_at',
  kind: 'i.kind',
  initiatedBy: 'i.initiated_by',
  createdAt: 'i.created_at',
  updatedAt: 'i.updated_at',
};
/** Logging a meeting planned for tomorrow is fine; further ahead it is a plan, not an interaction. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

type Writable = Partial<CreateInteractionDto>;

@Injectable()
export class InteractionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: CoalitionContext, query: ListInteractionsQuery): Promise<Page<InteractionDto>> {
    const params: unknown[] = [ctx.coalitionId];
    const where = ['i.coalition_id = $1', 'i.deleted_at IS NULL'];
    const add = (value: unknown, clause: (p: string) => string) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.organisationId) {
      add(
        query.organisationId,
        (p) => `EXISTS (SELECT 1 FROM interaction_organisation io
                 WHERE io.coalition_id = i.coalition_id AND io.interaction_id = i.id AND io.organisation_id = ${p})`,
      );
    }
    if (query.personId) {
      add(
        query.personId,
        (p) => `EXISTS (SELECT 1 FROM interaction_participant ip
                 WHERE ip.coalition_id = i.coalition_id AND ip.interaction_id = i.id AND ip.person_id = ${p})`,
      );
    }
    if (query.kind) add(query.kind, (p) => `i.kind = ${p}`);
    if (query.initiatedBy) add(query.initiatedBy, (p) => `i.initiated_by = ${p}`);
    if (query.from) add(query.from, (p) => `i.occurred_at >= ${p}::timestamptz`);
    if (query.to) add(query.to, (p) => `i.occurred_at < ${p}::timestamptz`);
    if (query.q) add(likePattern(query.q), (p) => `i.summary ILIKE ${p}`);

    const rows = await sqlRows<InteractionRow & { total: string }>(
      this.db.manager,
      `${INTERACTION_SELECT.replace('SELECT', 'SELECT count(*) OVER () AS total,')}
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy(query.sort, SORTS, '-occurredAt', 'i.id')}
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    let total = Number(rows[0]?.total ?? 0);
    if (rows.length === 0 && query.page > 1) {
      // A page past the end has no row to carry count(*) OVER ().
      const row = await sqlOne<{ n: string }>(
        this.db.manager,
        `SELECT count(*) AS n FROM interaction i WHERE ${where.join(' AND ')}`,
        params,
      );
      total = Number(row?.n ?? 0);
    }
    const links = await this.links(
      this.db.manager,
      ctx.coalitionId,
      rows.map((r) => r.id),
    );
    return toPage(
      rows.map((row) => toInteractionDto(row, links.get(row.id))),
      total,
      query,
    );
  }

  async get(ctx: CoalitionContext, id: string): Promise<InteractionDto> {
    return this.load(this.db.manager, ctx.coalitionId, id);
  }

  create(ctx: CoalitionContext, input: CreateInteractionDto): Promise<InteractionDto> {
    return this.db.transaction(async (manager) => {
      await this.checkRules(manager, ctx.coalitionId, input, null);
      const fields = Object.entries(INTERACTION_COLUMNS).filter(
        ([field]) => input[field as keyof Writable] !== undefined,
      );
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO interaction (coalition_id, logged_by_id, ${fields.map(([, column]) => column).join(', ')})
         VALUES ($1, $2, ${fields.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
        [ctx.coalitionId, ctx.user.id, ...fields.map(([field]) => input[field as keyof Writable])],
      );
      const id = inserted!.id;
      await this.replaceLinks(
        manager,
        ctx.coalitionId,
        id,
        input.organisationIds,
        input.participantIds ?? [],
      );
      const after = await this.load(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateInteractionDto): Promise<InteractionDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await this.checkRules(manager, ctx.coalitionId, input, before);
      const set: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(INTERACTION_COLUMNS)) {
        const value = input[field as keyof Writable];
        if (value !== undefined) set[column] = value;
      }
      await updateVersioned(manager, {
        table: 'interaction',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set,
        label: 'Interaction',
      });
      if (input.organisationIds !== undefined || input.participantIds !== undefined) {
        await this.replaceLinks(
          manager,
          ctx.coalitionId,
          id,
          input.organisationIds ?? before.organisationIds,
          input.participantIds ?? before.participantIds,
        );
      }
      const after = await this.load(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Soft delete: the interaction leaves lists and engagement scores, the row stays for the audit trail. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await manager.query(
        `UPDATE interaction SET deleted_at = now(), updated_at = now(), version = version + 1
          WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL`,
        [ctx.coalitionId, id],
      );
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private async load(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<InteractionDto> {
    const row = await sqlOne<InteractionRow>(
      manager,
      `${INTERACTION_SELECT} WHERE i.coalition_id = $1 AND i.id = $2 AND i.deleted_at IS NULL`,
      [coalitionId, id],
    );
    if (!row) throw notFound('Interaction');
    const links = await this.links(manager, coalitionId, [id]);
    return toInteractionDto(row, links.get(row.id));
  }

  /** Organisation and participant ids for a whole page in one query: no query per interaction. */
  private async links(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, InteractionLinks>> {
    const byId = new Map<string, InteractionLinks>(
      ids.map((id) => [id, { organisationIds: [], participantIds: [] }]),
    );
    if (ids.length === 0) return byId;
    const rows = await sqlRows<{
      interaction_id: string;
      link: 'organisation' | 'participant';
      ids: string[];
    }>(
      manager,
      `SELECT interaction_id::text AS interaction_id, 'organisation' AS link,
              array_agg(organisation_id::text ORDER BY organisation_id) AS ids
         FROM interaction_organisation
        WHERE coalition_id = $1 AND interaction_id = ANY($2::uuid[])
        GROUP BY interaction_id
       UNION ALL
       SELECT interaction_id::text, 'participant', array_agg(person_id::text ORDER BY person_id)
         FROM interaction_participant
        WHERE coalition_id = $1 AND interaction_id = ANY($2::uuid[])
        GROUP BY interaction_id`,
      [coalitionId, ids],
    );
    for (const row of rows) {
      const links = byId.get(row.interaction_id);
      if (!links) continue;
      if (row.link === 'organisation') links.organisationIds = row.ids;
      else links.participantIds = row.ids;
    }
    return byId;
  }

  /**
   * Rules on the interaction as it will be after the change (`before` null on create). Only ids
   * that are new to the interaction must be live: one that lists an organisation deleted since
   * may keep it.
   */
  private async checkRules(
    manager: EntityManager,
    coalitionId: string,
    input: Writable,
    before: InteractionDto | null,
  ): Promise<void> {
    if (
      input.occurredAt !== undefined &&
      Date.parse(input.occurredAt) > this.clock.now().getTime() + MAX_FUTURE_MS
    ) {
      throw invalidField('occurredAt', 'must not be more than one day in the future');
    }
    if (input.organisationIds) {
      const known = new Set(before?.organisationIds ?? []);
      const added = input.organisationIds.filter((id) => !known.has(id.toLowerCase()));
      await assertOrganisationsExist(manager, coalitionId, 'organisationIds', added);
    }
    if (input.participantIds) {
      const known = new Set(before?.participantIds ?? []);
      const added = input.participantIds.filter((id) => !known.has(id.toLowerCase()));
      await assertPeopleExist(manager, coalitionId, 'participantIds', added);
    }
    if (input.externalId && input.externalId !== before?.externalId) {
      const taken = await sqlOne(
        manager,
        `SELECT 1 FROM interaction WHERE coalition_id = $1 AND external_id = $2 AND deleted_at IS NULL`,
        [coalitionId, input.externalId],
      );
      if (taken)
        throw conflict('Another interaction already has this externalId', [
          { field: 'externalId', message: 'is already used by another interaction' },
        ]);
    }
  }

  private async replaceLinks(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    organisationIds: readonly string[],
    participantIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `DELETE FROM interaction_organisation WHERE coalition_id = $1 AND interaction_id = $2`,
      [coalitionId, id],
    );
    await manager.query(
      `DELETE FROM interaction_participant WHERE coalition_id = $1 AND interaction_id = $2`,
      [coalitionId, id],
    );
    await manager.query(
      `INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [coalitionId, id, lowerUnique(organisationIds)],
    );
    if (participantIds.length > 0) {
      await manager.query(
        `INSERT INTO interaction_participant (coalition_id, interaction_id, person_id)
         SELECT $1, $2, unnest($3::uuid[])`,
        [coalitionId, id, lowerUnique(participantIds)],
      );
    }
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: InteractionDto | null,
    after: InteractionDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'interaction',
      entityId: id,
      action,
      before,
      after,
    });
  }
}

/** `ArrayUnique` compares text; the uuid column does not care about case. */
function lowerUnique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
