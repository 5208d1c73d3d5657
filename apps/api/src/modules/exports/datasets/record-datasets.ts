import type { ImportEntity } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';
import { fieldSpec } from '../../imports/mapping/import-fields';
import type {
  ExportColumn,
  ExportColumnType,
  ExportSheet,
  ExportValue,
} from '../writers/export-table';

/**
 * Organisations, people and interactions in the columns the import reads back (same headers,
 * codes for enums), plus a few read-only columns the import ignores. The "External id" column
 * holds the record's external id, or its Regiokracht id when it has none: so a re-import finds
 * every row again, and an import into another coalition keeps where each row came from.
 */

/** A column the import maps to `field` (its header comes from the import's field list). */
function importable(
  entity: ImportEntity,
  field: string,
  type: ExportColumnType,
  width?: number,
): ExportColumn {
  const spec = fieldSpec(entity, field);
  if (!spec) throw new Error(`${entity} has no import field ${field}`);
  return { header: spec.header, type, width };
}

interface Dataset {
  columns: ExportColumn[];
  /** One SQL expression per column. */
  select: string[];
  /** FROM … WHERE … ORDER BY; `$1` is the coalition. */
  from: string;
}

const KEY = (alias: string) => `coalesce(${alias}.external_id, ${alias}.id::text)`;

/**
 * The linked (live) organisations or people of an interaction as one `; `-separated cell. Names
 * and keys are sorted alike, so the n-th key belongs to the n-th name.
 */
function linkedNames(link: string, table: string, column: string, expression: string): string {
  return `(SELECT string_agg(${expression}, '; ' ORDER BY lower(o.name), o.id) FROM ${link} l
             JOIN ${table} o ON o.coalition_id = l.coalition_id AND o.id = l.${column} AND o.deleted_at IS NULL
            WHERE l.coalition_id = i.coalition_id AND l.interaction_id = i.id)`;
}

