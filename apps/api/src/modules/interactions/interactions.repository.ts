import { type InteractionDto, InteractionErrorCode, type Page } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { AuditedWriter } from '../../common/db/audited-write';
import { insertRow } from '../../common/db/insert-row';
import { listPage, type PageRequest } from '../../common/db/list-query';
import type { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne, sqlRows } from '../../database/sql';
import type { InteractionLinks, InteractionRow } from './interaction.mapper';

const INTERACTION_SELECT = `
  SELECT i.id, i.occurred_at, i.kind, i.initiated_by, i.summary, i.logged_by_id, u.name AS logged_by_name,
         i.external_id, i.version, i.created_at, i.updated_at
    FROM interaction i
    LEFT JOIN app_user u ON u.id = i.logged_by_id`;

/** List filters on the link tables, for `where` clauses (alias `i`). */
export const INTERACTION_WITH_ORGANISATION = (p: string) =>
  `EXISTS (SELECT 1 FROM interaction_organisation io
            WHERE io.coalition_id = i.coalition_id AND io.interaction_id = i.id AND io.organisation_id = ${p})`;
export const INTERACTION_WITH_PARTICIPANT = (p: string) =>
  `EXISTS (SELECT 1 FROM interaction_participant ip
            WHERE ip.coalition_id = i.coalition_id AND ip.interaction_id = i.id AND ip.person_id = ${p})`;

/**
 * The interaction table and its link tables (interaction_organisation, interaction_participant):
 * every read and write of their SQL. Stateless, shared by the service, importer, seed and builders.
 */
export class InteractionsRepository {
  readonly writes = new AuditedWriter<InteractionDto>({
    table: 'interaction',
    entityType: 'interaction',
    label: 'Interaction',
    codes: InteractionErrorCode,
  });

  /** A page of live interactions' rows; `where` uses the alias `i`. */
  list(
    manager: EntityManager,
    where: SqlFilter,
    orderBy: string,
    page: PageRequest,
  ): Promise<Page<InteractionRow>> {
    return listPage(manager, {
      select: INTERACTION_SELECT,
      where,
      orderBy,
      map: (row: InteractionRow) => row,
      ...page,
    });
  }

  findRow(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<InteractionRow | undefined> {
    return sqlOne<InteractionRow>(
      manager,
      `${INTERACTION_SELECT} WHERE i.coalition_id = $1 AND i.id = $2 AND i.deleted_at IS NULL`,
      [coalitionId, id],
    );
  }

  /** Inserts one interaction (column → value; left-out columns take their defaults). */
  insert(
    manager: EntityManager,
    coalitionId: string,
    values: Record<string, unknown>,
  ): Promise<string> {
    return insertRow(manager, 'interaction', { coalition_id: coalitionId, ...values });
  }

  /** Whether a live interaction of the coalition has `externalId`. */
  async externalIdTaken(
    manager: EntityManager,
    coalitionId: string,
    externalId: string,
  ): Promise<boolean> {
    const taken = await sqlOne(
      manager,
      `SELECT 1 FROM interaction WHERE coalition_id = $1 AND external_id = $2 AND deleted_at IS NULL`,
      [coalitionId, externalId],
    );
    return taken !== undefined;
  }

  /** Organisation and participant ids for a whole page in one query: no query per interaction. */
  async links(
    manager: EntityManager,
    coalitionId: string,
    ids: readonly string[],
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
      [coalitionId, [...ids]],
    );
    for (const row of rows) {
      const links = byId.get(row.interaction_id);
      if (!links) continue;
      if (row.link === 'organisation') links.organisationIds = row.ids;
      else links.participantIds = row.ids;
    }
    return byId;
  }

  /** Sets the interaction's organisations and participants to exactly these ids. */
  async replaceLinks(
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
}

/** `ArrayUnique` compares text; the uuid column does not care about case. */
function lowerUnique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

export const interactionsRepository = new InteractionsRepository();
