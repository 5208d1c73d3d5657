import type { ImportPreviewRow, ImportProblem } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import type { ReadRows, RowInput } from '../mapping/row-reader';

export interface PlanContext {
  manager: EntityManager;
  coalitionId: string;
  userId: string;
  now: Date;
}

export interface ApplyResult {
  created: string[];
  updated: string[];
}

/** What an import would do, row by row, and how to do it (inside the caller's transaction). */
export interface EntityPlan {
  rows: ImportPreviewRow[];
  apply(manager: EntityManager): Promise<ApplyResult>;
}

export type Planner = (ctx: PlanContext, read: ReadRows) => Promise<EntityPlan>;

export function startPreview(input: RowInput): ImportPreviewRow {
  return {
    row: input.row,
    action: 'skip',
    matchId: null,
    matchedBy: null,
    changes: [],
    problems: [...input.problems],
    values: input.text,
  };
}

/** The action once the problems are known: a row in error is written in no case. */
export function settle(
  preview: ImportPreviewRow,
  intended: 'create' | 'update',
): ImportPreviewRow['action'] {
  if (preview.problems.length > 0) return 'skip';
  if (intended === 'update' && preview.changes.length === 0) return 'skip';
  return intended;
}

/** Remembers which row first used a key, to report a repeat in the same file. */
export class SeenInFile {
  private readonly first = new Map<string, number>();

  /** The row that used the key before, or undefined (and then this row is remembered). */
  check(key: string, row: number): number | undefined {
    const before = this.first.get(key);
    if (before === undefined) this.first.set(key, row);
    return before;
  }
}

export function addProblem(preview: ImportPreviewRow, problem: ImportProblem): void {
  preview.problems.push(problem);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/**
 * Records by external id, by their own id, and by another text key (lowercased name or e-mail).
 * An export writes a record's external id, or its Regiokracht id when it has none, into the
 * "External id" column; both are found here, so re-importing an export finds every row again.
 */
export class RecordIndex<T extends { id: string; external_id: string | null }> {
  private readonly byExternal = new Map<string, T>();
  private readonly byId = new Map<string, T>();
  private readonly byText = new Map<string, Map<string, T[]>>();

  constructor(rows: readonly T[], textKeys: Record<string, (row: T) => string | null> = {}) {
    for (const row of rows) {
      if (row.external_id !== null) this.byExternal.set(row.external_id, row);
      this.byId.set(row.id.toLowerCase(), row);
      for (const [name, keyOf] of Object.entries(textKeys)) {
        const key = keyOf(row);
        if (key === null) continue;
        let index = this.byText.get(name);
        if (!index) this.byText.set(name, (index = new Map()));
        const list = index.get(key) ?? [];
        list.push(row);
        index.set(key, list);
      }
    }
  }

  byKey(key: string): { row: T; byOwnId: boolean } | undefined {
    const external = this.byExternal.get(key);
    if (external) return { row: external, byOwnId: false };
    const own = isUuid(key) ? this.byId.get(key.toLowerCase()) : undefined;
    return own ? { row: own, byOwnId: true } : undefined;
  }

  find(index: string, key: string): T[] {
    return this.byText.get(index)?.get(key) ?? [];
  }
}

/** Lists of keys as one JSON parameter (see set-writes.ts). */
export function jsonList(values: Iterable<string>): string {
  return JSON.stringify([...new Set(values)]);
}

/** `$n` matches the external ids, the own ids (uuids among the keys) of a table aliased `t`. */
export function keyFilter(keysParam: string, idsParam: string): string {
  return `(t.external_id IN (SELECT json_array_elements_text(${keysParam}::json))
        OR t.id IN (SELECT json_array_elements_text(${idsParam}::json)::uuid))`;
}

export function uuidsAmong(keys: Iterable<string>): string {
  return jsonList([...keys].filter(isUuid).map((k) => k.toLowerCase()));
}
