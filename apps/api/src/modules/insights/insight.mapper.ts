import {
  SUCCESSION_POINTS,
  type Engagement,
  type PersonRefDto,
  type SuccessionDto,
  type SuccessionFactorCode,
  type SuccessionFactorDto,
} from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import type { InsightRow } from './organisation-insights.sql';

export type PersonNames = ReadonlyMap<string, string>;

/** The people behind each factor, in DESIGN order; NULL columns are factors that do not apply. */
function factorPeople(row: InsightRow): [SuccessionFactorCode, string[] | null][] {
  return [
    ['no_contact', row.no_contact ? [] : null],
    ['key_contact_leaving', row.key_leaving_ids],
    ['key_contact_left', row.key_left_ids],
    ['owner_leaving', row.leaving_owner_ids],
    ['single_contact', row.single_ids],
    ['concentrated', row.concentrated_ids],
    ['orphaned_actions', row.orphaned_owner_ids],
  ];
}

export function personIdsOf(rows: readonly InsightRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const [, people] of factorPeople(row)) people?.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** Names for the people the factors mention, deleted ones included: one query for a whole page. */
export async function loadPersonNames(
  manager: EntityManager,
  coalitionId: string,
  ids: readonly string[],
): Promise<PersonNames> {
  if (ids.length === 0) return new Map();
  const rows = await sqlRows<{ id: string; name: string }>(
    manager,
    'SELECT id::text AS id, name FROM person WHERE coalition_id = $1 AND id = ANY($2::uuid[])',
    [coalitionId, ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function toEngagement(row: InsightRow): Engagement {
  return {
    score: Number(row.score),
    peak: Number(row.peak),
    index: row.engagement_index,
    daysSinceLastInteraction: row.days_since,
    health: row.health,
  };
}

export function toSuccession(row: InsightRow, names: PersonNames): SuccessionDto {
  const factors: SuccessionFactorDto[] = [];
  for (const [code, personIds] of factorPeople(row)) {
    if (personIds === null) continue;
    const people: PersonRefDto[] = personIds.map((id) => ({
      id,
      name: names.get(id) ?? '(unknown person)',
    }));
    factors.push({
      code,
      points: SUCCESSION_POINTS[code],
      personIds,
      people,
      ...(code === 'orphaned_actions' ? { actionItemIds: row.orphaned_item_ids ?? [] } : {}),
    });
  }
  return { level: row.risk_level, score: row.risk_score, factors };
}
