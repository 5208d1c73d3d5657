import { toMillis, windowStartMillis } from './time';
import type { Instant, RiskLevel, SuccessionFactorCode } from './types';

export interface SuccessionPerson {
  id: string;
  organisationId: string | null;
  status: 'active' | 'leaving' | 'left';
  isKeyContact: boolean;
  successorId: string | null;
  leftOn: Instant | null;
}

export interface SuccessionInteraction {
  occurredAt: Instant;
  participantIds: readonly string[];
}

export interface SuccessionActionItem {
  /** Optional: when given, the orphaned_actions factor names the items. */
  id?: string;
  status: 'open' | 'in_progress' | 'blocked' | 'done' | 'dropped';
  ownerId: string | null;
}

export interface SuccessionInput {
  /**
   * The organisation's people, plus every person referenced as relationship owner or action-item
   * owner (they usually belong to another organisation). A referenced id missing here counts as
   * not active: nobody we know of holds that responsibility.
   */
  people: readonly SuccessionPerson[];
  /** The interactions that list the organisation (any date; the window is applied here). */
  interactions: readonly SuccessionInteraction[];
  /** The organisation's action items. */
  actionItems: readonly SuccessionActionItem[];
  org: { id: string; relationshipOwnerId: string | null };
  asOf: Instant;
}

export interface SuccessionFactor {
  code: SuccessionFactorCode;
  points: number;
  /** The people behind the factor, so a UI can say who (empty when it is about nobody). */
  personIds: string[];
  /** orphaned_actions only: the items concerned, for those passed with an id. */
  actionItemIds?: string[];
}

export interface Succession {
  level: RiskLevel;
  /** min(100, sum of the factors' points). */
  score: number;
  /** In the order of SUCCESSION_FACTOR_CODES. */
  factors: SuccessionFactor[];
}

export const SUCCESSION_POINTS: Readonly<Record<SuccessionFactorCode, number>> = {
  no_contact: 40,
  key_contact_leaving: 35,
  key_contact_left: 35,
  owner_leaving: 25,
  single_contact: 20,
  concentrated: 15,
  orphaned_actions: 10,
};

/** Action items someone still has to do; done and dropped ones cannot be orphaned. */
export const OPEN_ACTION_ITEM_STATUSES = ['open', 'in_progress', 'blocked'] as const;

/** A person counts as a key contact by share only when the window holds this many interactions. */
const MIN_INTERACTIONS_FOR_SHARE = 3;
const KEY_CONTACT_SHARE = 0.5;
const CONCENTRATED_SHARE = 0.7;

/** Factors that make the risk high on their own. */
const HIGH_ON_THEIR_OWN: ReadonlySet<SuccessionFactorCode> = new Set([
  'no_contact',
  'key_contact_leaving',
  'key_contact_left',
  'owner_leaving',
]);

/** How often each person took part in the window's interactions, as a fraction. */
function participationShares(
  interactions: readonly SuccessionInteraction[],
  asOfMillis: number,
): { interactionCount: number; shareOf: (personId: string) => number } {
  const windowStart = windowStartMillis(asOfMillis);
  const inWindow = interactions.filter((i) => {
    const at = toMillis(i.occurredAt, 'occurredAt');
    return at > windowStart && at <= asOfMillis;
  });
  const counts = new Map<string, number>();
  for (const interaction of inWindow) {
    // A person listed twice on one interaction still took part once.
    for (const personId of new Set(interaction.participantIds)) {
      counts.set(personId, (counts.get(personId) ?? 0) + 1);
    }
  }
  const interactionCount = inWindow.length;
  return {
    interactionCount,
    shareOf: (personId) =>
      interactionCount === 0 ? 0 : (counts.get(personId) ?? 0) / interactionCount,
  };
}

function leftInsideWindow(person: SuccessionPerson, asOfMillis: number): boolean {
  if (person.status !== 'left' || person.leftOn === null) return false;
  const leftAt = toMillis(person.leftOn, 'leftOn');
  return leftAt > windowStartMillis(asOfMillis) && leftAt <= asOfMillis;
}