const DATASETS: Record<ImportEntity, Dataset> = {
  organisations: {
    columns: [
      importable('organisations', 'externalId', 'text', 38),
      importable('organisations', 'name', 'text', 32),
      importable('organisations', 'kind', 'code'),
      importable('organisations', 'sizeClass', 'code'),
      importable('organisations', 'sector', 'text'),
      importable('organisations', 'city', 'text'),
      importable('organisations', 'website', 'text'),
      importable('organisations', 'status', 'code'),
      importable('organisations', 'joinedOn', 'date'),
      importable('organisations', 'leftOn', 'date'),
      importable('organisations', 'interests', 'text', 40),
      { header: { en: 'Relationship owner', nl: 'Relatiebeheerder' }, type: 'text' },
    ],
    select: [
      KEY('o'),
      'o.name',
      'o.kind',
      'o.size_class',
      'o.sector',
      'o.city',
      'o.website',
      'o.status',
      `to_char(o.joined_on, 'YYYY-MM-DD')`,
      `to_char(o.left_on, 'YYYY-MM-DD')`,
      'o.interests',
      'owner.name',
    ],
    from: `
        FROM organisation o
        LEFT JOIN person owner ON owner.coalition_id = o.coalition_id AND owner.id = o.relationship_owner_id
       WHERE o.coalition_id = $1 AND o.deleted_at IS NULL
       ORDER BY lower(o.name), o.id`,
  },
  people: {
    columns: [
      importable('people', 'externalId', 'text', 38),
      importable('people', 'name', 'text', 28),
      importable('people', 'email', 'text', 30),
      importable('people', 'phone', 'text', 16),
      importable('people', 'organisation', 'text', 32),
      importable('people', 'organisationExternalId', 'text', 38),
      importable('people', 'role', 'text'),
      importable('people', 'layer', 'code'),
      importable('people', 'isKeyContact', 'boolean'),
      importable('people', 'status', 'code'),
      importable('people', 'leavingOn', 'date'),
      importable('people', 'leftOn', 'date'),
      importable('people', 'notes', 'text', 40),
      { header: { en: 'Successor', nl: 'Opvolger' }, type: 'text' },
    ],
    // A deleted organisation is left out: the import could not find it again.
    select: [
      KEY('p'),
      'p.name',
      'p.email',
      'p.phone',
      'org.name',
      `CASE WHEN org.id IS NOT NULL THEN ${KEY('org')} END`,
      'p.role',
      'p.layer',
      'p.is_key_contact',
      'p.status',
      `to_char(p.leaving_on, 'YYYY-MM-DD')`,
      `to_char(p.left_on, 'YYYY-MM-DD')`,
      'p.notes',
      'successor.name',
    ],
    from: `
        FROM person p
        LEFT JOIN organisation org
          ON org.coalition_id = p.coalition_id AND org.id = p.organisation_id AND org.deleted_at IS NULL
        LEFT JOIN person successor ON successor.coalition_id = p.coalition_id AND successor.id = p.successor_id
       WHERE p.coalition_id = $1 AND p.deleted_at IS NULL
       ORDER BY lower(p.name), p.id`,
  },
  interactions: {
    columns: [
      importable('interactions', 'externalId', 'text', 38),
      importable('interactions', 'occurredAt', 'instant'),
      importable('interactions', 'kind', 'code'),
      importable('interactions', 'initiatedBy', 'code'),
      importable('interactions', 'summary', 'text', 48),
      importable('interactions', 'organisations', 'text', 40),
      importable('interactions', 'organisationExternalIds', 'text', 40),
      importable('interactions', 'participants', 'text', 40),
      importable('interactions', 'participantExternalIds', 'text', 40),
      { header: { en: 'Logged by', nl: 'Vastgelegd door' }, type: 'text' },
    ],
    select: [
      KEY('i'),
      'i.occurred_at',
      'i.kind',
      'i.initiated_by',
      'i.summary',
      linkedNames('interaction_organisation', 'organisation', 'organisation_id', 'o.name'),
      linkedNames('interaction_organisation', 'organisation', 'organisation_id', KEY('o')),
      linkedNames('interaction_participant', 'person', 'person_id', 'o.name'),
      linkedNames('interaction_participant', 'person', 'person_id', KEY('o')),
      'u.name',
    ],
    from: `
        FROM interaction i
        LEFT JOIN app_user u ON u.id = i.logged_by_id
       WHERE i.coalition_id = $1 AND i.deleted_at IS NULL
       ORDER BY i.occurred_at, i.id`,
  },
};

for (const [entity, dataset] of Object.entries(DATASETS)) {
  if (dataset.select.length !== dataset.columns.length)
    throw new Error(
      `Export of ${entity}: ${dataset.select.length} expressions for ${dataset.columns.length} columns`,
    );
}

const SHEET_NAMES: Record<ImportEntity, { en: string; nl: string }> = {
  organisations: { en: 'Organisations', nl: 'Organisaties' },
  people: { en: 'People', nl: 'Personen' },
  interactions: { en: 'Interactions', nl: 'Interacties' },
};

export async function recordSheet(
  manager: EntityManager,
  coalitionId: string,
  entity: ImportEntity,
): Promise<ExportSheet> {
  const dataset = DATASETS[entity];
  const select = dataset.select.map((expression, i) => `${expression} AS c${i}`).join(', ');
  const rows = await sqlRows<Record<string, unknown>>(manager, `SELECT ${select} ${dataset.from}`, [
    coalitionId,
  ]);
  return {
    name: SHEET_NAMES[entity],
    columns: dataset.columns,
    rows: rows.map((row) => dataset.columns.map((column, i) => toValue(row[`c${i}`], column.type))),
  };
}

function toValue(value: unknown, type: ExportColumnType): ExportValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (type === 'instant') return new Date(value as string).toISOString();
  if (typeof value === 'boolean' || typeof value === 'number') return value;
  // numeric arrives as text, text as text: nothing else is selected.
  return typeof value === 'string' ? value : JSON.stringify(value);
}
