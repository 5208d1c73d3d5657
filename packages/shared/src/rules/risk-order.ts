import type { RiskLevel } from '../analytics/types';

/** Succession risk levels from the most urgent: lists ranked "by risk" put high first. */
export const RISK_LEVEL_ORDER: readonly RiskLevel[] = ['high', 'medium', 'low'];

/** 0 for high, 1 for medium, 2 for low: the rank lists sort on (ascending = most urgent first). */
export function riskRank(level: RiskLevel): number {
  return RISK_LEVEL_ORDER.indexOf(level);
}

/** Comparator putting the more urgent level first. */
export function compareRiskLevel(a: RiskLevel, b: RiskLevel): number {
  return riskRank(a) - riskRank(b);
}
