import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';
import type { CellValue } from '../mapping/cell-values';
import {
  type ApplyResult,
  type EntityPlan,
  type Planner,
  type RecordIndex,
  SeenInFile,
  jsonList,
  keyFilter,
  settle,
  startPreview,
  uuidsAmong,
} from './import-plan';
import { type OrganisationRecord, loadOrganisations } from './organisation-import';
import { type PersonRecord, loadPeople } from './person-import';
import { interactionsRepository } from '../../interactions/interactions.repository';
import { type ColumnDef, newIds } from './set-writes';

interface InteractionRecord {
  id: string;
  external_id: string | null;
  occurred_at: string;
  kind: string;
  initiated_by: string;
  summary: string | null;
  organisation_ids: string[];
  participant_ids: string[];
}

/** Logging a meeting planned for tomorrow is fine (as in the interactions API); further ahead is a plan. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

const COLUMNS: ColumnDef[] = [
  { column: 'id', type: 'uuid' },
  { column: 'external_id', type: 'text' },
  { column: 'occurred_at', type: 'timestamptz' },
  { column: 'kind', type: 'text' },
  { column: 'initiated_by', type: 'text', fallback: `'coalition'` },
  { column: 'summary', type: 'text' },
  { column: 'logged_by_id', type: 'uuid' },
];
const SCALARS = {
  externalId: 'external_id',
  occurredAt: 'occurred_at',
  kind: 'kind',
  initiatedBy: 'initiated_by',
  summary: 'summary',
} as const;

const text = (v: CellValue | undefined) => (typeof v === 'string' ? v : undefined);
const list = (v: CellValue | undefined) => (Array.isArray(v) ? v : []);

/**
 * Existing interactions a row could be: by external id or id, or at one of the file's moments
 * (the natural match of a row without an external id). Links come along in the same query.
 */
async function loadInteractions(
  manager: EntityManager,
  coalitionId: string,
  keys: string[],
  moments: string[],
): Promise<InteractionRecord[]> {
  const rows = await sqlRows<InteractionRecord & { occurred_at: Date | string }>(
    manager,
    `SELECT t.id::text AS id, t.external_id, t.occurred_at, t.kind, t.initiated_by, t.summary,
            coalesce((SELECT json_agg(io.organisation_id::text ORDER BY io.organisation_id) FROM interaction_organisation io
                       WHERE io.coalition_id = t.coalition_id AND io.interaction_id = t.id), '[]') AS organisation_ids,
            coalesce((SELECT json_agg(ip.person_id::text ORDER BY ip.person_id) FROM interaction_participant ip
                       WHERE ip.coalition_id = t.coalition_id AND ip.interaction_id = t.id), '[]') AS participant_ids
       FROM interaction t
      WHERE t.coalition_id = $1 AND t.deleted_at IS NULL
        AND (${keyFilter('$2', '$3')}
             OR t.occurred_at IN (SELECT json_array_elements_text($4::json)::timestamptz))`,
    [coalitionId, jsonList(keys), uuidsAmong(keys), jsonList(moments)],
  );
  return rows.map((row) => ({
    ...row,
    occurred_at: new Date(row.occurred_at).toISOString(),
    organisation_ids: jsonArray(row.organisation_ids),
    participant_ids: jsonArray(row.participant_ids),
  }));
}

/** json_agg arrives parsed from pg and as text from some PGlite paths. */
function jsonArray(value: unknown): string[] {
  return typeof value === 'string' ? (JSON.parse(value) as string[]) : (value as string[]);
}

/** The same moment, kind, summary and organisations: a row without an external id is this one. */
function naturalKey(
  occurredAt: string,
  kind: string,
  summary: string | null,
  organisationIds: readonly string[],
): string {
  return JSON.stringify([occurredAt, kind, summary ?? '', [...organisationIds].sort()]);
}

/**
 * Matches each row on its external id, else on the same moment, kind, summary and organisations.
 * Organisations are named by external id or exact name; participants by external id, e-mail or
 * exact name.
 */
