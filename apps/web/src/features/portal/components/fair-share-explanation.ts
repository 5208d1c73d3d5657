import type { PortalDto } from '@regiokracht/shared';

/** Which one sentence explains the partner's fair-share index, and the numbers it needs. */
export type FairShareExplanation =
  | { kind: 'notCovered' }
  | { kind: 'noDeliveries' }
  | { kind: 'withheld'; deliveredValueEur: number }
  | { kind: 'noSizeClass'; deliveredValueEur: number }
  | { kind: 'nothing' }
  | { kind: 'above' | 'fair' | 'below'; deliveredValueEur: number; index: number };

/**
 * Reads the portal's own figures the way docs/analytics.md defines them: the index is null when nothing
 * was delivered by any company or the company has no size class, and withheld (with a reason)
 * when too few other companies take part to stay anonymous.
 */
export function explainFairShare(
  fairShare: PortalDto['fairShare'],
  sizeClass: PortalDto['organisation']['sizeClass'],
): FairShareExplanation {
  if (!fairShare) return { kind: 'notCovered' };
  const { deliveredValueEur, index, indexWithheld } = fairShare;
  if (indexWithheld) return { kind: 'withheld', deliveredValueEur };
  if (index === null) {
    return sizeClass === null
      ? { kind: 'noSizeClass', deliveredValueEur }
      : { kind: 'noDeliveries' };
  }
  if (index === 0) return { kind: 'nothing' };
  const kind = index > 1 ? 'above' : index < 1 ? 'below' : 'fair';
  return { kind, deliveredValueEur, index };
}
