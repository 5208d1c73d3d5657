import { InitiativeErrorCode, type InitiativePhase } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { type HolderMove, reassignHolder } from '../../common/db/reassign-holder';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { INITIATIVE_SORTS, type ListInitiativesQuery } from './dto/list-initiatives.query';

export interface InitiativeRow {
  id: string;
  name: string;
  theme: string | null;
  description: string | null;
  phase: InitiativePhase;
  lead_id: string | null;
  lead_name: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface InitiativeOrganisationsRow {
  initiative_id: string;
  organisation_ids: string[] | string;
}

export interface NewInitiative {
  name: string;
  theme?: string | null;
  description?: string | null;
  phase?: InitiativePhase;
  leadId?: string | null;
}

/** API field → column, for the fields a PATCH may set. */
export const INITIATIVE_COLUMNS = {
  name: 'name',
  theme: 'theme',
  description: 'description',
  phase: 'phase',
  leadId: 'lead_id',
} as const;

const SELECT = `
  SELECT i.id, i.name, i.theme, i.description, i.phase, i.lead_id, p.name AS lead_name,
         i.version, i.created_at, i.updated_at
    FROM initiative i
    LEFT JOIN person p ON p.coalition_id = i.coalition_id AND p.id = i.lead_id`;

/** The live organisations of a whole page of initiatives, in one query. */
const ORGANISATIONS_SQL = `
  SELECT io.initiative_id, array_agg(io.organisation_id::text ORDER BY io.organisation_id) AS organisation_ids
    FROM initiative_organisation io
    JOIN organisation o ON o.coalition_id = io.coalition_id AND o.id = io.organisation_id
   WHERE io.coalition_id = $1 AND io.initiative_id = ANY($2::uuid[]) AND o.deleted_at IS NULL
   GROUP BY io.initiative_id`;

/** The initiative table's SQL and its links to organisations (initiative_organisation). */
export class InitiativesRepository {
  async list(
    manager: EntityManager,
    coalitionId: string,
    query: ListInitiativesQuery,
  ): Promise<{ rows: InitiativeRow[]; total: number }> {
    const where = new SqlFilter(['i.coalition_id = $1', 'i.deleted_at IS NULL'], [coalitionId]);
    const add = where.add.bind(where);
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
    // The one list builder: the real total even on a page past the end.
    const page = await listPage(manager, {
      select: SELECT,
      where,
      orderBy: orderBy(query.sort, INITIATIVE_SORTS, 'name', 'i.id'),
      map: (row: InitiativeRow) => row,
      ...query,
    });
    return { rows: page.items, total: page.total };
  }

  /** The live initiative, else 404. */
  findLive(manager: EntityManager, coalitionId: string, id: string): Promise<InitiativeRow> {
    return sqlOneOrNotFound<InitiativeRow>(
      manager,
      `${SELECT} WHERE i.coalition_id = $1 AND i.id = $2 AND i.deleted_at IS NULL`,
      [coalitionId, id],
      'Initiative',
      InitiativeErrorCode.NOT_FOUND,
    );
  }

  /** initiative id → ids of its live organisations (initiatives without any are left out). */
  async organisationIds(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, string[] | string>> {
    if (ids.length === 0) return new Map();
    const links = await sqlRows<InitiativeOrganisationsRow>(manager, ORGANISATIONS_SQL, [
      coalitionId,
      ids,
    ]);
    return new Map(links.map((l) => [l.initiative_id, l.organisation_ids]));
  }

  async insert(manager: EntityManager, coalitionId: string, i: NewInitiative): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO initiative (coalition_id, name, theme, description, phase, lead_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        coalitionId,
        i.name,
        i.theme ?? null,
        i.description ?? null,
        i.phase ?? 'idea',
        i.leadId ?? null,
      ],
    );
    return row!.id;
  }

  /** 404 when gone, 409 when `version` is stale. */
  update(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    version: number,
    set: Record<string, unknown>,
  ): Promise<void> {
    return updateVersioned(manager, {
      table: 'initiative',
      coalitionId,
      id,
      version,
      set,
      label: 'Initiative',
      codes: InitiativeErrorCode,
    });
  }

  /** Replaces (`replace`) or extends the initiative's organisations. */
  async linkOrganisations(
    manager: EntityManager,
    coalitionId: string,
    initiativeId: string,
    organisationIds: readonly string[],
    { replace = false }: { replace?: boolean } = {},
  ): Promise<void> {
    if (replace) {
      await manager.query(
        'DELETE FROM initiative_organisation WHERE coalition_id = $1 AND initiative_id = $2',
        [coalitionId, initiativeId],
      );
    }
    if (organisationIds.length === 0) return;
    await manager.query(
      `INSERT INTO initiative_organisation (coalition_id, initiative_id, organisation_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [coalitionId, initiativeId, [...organisationIds]],
    );
  }

  /** Soft delete; commitments and action items keep pointing at it for history. */
  softDelete(manager: EntityManager, coalitionId: string, id: string): Promise<void> {
    return softDeleteRow(manager, 'initiative', coalitionId, id);
  }

  /** A handover moves the lead of the live initiatives the departing person still leads. */
  transferLead(
    manager: EntityManager,
    coalitionId: string,
    fromPersonId: string,
    moves: readonly HolderMove[],
  ): Promise<Set<string>> {
    return reassignHolder(
      manager,
      { table: 'initiative', column: 'lead_id' },
      coalitionId,
      fromPersonId,
      moves,
    );
  }
}

/** Stateless (callers hand in their transaction's manager): services, seed and builders share it. */
export const initiativesRepository = new InitiativesRepository();
