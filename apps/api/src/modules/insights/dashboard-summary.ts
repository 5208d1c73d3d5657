import {
  HEALTHS,
  RISK_LEVELS,
  type AttentionItemDto,
  type AttentionReasonDto,
  type DashboardDto,
  type Engagement,
  type Health,
  type RiskLevel,
  type SuccessionFactorDto,
} from '@regiokracht/shared';
import type { InsightBase, InsightEntry } from './insight-base';

/** How many organisations the "needs attention" list shows (its total is given too). */
export const ATTENTION_LIMIT = 20;

interface Ranked {
  entry: InsightEntry;
  overdue: number;
}

/**
 * Counts by health and risk plus the top of the "needs attention" list. An organisation needs
 * attention when its succession risk is medium or high, its health is not engaged, or it has an
 * overdue action item. Ranking, worst first:
 *   1. succession risk level (high, medium, low)
 *   2. health (dormant, cooling, no_contact, engaged)
 *   3. most overdue action items
 *   4. higher succession risk score
 *   5. lower engagement index
 *   6. name, then id
 */
export function organisationSummary(
  base: InsightBase,
  overdue: Readonly<Record<string, number>>,
): Pick<DashboardDto, 'organisations' | 'needsAttention'> {
  const byHealth = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<Health, number>;
  const byRisk = Object.fromEntries(RISK_LEVELS.map((r) => [r, 0])) as Record<RiskLevel, number>;
  const attention: Ranked[] = [];
  for (const entry of base.entries) {
    const { engagement, succession } = entry.dto;
    byHealth[engagement.health] += 1;
    byRisk[succession.level] += 1;
    const ranked = { entry, overdue: overdue[entry.dto.organisationId] ?? 0 };
    if (succession.level !== 'low' || engagement.health !== 'engaged' || ranked.overdue > 0) {
      attention.push(ranked);
    }
  }
  attention.sort(
    (a, b) =>
      a.entry.riskRank - b.entry.riskRank ||
      a.entry.healthRank - b.entry.healthRank ||
      b.overdue - a.overdue ||
      b.entry.dto.succession.score - a.entry.dto.succession.score ||
      a.entry.dto.engagement.index - b.entry.dto.engagement.index ||
      a.entry.nameRank - b.entry.nameRank ||
      a.entry.idRank - b.entry.idRank,
  );
  return {
    organisations: { total: base.entries.length, byHealth, byRisk },
    needsAttention: {
      total: attention.length,
      items: attention.slice(0, ATTENTION_LIMIT).map(toAttentionItem),
    },
  };
}

const FACTOR_MESSAGES: Record<SuccessionFactorDto['code'], (names: string) => string> = {
  no_contact: () => 'No active contact person',
  key_contact_leaving: (names) => `Key contact leaving without a successor: ${names}`,
  key_contact_left: (names) => `Key contact left without a successor: ${names}`,
  owner_leaving: (names) => `Relationship owner is not active: ${names}`,
  single_contact: (names) => `Only one active contact: ${names}`,
  concentrated: (names) => `Contact concentrated on ${names}`,
  orphaned_actions: () => 'Open action items without an active owner',
};

function toAttentionItem({ entry, overdue }: Ranked): AttentionItemDto {
  const { engagement, succession } = entry.dto;
  const reasons: AttentionReasonDto[] = succession.factors.map((factor) => ({
    kind: 'succession',
    code: factor.code,
    message:
      factor.code === 'orphaned_actions'
        ? `${plural(factor.actionItemIds?.length ?? 0, 'open action item')} without an active owner`
        : FACTOR_MESSAGES[factor.code](factor.people.map((p) => p.name).join(', ')),
  }));
  if (engagement.health !== 'engaged') {
    reasons.push({
      kind: 'engagement',
      code: engagement.health,
      message: healthMessage(engagement),
    });
  }
  if (overdue > 0) {
    reasons.push({
      kind: 'action_items',
      code: 'overdue',
      message: `${plural(overdue, 'overdue action item')}`,
    });
  }
  return {
    organisationId: entry.dto.organisationId,
    name: entry.dto.name,
    risk: succession.level,
    riskScore: succession.score,
    health: engagement.health,
    engagementIndex: engagement.index,
    daysSinceLastInteraction: engagement.daysSinceLastInteraction,
    overdueActionItems: overdue,
    reasons,
  };
}

function healthMessage(engagement: Engagement): string {
  if (engagement.health === 'no_contact') return 'No interaction recorded';
  const label = engagement.health === 'dormant' ? 'Dormant' : 'Cooling';
  return `${label}: last interaction ${plural(engagement.daysSinceLastInteraction ?? 0, 'day')} ago, engagement at ${engagement.index}% of its peak`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
