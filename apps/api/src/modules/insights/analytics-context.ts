import type { CoalitionSettings } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/conflict';
import { sqlOne } from '../../database/sql';
import { effectiveSettings } from '../coalitions/coalition.mapper';

/** What every analytics query is evaluated with: one coalition, one instant, its settings. */
export interface AnalyticsContext {
  coalitionId: string;
  asOf: Date;
  settings: CoalitionSettings;
}

export async function loadAnalyticsContext(
  manager: EntityManager,
  coalitionId: string,
  asOf: Date,
): Promise<AnalyticsContext> {
  const row = await sqlOne<{ settings: Partial<CoalitionSettings> | null }>(
    manager,
    'SELECT settings FROM coalition WHERE id = $1 AND deleted_at IS NULL',
    [coalitionId],
  );
  if (!row) throw notFound('Coalition');
  return { coalitionId, asOf, settings: effectiveSettings(row.settings) };
}

/**
 * The positional parameters $1…$7 the analytics SQL fragments refer to (engagement.sql.ts,
 * succession.sql.ts, organisation-insights.sql.ts). A query appends its own from $8.
 */
export function analyticsParams({ coalitionId, asOf, settings }: AnalyticsContext): unknown[] {
  return [
    coalitionId,
    asOf.toISOString(),
    settings.halfLifeDays,
    settings.coolingDays,
    settings.dormantDays,
    settings.coolingRatio,
    settings.dormantRatio,
  ];
}

/** asOf's calendar day in UTC, for comparisons with `date` columns (due dates, deliveries). */
export const AS_OF_DATE = `($2::timestamptz AT TIME ZONE 'UTC')::date`;
