import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';
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
import { type OrganisationRecord, loadOrganisations } from './organisation-import';
import { peopleRepository } from '../../people/people.repository';
import { type ColumnDef, newIds } from './set-writes';

export interface PersonRecord {
  id: string;
  external_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  organisation_id: string | null;
  role: string | null;
  layer: string | null;
  is_key_contact: boolean;
  status: string;
  leaving_on: string | null;
  left_on: string | null;
  notes: string | null;
}

/** Import field → person column, for the fields stored as they are. */
const DIRECT = {
  externalId: 'external_id',
  name: 'name',
  email: 'email',
  phone: 'phone',
  role: 'role',
  layer: 'layer',
  isKeyContact: 'is_key_contact',
  status: 'status',
  leavingOn: 'leaving_on',
  leftOn: 'left_on',
  notes: 'notes',
} as const satisfies Record<string, keyof PersonRecord>;

const COLUMNS: ColumnDef[] = [
  { column: 'id', type: 'uuid' },
  { column: 'external_id', type: 'text' },
  { column: 'name', type: 'text' },
  { column: 'email', type: 'text' },
  { column: 'phone', type: 'text' },
  { column: 'organisation_id', type: 'uuid' },
  { column: 'role', type: 'text' },
  { column: 'layer', type: 'text' },
  { column: 'is_key_contact', type: 'boolean', fallback: 'false' },
  { column: 'status', type: 'text', fallback: `'active'` },
  { column: 'leaving_on', type: 'date' },
  { column: 'left_on', type: 'date' },
  { column: 'notes', type: 'text' },
];

const AFFILIATION_COLUMNS: ColumnDef[] = [
  { column: 'person_id', type: 'uuid' },
  { column: 'organisation_id', type: 'uuid' },
  { column: 'role', type: 'text' },
  { column: 'started_on', type: 'date' },
];

/** Live people whose external id, id, e-mail or name the keys name. */
export async function loadPeople(
  manager: EntityManager,
  coalitionId: string,
  keys: Iterable<string>,
  emails: Iterable<string>,
  names: Iterable<string>,
): Promise<RecordIndex<PersonRecord>> {
  const keyList = [...keys];
  const lower = (values: Iterable<string>) => jsonList([...values].map((v) => v.toLowerCase()));
  const rows = await sqlRows<PersonRecord>(
    manager,
    `SELECT t.id::text AS id, t.external_id, t.name, t.email, t.phone, t.organisation_id::text AS organisation_id,
            t.role, t.layer, t.is_key_contact, t.status, to_char(t.leaving_on, 'YYYY-MM-DD') AS leaving_on,
            to_char(t.left_on, 'YYYY-MM-DD') AS left_on, t.notes
       FROM person t
      WHERE t.coalition_id = $1 AND t.deleted_at IS NULL
        AND (${keyFilter('$2', '$3')}
             OR lower(t.email) IN (SELECT json_array_elements_text($4::json))
             OR lower(t.name) IN (SELECT json_array_elements_text($5::json)))`,
    [coalitionId, jsonList(keyList), uuidsAmong(keyList), lower(emails), lower(names)],
  );
  return new RecordIndex(rows, {
    email: (row) => row.email?.toLowerCase() ?? null,
    name: (row) => row.name.toLowerCase(),
  });
}

const text = (v: CellValue | undefined) => (typeof v === 'string' ? v : undefined);

/**
 * Matches each row on its external id, else its e-mail, else (without an e-mail) its name at the
 * same organisation. The organisation is named by its external id or its exact name.
 */
