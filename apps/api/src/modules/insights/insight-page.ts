import type { OrganisationInsightsPage } from '@regiokracht/shared';
import { parseSort, toPage } from '../../common/pagination/page';
import type { InsightBase, InsightEntry } from './insight-base';
import type { OrganisationInsightsQuery } from './dto/organisation-insights.query';

/**
 * Sort keys of the list; `health` and `risk` put the worst first (dormant…engaged; high risk with
 * the highest score first), `-` reverses. Like every list: NULLs last either way, then by name
 * and id.
 */
export const INSIGHT_SORT_KEYS = {
  name: (e) => e.nameRank,
  score: (e) => e.dto.engagement.score,
  peak: (e) => e.dto.engagement.peak,
  index: (e) => e.dto.engagement.index,
  daysSinceLastInteraction: (e) => e.dto.engagement.daysSinceLastInteraction,
  health: (e) => e.healthRank,
  risk: (e) => e.riskRank * 1000 - e.dto.succession.score,
  riskScore: (e) => e.dto.succession.score,
} satisfies Record<string, (entry: InsightEntry) => number | null>;

/**
 * One page of the list from the base: filtered, sorted and cut in memory. `matchingIds` are the
 * organisations whose name matches `q` (found by SQL ILIKE, the same test as every other list).
 */
export function insightPage(
  base: InsightBase,
  query: OrganisationInsightsQuery,
  matchingIds?: ReadonlySet<string>,
): OrganisationInsightsPage {
  const { field, descending } = parseSort(query.sort, INSIGHT_SORT_KEYS, 'name');
  const key = INSIGHT_SORT_KEYS[field];
  const direction = descending ? -1 : 1;
  const selected = base.entries.filter(
    (e) =>
      (!query.health || e.dto.engagement.health === query.health) &&
      (!query.risk || e.dto.succession.level === query.risk) &&
      (!matchingIds || matchingIds.has(e.dto.organisationId)),
  );
  selected.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    }
    return a.nameRank - b.nameRank || a.idRank - b.idRank;
  });
  const start = (query.page - 1) * query.pageSize;
  return {
    ...toPage(
      selected.slice(start, start + query.pageSize).map((e) => e.dto),
      selected.length,
      query,
    ),
    asOf: base.asOf,
    settings: base.settings,
  };
}