function factor(code: SuccessionFactorCode, personIds: string[]): SuccessionFactor {
  return { code, points: SUCCESSION_POINTS[code], personIds };
}

function riskLevel(codes: ReadonlySet<SuccessionFactorCode>): RiskLevel {
  const highByCombination = codes.has('single_contact') && codes.has('concentrated');
  if (highByCombination || [...codes].some((code) => HIGH_ON_THEIR_OWN.has(code))) return 'high';
  return codes.size > 0 ? 'medium' : 'low';
}

/**
 * Succession risk of one organisation at asOf (docs/analytics.md): how badly the relationship would suffer
 * if a person dropped out. Contacts are the organisation's own people; "active" means status
 * `active`. The relationship owner and action-item owners may belong to any organisation; an
 * organisation without a relationship owner is not flagged (owner_leaving is about an owner going
 * away, and unowned action items have their own factor).
 */
export function succession(input: SuccessionInput): Succession {
  const asOfMillis = toMillis(input.asOf, 'asOf');
  const peopleById = new Map(input.people.map((p) => [p.id, p]));
  const isActive = (personId: string) => peopleById.get(personId)?.status === 'active';

  const contacts = input.people.filter((p) => p.organisationId === input.org.id);
  const activeContacts = contacts.filter((p) => p.status === 'active');
  const { interactionCount, shareOf } = participationShares(input.interactions, asOfMillis);
  const enoughForShares = interactionCount >= MIN_INTERACTIONS_FOR_SHARE;
  const keyContacts = contacts.filter(
    (p) => p.isKeyContact || (enoughForShares && shareOf(p.id) >= KEY_CONTACT_SHARE),
  );

  const factors: SuccessionFactor[] = [];
  const ids = (people: readonly SuccessionPerson[]) => people.map((p) => p.id);

  if (activeContacts.length === 0) {
    factors.push(factor('no_contact', []));
  }

  const leavingWithoutSuccessor = keyContacts.filter(
    (p) => p.status === 'leaving' && p.successorId === null,
  );
  if (leavingWithoutSuccessor.length > 0) {
    factors.push(factor('key_contact_leaving', ids(leavingWithoutSuccessor)));
  }

  const leftWithoutSuccessor = keyContacts.filter(
    (p) => p.successorId === null && leftInsideWindow(p, asOfMillis),
  );
  if (leftWithoutSuccessor.length > 0) {
    factors.push(factor('key_contact_left', ids(leftWithoutSuccessor)));
  }

  const ownerId = input.org.relationshipOwnerId;
  if (ownerId !== null && !isActive(ownerId)) {
    factors.push(factor('owner_leaving', [ownerId]));
  }

  if (activeContacts.length === 1) {
    factors.push(factor('single_contact', ids(activeContacts)));
  }

  const concentratedOn = enoughForShares
    ? activeContacts.filter((p) => shareOf(p.id) >= CONCENTRATED_SHARE)
    : [];
  if (concentratedOn.length > 0) {
    factors.push(factor('concentrated', ids(concentratedOn)));
  }

  const openStatuses: readonly string[] = OPEN_ACTION_ITEM_STATUSES;
  const orphaned = input.actionItems.filter(
    (item) =>
      openStatuses.includes(item.status) && (item.ownerId === null || !isActive(item.ownerId)),
  );
  if (orphaned.length > 0) {
    const formerOwners = orphaned.flatMap((item) => (item.ownerId === null ? [] : [item.ownerId]));
    factors.push({
      ...factor('orphaned_actions', [...new Set(formerOwners)]),
      actionItemIds: orphaned.flatMap((item) => (item.id === undefined ? [] : [item.id])),
    });
  }

  const score = Math.min(
    100,
    factors.reduce((sum, f) => sum + f.points, 0),
  );
  return { level: riskLevel(new Set(factors.map((f) => f.code))), score, factors };
}
