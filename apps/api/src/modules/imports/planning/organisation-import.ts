import { ORGANISATION_KINDS } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';
import { ORGANISATION_COLUMNS } from '../../organisations/organisation.mapper';
import type { CellValue } from '../mapping/cell-values';
import {
  type ApplyResult,
  type EntityPlan,
  type Planner,
  RecordIndex,
  SeenInFile,
  jsonList,
  keyFilter,
  settle,
  startPreview,
  uuidsAmong,
} from './import-plan';
import { organisationsRepository } from '../../organisations/organisations.repository';
import { type ColumnDef, newIds } from './set-writes';

export interface OrganisationRecord {
  id: string;
  external_id: string | null;
  name: string;
  kind: string;
  size_class: string | null;
  sector: string | null;
  city: string | null;
  website: string | null;
  status: string;
  joined_on: string | null;
  left_on: string | null;
  interests: string | null;
}

type Field = keyof typeof ORGANISATION_COLUMNS;
type Column = (typeof ORGANISATION_COLUMNS)[Field];

const FIELDS = [
  'externalId',
  'name',
  'kind',
  'sizeClass',
  'sector',
  'city',
  'website',
  'status',
  'joinedOn',
  'leftOn',
  'interests',
] as const satisfies readonly Field[];

const COLUMNS: ColumnDef[] = [
  { column: 'id', type: 'uuid' },
  ...FIELDS.map((field): ColumnDef => {
    const column = ORGANISATION_COLUMNS[field];
    if (column === 'status') return { column, type: 'text', fallback: `'active'` };
    return { column, type: column.endsWith('_on') ? 'date' : 'text' };
  }),
];

/** Live organisations whose external id, id or name the keys name (a coalition's own, only). */
export async function loadOrganisations(
  manager: EntityManager,
  coalitionId: string,
  keys: Iterable<string>,
  names: Iterable<string>,
): Promise<RecordIndex<OrganisationRecord>> {
  const keyList = [...keys];
  const rows = await sqlRows<OrganisationRecord>(
    manager,
    `SELECT t.id::text AS id, t.external_id, t.name, t.kind, t.size_class, t.sector, t.city, t.website, t.status,
            to_char(t.joined_on, 'YYYY-MM-DD') AS joined_on, to_char(t.left_on, 'YYYY-MM-DD') AS left_on, t.interests
       FROM organisation t
      WHERE t.coalition_id = $1 AND t.deleted_at IS NULL
        AND (${keyFilter('$2', '$3')}
             OR lower(t.name) IN (SELECT json_array_elements_text($4::json)))`,
    [
      coalitionId,
      jsonList(keyList),
      uuidsAmong(keyList),
      jsonList([...names].map((n) => n.toLowerCase())),
    ],
  );
  return new RecordIndex(rows, { name: (row) => row.name.toLowerCase() });
}

/**
 * Matches each row on its external id, else on its exact name (any case); a match is updated with
 * the row's non-empty cells, anything else is created.
 */
export const planOrganisations: Planner = async (ctx, read): Promise<EntityPlan> => {
  const text = (v: CellValue | undefined) => (typeof v === 'string' ? v : undefined);
  const index = await loadOrganisations(
    ctx.manager,
    ctx.coalitionId,
    read.inputs.flatMap((i) => text(i.values.externalId) ?? []),
    read.inputs.flatMap((i) => text(i.values.name) ?? []),
  );
  const seenKey = new SeenInFile();
  const seenName = new SeenInFile();
  const seenMatch = new SeenInFile();
  const creates: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];

  const rows = read.inputs.map((input) => {
    const preview = startPreview(input);
    const problem = (field: string, message: string) =>
      preview.problems.push(read.problem(input.row, field, message));
    const v = input.values;
    const externalId = text(v.externalId);
    const name = text(v.name);
    if (input.text.name === undefined) problem('name', 'is required');
    if (externalId !== undefined) {
      const before = seenKey.check(externalId, input.row);
      if (before !== undefined) problem('externalId', `is the same as in row ${before}`);
    }
    if (name !== undefined) {
      const before = seenName.check(name.toLowerCase(), input.row);
      if (before !== undefined) problem('name', `"${name}" is also in row ${before}`);
    }

    let match: OrganisationRecord | undefined;
    let byOwnId = false;
    if (externalId !== undefined) {
      const found = index.byKey(externalId);
      if (found) {
        [match, byOwnId] = [found.row, found.byOwnId];
        preview.matchedBy = 'externalId';
      }
    }
    if (!match && name !== undefined) {
      const candidates = index.find('name', name.toLowerCase());
      if (candidates.length > 1) {
        problem(
          'name',
          `matches ${candidates.length} organisations named "${name}"; add an external id column to say which`,
        );
      } else if (candidates.length === 1) {
        const candidate = candidates[0];
        if (externalId !== undefined && candidate.external_id !== null) {
          problem(
            'externalId',
            `"${name}" already exists with external id "${candidate.external_id}", not "${externalId}"`,
          );
        } else {
          match = candidate;
          preview.matchedBy = 'name';
        }
      }
    }
    if (match) {
      const before = seenMatch.check(match.id, input.row);
      if (before !== undefined) problem('name', `is the same organisation as row ${before}`);
    }

    const next = (field: Field, column: Column) =>
      v[field] !== undefined
        ? (v[field] as string)
        : match
          ? (match[column as keyof OrganisationRecord] ?? null)
          : null;
    const joinedOn = next('joinedOn', 'joined_on');
    const leftOn = next('leftOn', 'left_on');
    if (joinedOn && leftOn && leftOn < joinedOn) {
      problem(
        v.leftOn !== undefined ? 'leftOn' : 'joinedOn',
        `left on ${leftOn} is before joined on ${joinedOn}`,
      );
    }

    if (match) {
      preview.matchId = match.id;
      const record: Record<string, unknown> = { id: match.id };
      for (const field of FIELDS) {
        const value = v[field];
        if (value === undefined) continue;
        // Found by its own id: that id is not an external id to store.
        if (field === 'externalId' && byOwnId) continue;
        const column = ORGANISATION_COLUMNS[field];
        if (value !== match[column as keyof OrganisationRecord]) {
          record[column] = value;
          preview.changes.push(field);
        }
      }
      preview.action = settle(preview, 'update');
      if (preview.action === 'update') updates.push(record);
    } else {
      if (input.text.kind === undefined) {
        problem(
          'kind',
          `is required for a new organisation (one of ${ORGANISATION_KINDS.join(', ')})`,
        );
      }
      preview.action = settle(preview, 'create');
      if (preview.action === 'create') {
        const record: Record<string, unknown> = {};
        for (const field of FIELDS) record[ORGANISATION_COLUMNS[field]] = v[field] ?? null;
        creates.push(record);
      }
    }
    return preview;
  });

  return {
    rows,
    async apply(manager: EntityManager): Promise<ApplyResult> {
      const ids = await newIds(manager, creates.length);
      creates.forEach((record, i) => (record.id = ids[i]));
      const { bulk } = organisationsRepository;
      await bulk.insertRecords(manager, ctx.coalitionId, COLUMNS, creates);
      await bulk.updateRecords(manager, ctx.coalitionId, COLUMNS, updates);
      return { created: ids, updated: updates.map((u) => u.id as string) };
    },
  };
};
