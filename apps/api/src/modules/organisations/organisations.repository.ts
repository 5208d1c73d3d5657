import { type OrganisationDto, OrganisationErrorCode, type Page } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { AuditedWriter } from '../../common/db/audited-write';
import { insertRow } from '../../common/db/insert-row';
import { listPageIdsFirst, type PageRequest } from '../../common/db/list-query';
import { assertLiveReferences } from '../../common/db/live-references';
import { sqlOneOrNotFound } from '../../common/db/soft-delete';
import type { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne } from '../../database/sql';
import type { OrganisationRow } from './organisation.mapper';

/** Dates as text: the two drivers would otherwise hand back Dates in different time zones. */
const ORGANISATION_FIELDS = `
  o.id, o.name, o.kind, o.size_class, o.sector, o.city, o.website, o.status,
  to_char(o.joined_on, 'YYYY-MM-DD') AS joined_on, to_char(o.left_on, 'YYYY-MM-DD') AS left_on,
  o.interests, o.relationship_owner_id, owner.name AS relationship_owner_name,
  owner.organisation_id AS relationship_owner_organisation_id,
  o.external_id, o.version, o.created_at, o.updated_at, o.deleted_at`;

/** The relationship owner's name and organisation, for ORGANISATION_FIELDS. */
const ORGANISATION_OWNER_JOIN = `
  LEFT JOIN person owner ON owner.coalition_id = o.coalition_id AND owner.id = o.relationship_owner_id`;

const ORGANISATION_SELECT = `
  SELECT ${ORGANISATION_FIELDS}
    FROM organisation o ${ORGANISATION_OWNER_JOIN}`;

/** Open work that blocks deleting an organisation (docs/domain.md statuses). */
export interface OpenWork {
  commitments: number;
  actionItems: number;
}

/**
 * The organisation table: every read and write of its SQL. Stateless (the caller hands in the
 * manager of its transaction), so services, the importer, the seed and test builders share the
 * one instance below without a Nest container.
 */
export class OrganisationsRepository {
  readonly writes = new AuditedWriter<OrganisationDto>({
    table: 'organisation',
    entityType: 'organisation',
    label: 'Organisation',
    codes: OrganisationErrorCode,
  });

  /**
   * A page of organisations; `where` uses the alias `o` and `$1` is the coalition. The page's ids
   * and the total come from organisation alone; the owner is joined for the page's rows only.
   */
  list<Item>(
    manager: EntityManager,
    where: SqlFilter,
    orderBy: string,
    page: PageRequest,
    map: (row: OrganisationRow) => Item,
  ): Promise<Page<Item>> {
    return listPageIdsFirst(manager, {
      from: 'organisation o',
      idColumn: 'o.id',
      fields: ORGANISATION_FIELDS,
      join: `JOIN organisation o ON o.coalition_id = $1 AND o.id = page.id ${ORGANISATION_OWNER_JOIN}`,
      where,
      orderBy,
      map,
      ...page,
    });
  }

  findRow(
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
      OrganisationErrorCode.NOT_FOUND,
    );
  }

  /** Inserts one organisation (column → value; left-out columns take their defaults). */
  insert(
    manager: EntityManager,
    coalitionId: string,
    values: Record<string, unknown>,
  ): Promise<string> {
    return insertRow(manager, 'organisation', { coalition_id: coalitionId, ...values });
  }

  /** 400 naming `field` unless every id is a live organisation of the coalition. */
  assertExist(
    manager: EntityManager,
    coalitionId: string,
    field: string,
    ids: readonly (string | null | undefined)[],
  ): Promise<void> {
    return assertLiveReferences(manager, ORGANISATION_REFERENCE, coalitionId, field, ids);
  }

  /** Whether another live organisation of the coalition has `externalId`. */
  async externalIdTaken(
    manager: EntityManager,
    coalitionId: string,
    externalId: string,
    ownId: string | null,
  ): Promise<boolean> {
    const taken = await sqlOne<{ id: string }>(
      manager,
      `SELECT id FROM organisation
        WHERE coalition_id = $1 AND external_id = $2 AND deleted_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [coalitionId, externalId, ownId],
    );
    return taken !== undefined;
  }

  /** Live commitments and action items of the organisation in the given open statuses. */
  async openWork(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    statuses: { commitments: readonly string[]; actionItems: readonly string[] },
  ): Promise<OpenWork> {
    const open = await sqlOne<{ commitments: string; action_items: string }>(
      manager,
      `SELECT (SELECT count(*) FROM commitment
                WHERE coalition_id = $1 AND organisation_id = $2 AND deleted_at IS NULL AND status = ANY($3::text[])) AS commitments,
              (SELECT count(*) FROM action_item
                WHERE coalition_id = $1 AND organisation_id = $2 AND deleted_at IS NULL AND status = ANY($4::text[])) AS action_items`,
      [coalitionId, id, statuses.commitments, statuses.actionItems],
    );
    return {
      commitments: Number(open?.commitments ?? 0),
      actionItems: Number(open?.action_items ?? 0),
    };
  }
}

export const ORGANISATION_REFERENCE = {
  table: 'organisation',
  singular: 'an organisation',
  plural: 'organisations',
};

export const organisationsRepository = new OrganisationsRepository();
