import type { SizeClass } from '@regiokracht/shared';
import type { Random } from '../seed-random';
import type { Profile } from './generic-world';
import type {
  CommitmentKind,
  CommitmentStatus,
  CommitmentUnit,
  OrganisationRow,
  WorldBuilder,
} from './world-builder';

/** Commitments and their deliveries: what partners pledged and what they then delivered. */

/** Spreads deliveries evenly over the commitment's period; a drifting partner stops delivering. */
export function deliver(
  b: WorldBuilder,
  commitmentId: string,
  template: { quantity: number; unit: CommitmentUnit },
  startsDaysAgo: number,
  endsDaysAgo: number,
  stopDaysAgo: number,
  fraction: number,
  rnd: Random,
): number {
  const total = Math.min(
    template.quantity,
    roundQuantity(template.quantity * fraction, template.unit),
  );
  const chunks = chunkCount(template.quantity, template.unit);
  const span = startsDaysAgo - endsDaysAgo;
  let delivered = 0;
  for (let i = 0; i < chunks; i++) {
    // The first delivery follows the pledge within weeks; the rest spread over the period.
    const day = Math.round(startsDaysAgo - (i / chunks) * span - rnd.int(10, 40));
    if (day < Math.max(1, stopDaysAgo) || day > startsDaysAgo) continue;
    const quantity = Math.min(total - delivered, roundQuantity(total / chunks, template.unit));
    if (quantity <= 0) break;
    delivered += quantity;
    b.contribution({
      commitmentId,
      deliveredDaysAgo: day,
      quantity,
      note: null,
      reportedByPartner: rnd.chance(0.3),
    });
  }
  return delivered;
}

interface CommitmentTemplate {
  description: string;
  quantity: number;
  unit: CommitmentUnit;
  unitValueEur: number;
}

const SIZE_FACTOR: Record<SizeClass, number> = { micro: 0.5, small: 1, medium: 2, large: 3 };

export function commitmentTemplate(
  kind: CommitmentKind,
  org: OrganisationRow,
  rnd: Random,
  topic: string,
): CommitmentTemplate {
  const size = org.sizeClass ? SIZE_FACTOR[org.sizeClass] : 1;
  switch (kind) {
    case 'internships':
      return {
        description: 'Stageplaatsen (BOL) per schooljaar',
        quantity: Math.max(1, Math.round(rnd.int(2, 5) * size)),
        unit: 'places',
        unitValueEur: 2500,
      };
    case 'guest_lectures':
      return {
        description: `Gastlessen ${topic}`,
        quantity: rnd.int(4, 12),
        unit: 'sessions',
        unitValueEur: rnd.pick([250, 300, 350]),
      };
    case 'equipment':
      return {
        description: 'Apparatuur en lesmateriaal voor de praktijkruimte',
        quantity: rnd.int(1, 4),
        unit: 'items',
        unitValueEur: rnd.pick([2500, 4000, 6500, 9000]),
      };
    case 'staff_hours':
      return {
        description: 'Vakmensen als praktijkbegeleider en examinator',
        quantity: Math.round(rnd.int(40, 160) * size),
        unit: 'hours',
        unitValueEur: rnd.pick([75, 85, 95]),
      };
    case 'funding':
      return {
        description: 'Cofinanciering van het regionale programma (RIF)',
        quantity: rnd.int(4, 25) * 10_000,
        unit: 'eur',
        unitValueEur: 1,
      };
    case 'facilities':
      return {
        description: 'Gebruik van werkplaats of lab voor praktijklessen',
        quantity: rnd.int(4, 12),
        unit: 'sessions',
        unitValueEur: rnd.pick([500, 800, 1200]),
      };
    case 'curriculum':
      return {
        description: `Meedenken over het curriculum: ${topic}`,
        quantity: rnd.int(20, 60),
        unit: 'hours',
        unitValueEur: 85,
      };
    case 'other':
      return { description: 'Overige bijdrage', quantity: 1, unit: 'items', unitValueEur: 1000 };
  }
}

function chunkCount(quantity: number, unit: CommitmentUnit): number {
  switch (unit) {
    case 'places':
      return Math.max(1, Math.ceil(quantity / 2));
    case 'sessions':
    case 'items':
      return Math.max(1, Math.min(quantity, 12));
    case 'hours':
      return Math.max(2, Math.min(12, Math.ceil(quantity / 16)));
    case 'eur':
      return 4;
  }
}

function roundQuantity(value: number, unit: CommitmentUnit): number {
  if (unit === 'eur') return Math.max(100, Math.round(value / 100) * 100);
  return Math.max(1, Math.round(value));
}

export function commitmentStatus(
  profile: Profile,
  startsDaysAgo: number,
  endsDaysAgo: number,
  delivered: number,
  quantity: number,
  rnd: Random,
): CommitmentStatus {
  if (profile === 'prospect') return 'proposed';
  if (endsDaysAgo >= 1) {
    if (delivered >= quantity) return 'fulfilled';
    return delivered === 0 && rnd.chance(0.5) ? 'withdrawn' : 'lapsed';
  }
  if (startsDaysAgo < 1 || delivered === 0) return 'pledged';
  return 'active';
}
