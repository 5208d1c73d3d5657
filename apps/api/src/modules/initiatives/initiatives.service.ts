import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InitiativeDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { updateVersioned } from '../../common/db/versioned-update';
import { notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne, sqlRows } from '../../database/sql';
import { assertReference, assertReferences } from '../commitments/support/references';
import { assertAssignable } from '../handovers/assignable-person';
import type { CreateInitiativeDto } from './dto/create-initiative.dto';
import { INITIATIVE_SORTS, type ListInitiativesQuery } from './dto/list-initiatives.query';
import type { UpdateInitiativeDto } from './dto/update-initiative.dto';
import {
  INITIATIVE_ORGANISATIONS_SQL,
  INITIATIVE_SELECT,
  type InitiativeOrganisationsRow,
  type InitiativeRow,
  toInitiativeDto,
} from './initiative.mapper';

const COLUMNS = {
  name: 'name',
  theme: 'theme',
  description: 'description',
  phase: 'phase',
  leadId: 'lead_id',
} as const;

/** Initiatives are coalition-internal: partners have no access (not in the routes' @Roles). */
@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListInitiativesQuery): Promise<Page<InitiativeDto>> {
    const params: unknown[] = [ctx.coalitionId];
    const where = ['i.coalition_id = $1', 'i.deleted_at IS NULL'];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.phase?.length) add((n) => `i.phase = ANY(${n}::text[])`, query.phase);
    if (query.leadId) add((n) => `i.lead_id = ${n}`, query.leadId);
    if (query.organisationId) {
      add(
        (n) => `EXISTS (SELECT 1 FROM initiative_organisation io
                  WHERE io.coalition_id = i.coalition_id AND io.initiative_id = i.id AND io.organisation_id = ${n})`,
        query.organisationId,
      );
    }
    if (query.q) {
      add(
        (n) => `(i.name ILIKE ${n} OR i.theme ILIKE ${n} OR i.description ILIKE ${n})`,
        likePattern(query.q),
      );
    }
    const page = await listPage(this.db.manager, {
      select: INITIATIVE_SELECT,
      where: new SqlFilter(where, params),
      orderBy: orderBy(query.sort, INITIATIVE_SORTS, 'name', 'i.id'),
      map: (row: InitiativeRow) => row,
      ...query,
    });
    const items = await this.withOrganisations(this.db.manager, ctx.coalitionId, page.items);
    return { ...page, items };
  }

  get(ctx: CoalitionContext, id: string): Promise<InitiativeDto> {
    return this.find(this.db.manager, ctx.coalitionId, id);
  }

  create(ctx: CoalitionContext, input: CreateInitiativeDto): Promise<InitiativeDto> {
    return this.db.transaction(async (manager) => {
      await assertReference(manager, ctx.coalitionId, 'person', input.leadId, 'leadId');
      await assertAssignable(manager, ctx.coalitionId, input.leadId, 'leadId');
      const organisationIds = input.organisationIds ?? [];
      await assertReferences(
        manager,
        ctx.coalitionId,
        'organisation',
        organisationIds,
        'organisationIds',
      );
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO initiative (coalition_id, name, theme, description, phase, lead_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          ctx.coalitionId,
          input.name,
          input.theme ?? null,
          input.description ?? null,
          input.phase ?? 'idea',
          input.leadId ?? null,
        ],
      );
      const id = inserted!.id;
      await this.linkOrganisations(manager, ctx.coalitionId, id, organisationIds);
      const after = await this.find(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateInitiativeDto): Promise<InitiativeDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx.coalitionId, id);
      await assertReference(manager, ctx.coalitionId, 'person', input.leadId, 'leadId');
      await assertAssignable(manager, ctx.coalitionId, input.leadId, 'leadId', before.leadId);
      if (input.organisationIds) {
        await assertReferences(
          manager,
          ctx.coalitionId,
          'organisation',
          input.organisationIds,
          'organisationIds',
        );
      }
      // The version check comes first, so a stale request changes no links either.
      await updateVersioned(manager, {
        table: 'initiative',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set: patchColumns(input, COLUMNS),
        label: 'Initiative',
      });
      if (input.organisationIds) {
        await manager.query(
          'DELETE FROM initiative_organisation WHERE coalition_id = $1 AND initiative_id = $2',
          [ctx.coalitionId, id],
        );
        await this.linkOrganisations(manager, ctx.coalitionId, id, input.organisationIds);
      }
      const after = await this.find(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Soft delete; commitments and action items keep pointing at it for history. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx.coalitionId, id);
      await manager.query(
        `UPDATE initiative SET deleted_at = now(), updated_at = now(), version = version + 1
          WHERE coalition_id = $1 AND id = $2`,
        [ctx.coalitionId, id],
      );
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private async linkOrganisations(
    manager: EntityManager,
    coalitionId: string,
    initiativeId: string,
    organisationIds: string[],
  ): Promise<void> {
    if (organisationIds.length === 0) return;
    await manager.query(
      `INSERT INTO initiative_organisation (coalition_id, initiative_id, organisation_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [coalitionId, initiativeId, organisationIds],
    );
  }

  private async find(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<InitiativeDto> {
    const row = await sqlOne<InitiativeRow>(
      manager,
      `${INITIATIVE_SELECT} WHERE i.coalition_id = $1 AND i.id = $2 AND i.deleted_at IS NULL`,
      [coalitionId, id],
    );
    if (!row) throw notFound('Initiative');
    const [dto] = await this.withOrganisations(manager, coalitionId, [row]);
    return dto;
  }

  private async withOrganisations(
    manager: EntityManager,
    coalitionId: string,
    rows: InitiativeRow[],
  ): Promise<InitiativeDto[]> {
    if (rows.length === 0) return [];
    const links = await sqlRows<InitiativeOrganisationsRow>(manager, INITIATIVE_ORGANISATIONS_SQL, [
      coalitionId,
      rows.map((r) => r.id),
    ]);
    const byId = new Map(links.map((l) => [l.initiative_id, l.organisation_ids]));
    return rows.map((r) => toInitiativeDto(r, byId.get(r.id)));
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: InitiativeDto | null,
    after: InitiativeDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'initiative',
      entityId: id,
      action,
      before,
      after,
    });
  }
}
