import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InitiativeDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { patchColumns } from '../../common/db/patch-columns';
import { toPage } from '../../common/pagination/page';
import { assertReference, assertReferences } from '../commitments/support/references';
import { assertAssignable } from '../handovers/assignable-person';
import type { CreateInitiativeDto } from './dto/create-initiative.dto';
import type { ListInitiativesQuery } from './dto/list-initiatives.query';
import type { UpdateInitiativeDto } from './dto/update-initiative.dto';
import { toInitiativeDto } from './initiative.mapper';
import {
  INITIATIVE_COLUMNS,
  type InitiativeRow,
  initiativesRepository,
} from './initiatives.repository';

/** Initiatives are coalition-internal: partners have no access (not in the routes' @Roles). */
@Injectable()
export class InitiativesService {
  private readonly initiatives = initiativesRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: CoalitionContext, query: ListInitiativesQuery): Promise<Page<InitiativeDto>> {
    const { rows, total } = await this.initiatives.list(this.db.manager, ctx.coalitionId, query);
    const items = await this.withOrganisations(this.db.manager, ctx.coalitionId, rows);
    return toPage(items, total, query);
  }

  get(ctx: CoalitionContext, id: string): Promise<InitiativeDto> {
    return this.find(this.db.manager, ctx.coalitionId, id);
  }

  create(ctx: CoalitionContext, input: CreateInitiativeDto): Promise<InitiativeDto> {
    return this.db.transaction(async (manager) => {
      await assertReference(manager, ctx.coalitionId, 'person', input.leadId, 'leadId');
      await assertAssignable(manager, ctx.coalitionId, input.leadId, 'leadId');
      const organisationIds = input.organisationIds ?? [];
      await this.checkOrganisations(manager, ctx.coalitionId, organisationIds);
      const id = await this.initiatives.insert(manager, ctx.coalitionId, input);
      await this.initiatives.linkOrganisations(manager, ctx.coalitionId, id, organisationIds);
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
      if (input.organisationIds)
        await this.checkOrganisations(manager, ctx.coalitionId, input.organisationIds);
      // The version check comes first, so a stale request changes no links either.
      await this.initiatives.update(
        manager,
        ctx.coalitionId,
        id,
        input.version,
        patchColumns(input, INITIATIVE_COLUMNS),
      );
      if (input.organisationIds) {
        await this.initiatives.linkOrganisations(
          manager,
          ctx.coalitionId,
          id,
          input.organisationIds,
          { replace: true },
        );
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
      await this.initiatives.softDelete(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  private checkOrganisations(
    manager: EntityManager,
    coalitionId: string,
    organisationIds: string[],
  ): Promise<void> {
    return assertReferences(
      manager,
      coalitionId,
      'organisation',
      organisationIds,
      'organisationIds',
    );
  }

  private async find(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<InitiativeDto> {
    const row = await this.initiatives.findLive(manager, coalitionId, id);
    const [dto] = await this.withOrganisations(manager, coalitionId, [row]);
    return dto;
  }

  private async withOrganisations(
    manager: EntityManager,
    coalitionId: string,
    rows: InitiativeRow[],
  ): Promise<InitiativeDto[]> {
    const byId = await this.initiatives.organisationIds(
      manager,
      coalitionId,
      rows.map((r) => r.id),
    );
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