export const planInteractions: Planner = async (ctx, read): Promise<EntityPlan> => {
  const inputs = read.inputs;
  const organisations = await loadOrganisations(
    ctx.manager,
    ctx.coalitionId,
    inputs.flatMap((i) => list(i.values.organisationExternalIds)),
    inputs.flatMap((i) => list(i.values.organisations)),
  );
  const participantNames = inputs.flatMap((i) => list(i.values.participants));
  const people = await loadPeople(
    ctx.manager,
    ctx.coalitionId,
    inputs.flatMap((i) => list(i.values.participantExternalIds)),
    participantNames.filter((p) => p.includes('@')),
    participantNames.filter((p) => !p.includes('@')),
  );
  const existing = await loadInteractions(
    ctx.manager,
    ctx.coalitionId,
    inputs.flatMap((i) => text(i.values.externalId) ?? []),
    inputs.flatMap((i) => text(i.values.occurredAt) ?? []),
  );
  const byExternal = new Map<string, InteractionRecord>();
  const byId = new Map<string, InteractionRecord>();
  const byNatural = new Map<string, InteractionRecord>();
  for (const row of existing) {
    if (row.external_id !== null) byExternal.set(row.external_id, row);
    byId.set(row.id, row);
    const key = naturalKey(row.occurred_at, row.kind, row.summary, row.organisation_ids);
    if (!byNatural.has(key)) byNatural.set(key, row);
  }

  const latest = ctx.now.getTime() + MAX_FUTURE_MS;
  const seen = { key: new SeenInFile(), natural: new SeenInFile(), match: new SeenInFile() };
  const creates: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const links: {
    id: string;
    organisationIds: string[] | null;
    participantIds: string[] | null;
    isNew: boolean;
  }[] = [];

  const rows = inputs.map((input) => {
    const preview = startPreview(input);
    const problem = (field: string, message: string) =>
      preview.problems.push(read.problem(input.row, field, message));
    const v = input.values;
    const externalId = text(v.externalId);
    const occurredAt = text(v.occurredAt);
    const kind = text(v.kind);
    if (input.text.occurredAt === undefined) problem('occurredAt', 'is required');
    else if (occurredAt !== undefined && Date.parse(occurredAt) > latest) {
      problem(
        'occurredAt',
        'is more than one day in the future; log interactions once they happened',
      );
    }
    if (input.text.kind === undefined) problem('kind', 'is required');

    const organisationIds = resolveOrganisations(organisations, v, problem);
    const participantIds = resolveParticipants(people, v, problem);

    let match: InteractionRecord | undefined;
    let byOwnId = false;
    if (externalId !== undefined) {
      const before = seen.key.check(externalId, input.row);
      if (before !== undefined) problem('externalId', `is the same as in row ${before}`);
      match = byExternal.get(externalId);
      if (!match && /^[0-9a-f-]{36}$/i.test(externalId)) {
        match = byId.get(externalId.toLowerCase());
        byOwnId = match !== undefined;
      }
      if (match) preview.matchedBy = 'externalId';
    }
    if (!match && externalId === undefined && occurredAt && kind && organisationIds) {
      const key = naturalKey(occurredAt, kind, text(v.summary) ?? null, organisationIds);
      const before = seen.natural.check(key, input.row);
      if (before !== undefined) {
        problem(
          'occurredAt',
          `is the same interaction as row ${before} (moment, kind, summary and organisations)`,
        );
      }
      match = byNatural.get(key);
      if (match) preview.matchedBy = 'natural';
    }
    if (match) {
      const before = seen.match.check(match.id, input.row);
      if (before !== undefined) problem('externalId', `is the same interaction as row ${before}`);
    }

    if (match) {
      preview.matchId = match.id;
      const record: Record<string, unknown> = { id: match.id };
      for (const [field, column] of Object.entries(SCALARS)) {
        const value = v[field];
        if (value === undefined || (field === 'externalId' && byOwnId)) continue;
        if (value !== match[column]) {
          record[column] = value;
          preview.changes.push(field);
        }
      }
      const orgsChanged =
        organisationIds !== null && !sameSet(organisationIds, match.organisation_ids);
      const peopleChanged =
        participantIds !== null && !sameSet(participantIds, match.participant_ids);
      if (orgsChanged) preview.changes.push('organisations');
      if (peopleChanged) preview.changes.push('participants');
      preview.action = settle(preview, 'update');
      if (preview.action === 'update') {
        updates.push(record);
        if (orgsChanged || peopleChanged) {
          links.push({
            id: match.id,
            organisationIds: orgsChanged ? organisationIds : null,
            participantIds: peopleChanged ? participantIds : null,
            isNew: false,
          });
        }
      }
    } else {
      if (organisationIds === null || organisationIds.length === 0) {
        if (
          input.text.organisations === undefined &&
          input.text.organisationExternalIds === undefined
        ) {
          problem('organisations', 'names no organisation; a new interaction needs at least one');
        }
      }
      preview.action = settle(preview, 'create');
      if (preview.action === 'create') {
        const record: Record<string, unknown> = { logged_by_id: ctx.userId };
        for (const [field, column] of Object.entries(SCALARS)) record[column] = v[field] ?? null;
        creates.push(record);
        links.push({ id: '', organisationIds, participantIds, isNew: true });
      }
    }
    return preview;
  });

  return {
    rows,
    async apply(manager: EntityManager): Promise<ApplyResult> {
      const ids = await newIds(manager, creates.length);
      creates.forEach((record, i) => (record.id = ids[i]));
      let next = 0;
      for (const link of links) if (link.isNew) link.id = ids[next++];
      const interactions = interactionsRepository;
      await interactions.bulk.insertRecords(manager, ctx.coalitionId, COLUMNS, creates);
      await interactions.bulk.updateRecords(manager, ctx.coalitionId, COLUMNS, updates);
      await interactions.replaceLinksOfMany(manager, ctx.coalitionId, links);
      return { created: ids, updated: updates.map((u) => u.id as string) };
    },
  };
};

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * The organisation ids a row names, or null when it names none (then an update keeps the links).
 * Names and external ids may be mixed; each must name exactly one organisation.
 */
