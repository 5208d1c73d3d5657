import { type Page, type PersonDto, PersonErrorCode } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { AuditedWriter } from '../../common/db/audited-write';
import { insertRow } from '../../common/db/insert-row';
import { listPage, type PageRequest } from '../../common/db/list-query';
import { assertLiveReferences } from '../../common/db/live-references';
import { sqlOneOrNotFound } from '../../common/db/soft-delete';
import type { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne, sqlRows } from '../../database/sql';
import type { AffiliationRow, PersonRow } from './person.mapper';

/** Dates as text: the two drivers would otherwise hand back Dates in different time zones. */
const PERSON_SELECT = `
  SELECT p.id, p.name, p.email, p.phone, p.organisation_id, org.name AS organisation_name, p.role, p.layer,
         p.is_key_contact, p.status, to_char(p.leaving_on, 'YYYY-MM-DD') AS leaving_on,
         to_char(p.left_on, 'YYYY-MM-DD') AS left_on, p.successor_id, successor.name AS successor_name,
         successor.organisation_id AS successor_organisation_id, p.notes, p.external_id, p.version,
         p.created_at, p.updated_at, p.deleted_at
    FROM person p
    LEFT JOIN organisation org ON org.coalition_id = p.coalition_id AND org.id = p.organisation_id
    LEFT JOIN person successor ON successor.coalition_id = p.coalition_id AND successor.id = p.successor_id`;

const AFFILIATION_SELECT = `
  SELECT a.organisation_id, o.name AS organisation_name, a.role,
         to_char(a.started_on, 'YYYY-MM-DD') AS started_on, to_char(a.ended_on, 'YYYY-MM-DD') AS ended_on
    FROM affiliation a JOIN organisation o ON o.coalition_id = a.coalition_id AND o.id = a.organisation_id`;

export const PERSON_REFERENCE = { table: 'person', singular: 'a person', plural: 'people' };

/**
 * The person table and its history (affiliation): every read and write of their SQL. Stateless
 * (the caller hands in the manager of its transaction), so services, the importer, the seed and
 * test builders share the one instance below.
 */
export class PeopleRepository {
  readonly writes = new AuditedWriter<PersonDto>({
    table: 'person',
    entityType: 'person',
    label: 'Person',
    codes: PersonErrorCode,
  });

  /** A page of people; `where` uses the aliases `p` (person) and `org` (their organisation). */
  list<Item>(
    manager: EntityManager,
    where: SqlFilter,
    orderBy: string,
    page: PageRequest,
    map: (row: PersonRow) => Item,
  ): Promise<Page<Item>> {
    return listPage(manager, { select: PERSON_SELECT, where, orderBy, map, ...page });
  }

  findRow(
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
      PersonErrorCode.NOT_FOUND,
    );
  }

  /** Inserts one person (column → value; left-out columns take their defaults). */
  insert(
    manager: EntityManager,
    coalitionId: string,
    values: Record<string, unknown>,
  ): Promise<string> {
    return insertRow(manager, 'person', { coalition_id: coalitionId, ...values });
  }

  /** 400 naming `field` unless every id is a live person of the coalition. */
  assertExist(
    manager: EntityManager,
    coalitionId: string,
    field: string,
    ids: readonly (string | null | undefined)[],
  ): Promise<void> {
    return assertLiveReferences(manager, PERSON_REFERENCE, coalitionId, field, ids);
  }

  /** Whether another live person of the coalition has `externalId`. */
  async externalIdTaken(
    manager: EntityManager,
    coalitionId: string,
    externalId: string,
    ownId: string | null,
  ): Promise<boolean> {
    const taken = await sqlOne<{ id: string }>(
      manager,
      `SELECT id FROM person
        WHERE coalition_id = $1 AND external_id = $2 AND deleted_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [coalitionId, externalId, ownId],
    );
    return taken !== undefined;
  }

  /** The person's affiliation history, oldest first; `organisationId` keeps it to one organisation. */
  affiliations(
    manager: EntityManager,
    coalitionId: string,
    personId: string,
    organisationId?: string | null,
  ): Promise<AffiliationRow[]> {
    const params: unknown[] = [coalitionId, personId];
    let scope = '';
    if (organisationId !== undefined) {
      params.push(organisationId);
      scope = ' AND a.organisation_id = $3';
    }
    return sqlRows<AffiliationRow>(
      manager,
      `${AFFILIATION_SELECT} WHERE a.coalition_id = $1 AND a.person_id = $2${scope}
        ORDER BY a.started_on, a.ended_on NULLS LAST, a.created_at`,
      params,
    );
  }

  async startAffiliation(
    manager: EntityManager,
    coalitionId: string,
    a: { personId: string; organisationId: string; role: string | null; startedOn: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO affiliation (coalition_id, person_id, organisation_id, role, started_on) VALUES ($1, $2, $3, $4, $5)`,
      [coalitionId, a.personId, a.organisationId, a.role, a.startedOn],
    );
  }

  /** Ends the person's open affiliation on `endedOn`. */
  async endAffiliation(
    manager: EntityManager,
    coalitionId: string,
    personId: string,
    endedOn: string,
  ): Promise<void> {
    await manager.query(
      // GREATEST: an affiliation imported with a future start cannot end before it began.
      `UPDATE affiliation SET ended_on = GREATEST(started_on, $3::date)
        WHERE coalition_id = $1 AND person_id = $2 AND ended_on IS NULL`,
      [coalitionId, personId, endedOn],
    );
  }

  /** Corrects the job title of the person's open affiliation. */
  async retitleAffiliation(
    manager: EntityManager,
    coalitionId: string,
    personId: string,
    role: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE affiliation SET role = $3 WHERE coalition_id = $1 AND person_id = $2 AND ended_on IS NULL`,
      [coalitionId, personId, role],
    );
  }
}

export const peopleRepository = new PeopleRepository();