export const planPeople: Planner = async (ctx, read): Promise<EntityPlan> => {
  const inputs = read.inputs;
  const organisations = await loadOrganisations(
    ctx.manager,
    ctx.coalitionId,
    inputs.flatMap((i) => text(i.values.organisationExternalId) ?? []),
    inputs.flatMap((i) => text(i.values.organisation) ?? []),
  );
  const people = await loadPeople(
    ctx.manager,
    ctx.coalitionId,
    inputs.flatMap((i) => text(i.values.externalId) ?? []),
    inputs.flatMap((i) => text(i.values.email) ?? []),
    inputs.flatMap((i) => text(i.values.name) ?? []),
  );
  const seen = {
    key: new SeenInFile(),
    email: new SeenInFile(),
    name: new SeenInFile(),
    match: new SeenInFile(),
  };
  const creates: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  /** People whose organisation or job title changes: their affiliation follows. */
  const moves: { person_id: string; organisation_id: string | null; role: string | null }[] = [];
  const retitles: { person_id: string; role: string }[] = [];

  const rows = inputs.map((input) => {
    const preview = startPreview(input);
    const problem = (field: string, message: string) =>
      preview.problems.push(read.problem(input.row, field, message));
    const v = input.values;
    const externalId = text(v.externalId);
    const email = text(v.email);
    const name = text(v.name);
    if (input.text.name === undefined) problem('name', 'is required');

    const organisation = resolveOrganisation(organisations, v, problem);
    const organisationId = organisation?.id;

    if (externalId !== undefined) {
      const before = seen.key.check(externalId, input.row);
      if (before !== undefined) problem('externalId', `is the same as in row ${before}`);
    }
    if (email !== undefined) {
      const before = seen.email.check(email.toLowerCase(), input.row);
      if (before !== undefined) problem('email', `is the same as in row ${before}`);
    } else if (name !== undefined) {
      const before = seen.name.check(`${name.toLowerCase()}|${organisationId ?? ''}`, input.row);
      if (before !== undefined)
        problem(
          'name',
          `"${name}" at the same organisation is also in row ${before} (add e-mail addresses to tell them apart)`,
        );
    }

    let match: PersonRecord | undefined;
    let byOwnId = false;
    if (externalId !== undefined) {
      const found = people.byKey(externalId);
      if (found) {
        [match, byOwnId] = [found.row, found.byOwnId];
        preview.matchedBy = 'externalId';
      }
    }
    if (!match) {
      let candidates: PersonRecord[] = [];
      let by = '';
      if (email !== undefined) {
        [candidates, by] = [people.find('email', email.toLowerCase()), 'email'];
      } else if (name !== undefined) {
        candidates = people
          .find('name', name.toLowerCase())
          .filter((p) => organisationId === undefined || p.organisation_id === organisationId);
        by = 'name';
      }
      if (candidates.length > 1) {
        problem(by, `matches ${candidates.length} people; add an external id column to say which`);
      } else if (candidates.length === 1) {
        const candidate = candidates[0];
        if (externalId !== undefined && candidate.external_id !== null) {
          problem(
            'externalId',
            `${candidate.name} already exists with external id "${candidate.external_id}", not "${externalId}"`,
          );
        } else {
          match = candidate;
          preview.matchedBy = by;
        }
      }
    }
    if (match) {
      const before = seen.match.check(match.id, input.row);
      if (before !== undefined) problem('name', `is the same person as row ${before}`);
    }

    const next = <K extends keyof PersonRecord>(field: keyof typeof DIRECT, column: K) =>
      v[field] !== undefined ? v[field] : match ? match[column] : null;
    const status = (next('status', 'status') as string | null) ?? 'active';
    if (status === 'leaving' && !next('leavingOn', 'leaving_on')) {
      problem(
        v.status !== undefined ? 'status' : 'leavingOn',
        `is 'leaving', so a leaving date is required`,
      );
    }
    if (status === 'left' && !next('leftOn', 'left_on')) {
      problem(
        v.status !== undefined ? 'status' : 'leftOn',
        `is 'left', so a left date is required`,
      );
    }

    if (match) {
      preview.matchId = match.id;
      const record: Record<string, unknown> = { id: match.id };
      for (const [field, column] of Object.entries(DIRECT)) {
        const value = v[field];
        if (value === undefined || (field === 'externalId' && byOwnId)) continue;
        if (value !== match[column]) {
          record[column] = value;
          preview.changes.push(field);
        }
      }
      if (organisationId !== undefined && organisationId !== match.organisation_id) {
        record.organisation_id = organisationId;
        preview.changes.push('organisation');
      }
      preview.action = settle(preview, 'update');
      if (preview.action === 'update') {
        updates.push(record);
        const role = (v.role as string | undefined) ?? match.role;
        if (record.organisation_id !== undefined) {
          moves.push({ person_id: match.id, organisation_id: organisationId ?? null, role });
        } else if (record.role !== undefined && match.organisation_id !== null) {
          retitles.push({ person_id: match.id, role: record.role as string });
        }
      }
    } else {
      preview.action = settle(preview, 'create');
      if (preview.action === 'create') {
        const record: Record<string, unknown> = { organisation_id: organisationId ?? null };
        for (const [field, column] of Object.entries(DIRECT)) record[column] = v[field] ?? null;
        creates.push(record);
      }
    }
    return preview;
  });

  return {
    rows,
    async apply(manager: EntityManager): Promise<ApplyResult> {
      const today = ctx.now.toISOString().slice(0, 10);
      const ids = await newIds(manager, creates.length);
      creates.forEach((record, i) => (record.id = ids[i]));
      const people = peopleRepository;
      await people.bulk.insertRecords(manager, ctx.coalitionId, COLUMNS, creates);
      await people.bulk.updateRecords(manager, ctx.coalitionId, COLUMNS, updates);
      await people.endAffiliations(
        manager,
        ctx.coalitionId,
        moves.map((m) => m.person_id),
        today,
      );
      const started = [
        ...creates
          .filter((c) => c.organisation_id !== null)
          .map((c) => ({ person_id: c.id, organisation_id: c.organisation_id, role: c.role })),
        ...moves.filter((m) => m.organisation_id !== null),
      ].map((a) => ({ ...a, started_on: today }));
      await people.affiliationBulk.insertRecords(
        manager,
        ctx.coalitionId,
        AFFILIATION_COLUMNS,
        started,
      );
      await people.retitleAffiliations(manager, ctx.coalitionId, retitles);
      return { created: ids, updated: updates.map((u) => u.id as string) };
    },
  };
};

/** The organisation a row names by external id or by exact name; problems when it names none or two. */
function resolveOrganisation(
  organisations: RecordIndex<OrganisationRecord>,
  v: Record<string, CellValue>,
  problem: (field: string, message: string) => void,
): OrganisationRecord | undefined {
  const key = text(v.organisationExternalId);
  const name = text(v.organisation);
  let byKey: OrganisationRecord | undefined;
  if (key !== undefined) {
    byKey = organisations.byKey(key)?.row;
    if (!byKey) {
      problem(
        'organisationExternalId',
        `no organisation has external id "${key}"; import the organisations first`,
      );
      return undefined;
    }
  }
  if (name === undefined) return byKey;
  const candidates = organisations.find('name', name.toLowerCase());
  if (byKey) {
    if (candidates.length > 0 && !candidates.includes(byKey)) {
      problem(
        'organisation',
        `"${name}" is not the organisation with external id "${key}" (${byKey.name})`,
      );
    }
    return byKey;
  }
  if (candidates.length === 0) {
    problem(
      'organisation',
      `unknown organisation "${name}"; import the organisations first or check the spelling`,
    );
    return undefined;
  }
  if (candidates.length > 1) {
    problem(
      'organisation',
      `${candidates.length} organisations are named "${name}"; add an organisation external id column`,
    );
    return undefined;
  }
  return candidates[0];
}
