import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type InteractionDto, InteractionErrorCode, type Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { actorOf } from '../../common/db/audited-write';
import { patchColumns } from '../../common/db/patch-columns';
import { SqlFilter } from '../../common/db/sql-filter';
import { conflict, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { assertNotMoreThanADayAhead } from '../../common/validation/field-validators';
import { organisationsRepository } from '../organisations/organisations.repository';
import { peopleRepository } from '../people/people.repository';
import type { CreateInteractionDto } from './dto/create-interaction.dto';
import type { ListInteractionsQuery } from './dto/list-interactions.query';
import type { UpdateInteractionDto } from './dto/update-interaction.dto';
import { INTERACTION_COLUMNS, toInteractionDto } from './interaction.mapper';
import {
  INTERACTION_WITH_ORGANISATION,
  INTERACTION_WITH_PARTICIPANT,
  interactionsRepository,
} from './interactions.repository';

const SORTS = {
  occurredAt: 'i.occurred_at',
  kind: 'i.kind',
  initiatedBy: 'i.initiated_by',
  createdAt: 'i.created_at',
  updatedAt: 'i.updated_at',
};

type Writable = Partial<CreateInteractionDto>;

@Injectable()
export class InteractionsService {
  private readonly repo = interactionsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(ctx: CoalitionContext, query: ListInteractionsQuery): Promise<Page<InteractionDto>> {
    const where = new SqlFilter(['i.coalition_id = $1', 'i.deleted_at IS NULL'], [ctx.coalitionId]);
    if (query.organisationId) where.add(INTERACTION_WITH_ORGANISATION, query.organisationId);
    if (query.personId) where.add(INTERACTION_WITH_PARTICIPANT, query.personId);
    if (query.kind) where.add((p) => `i.kind = ${p}`, query.kind);
    if (query.initiatedBy) where.add((p) => `i.initiated_by = ${p}`, query.initiatedBy);
    if (query.from) where.add((p) => `i.occurred_at >= ${p}::timestamptz`, query.from);
    if (query.to) where.add((p) => `i.occurred_at < ${p}::timestamptz`, query.to);
    if (query.q) where.add((p) => `i.summary ILIKE ${p}`, likePattern(query.q));

    const page = await this.repo.list(
      this.db.manager,
      where,
      orderBy(query.sort, SORTS, '-occurredAt', 'i.id'),
      query,
    );
    const links = await this.repo.links(
      this.db.manager,
      ctx.coalitionId,
      page.items.map((r) => r.id),
    );
    return { ...page, items: page.items.map((row) => toInteractionDto(row, links.get(row.id))) };
  }

  async get(ctx: CoalitionContext, id: string): Promise<InteractionDto> {
    return this.load(this.db.manager, ctx.coalitionId, id);
  }

  create(ctx: CoalitionContext, input: CreateInteractionDto): Promise<InteractionDto> {
    return this.db.transaction(async (manager) => {
      await this.checkRules(manager, ctx.coalitionId, input, null);
      const id = await this.repo.insert(manager, ctx.coalitionId, {
        logged_by_id: ctx.user.id,
        ...patchColumns(input, INTERACTION_COLUMNS),
      });
      await this.repo.replaceLinks(
        manager,
        ctx.coalitionId,
        id,
        input.organisationIds,
        input.participantIds ?? [],
      );
      const after = await this.load(manager, ctx.coalitionId, id);
      return this.repo.writes.created(manager, actorOf(ctx), id, after);
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateInteractionDto): Promise<InteractionDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await this.checkRules(manager, ctx.coalitionId, input, before);
      return this.repo.writes.update(manager, actorOf(ctx), {
        id,
        version: input.version,
        set: patchColumns(input, INTERACTION_COLUMNS),
        before,
        beforeAudit: async () => {
          if (input.organisationIds === undefined && input.participantIds === undefined) return;
          await this.repo.replaceLinks(
            manager,
            ctx.coalitionId,
            id,
            input.organisationIds ?? before.organisationIds,
            input.participantIds ?? before.participantIds,
          );
        },
        reload: () => this.load(manager, ctx.coalitionId, id),
      });
    });
  }

  /** Soft delete: the interaction leaves lists and engagement scores, the row stays for the audit trail. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(manager, ctx.coalitionId, id);
      await this.repo.writes.softDelete(manager, actorOf(ctx), id, before);
    });
  }

  private async load(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<InteractionDto> {
    const row = await this.repo.findRow(manager, coalitionId, id);
    if (!row) throw notFound('Interaction', InteractionErrorCode.NOT_FOUND);
    const links = await this.repo.links(manager, coalitionId, [id]);
    return toInteractionDto(row, links.get(row.id));
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
    assertNotMoreThanADayAhead(input.occurredAt, this.clock.now());
    if (input.organisationIds) {
      const known = new Set(before?.organisationIds ?? []);
      const added = input.organisationIds.filter((id) => !known.has(id.toLowerCase()));
      await organisationsRepository.assertExist(manager, coalitionId, 'organisationIds', added);
    }
    if (input.participantIds) {
      const known = new Set(before?.participantIds ?? []);
      const added = input.participantIds.filter((id) => !known.has(id.toLowerCase()));
      await peopleRepository.assertExist(manager, coalitionId, 'participantIds', added);
    }
    if (input.externalId && input.externalId !== before?.externalId) {
      if (await this.repo.externalIdTaken(manager, coalitionId, input.externalId))
        throw conflict(
          'Another interaction already has this externalId',
          [{ field: 'externalId', message: 'is already used by another interaction' }],
          { code: InteractionErrorCode.EXTERNAL_ID_TAKEN },
        );
    }
  }
}