function resolveOrganisations(
  organisations: RecordIndex<OrganisationRecord>,
  v: Record<string, CellValue>,
  problem: (field: string, message: string) => void,
): string[] | null {
  const keys = list(v.organisationExternalIds);
  const names = list(v.organisations);
  if (keys.length === 0 && names.length === 0) return null;
  const ids = new Set<string>();
  for (const key of keys) {
    const found = organisations.byKey(key)?.row;
    if (found) ids.add(found.id);
    else
      problem(
        'organisationExternalIds',
        `no organisation has external id "${key}"; import the organisations first`,
      );
  }
  if (keys.length === 0) {
    for (const name of names) {
      const candidates = organisations.find('name', name.toLowerCase());
      if (candidates.length === 1) ids.add(candidates[0].id);
      else if (candidates.length === 0) {
        problem(
          'organisations',
          `unknown organisation "${name}"; import the organisations first or check the spelling`,
        );
      } else {
        problem(
          'organisations',
          `${candidates.length} organisations are named "${name}"; use the organisation external ids column`,
        );
      }
    }
  }
  return [...ids];
}

/** The people a row names by external id, or else by e-mail or exact name; null when it names none. */
function resolveParticipants(
  people: RecordIndex<PersonRecord>,
  v: Record<string, CellValue>,
  problem: (field: string, message: string) => void,
): string[] | null {
  const keys = list(v.participantExternalIds);
  const names = list(v.participants);
  if (keys.length === 0 && names.length === 0) return null;
  const ids = new Set<string>();
  for (const key of keys) {
    const found = people.byKey(key)?.row;
    if (found) ids.add(found.id);
    else
      problem(
        'participantExternalIds',
        `no person has external id "${key}"; import the people first`,
      );
  }
  if (keys.length === 0) {
    for (const name of names) {
      const byEmail = name.includes('@');
      const candidates = people.find(byEmail ? 'email' : 'name', name.toLowerCase());
      if (candidates.length === 1) ids.add(candidates[0].id);
      else if (candidates.length === 0) {
        problem(
          'participants',
          `unknown person "${name}"; import the people first or check the spelling`,
        );
      } else {
        problem(
          'participants',
          `${candidates.length} people are named "${name}"; use their e-mail or external id`,
        );
      }
    }
  }
  return [...ids];
}
