import type { InteractionKind } from '@regiokracht/shared';
import type { Random } from '../seed-random';
import type { GenericWorld } from './generic-world';
import { deliver } from './ledger';
import type {
  BenefitKind,
  CommitmentKind,
  CommitmentRow,
  CommitmentUnit,
  OrganisationRow,
  PersonRow,
  WorldBuilder,
} from './world-builder';

/** Who takes part in a scripted interaction on a given day. */
export type PickPeople = (day: number, rnd: Random) => PersonRow[];

/** A rhythm of contact: interactions every gap[0]–gap[1] days between two moments. */
export function rhythm(
  b: WorldBuilder,
  g: GenericWorld,
  org: OrganisationRow,
  options: {
    from: number;
    until: number;
    gap: [number, number];
    partnerInitiated: number;
    participants: PickPeople;
    alsoList?: (day: number, rnd: Random) => OrganisationRow | null;
    summaries?: readonly string[];
  },
): void {
  const rnd = b.random.fork(`story/${org.name}`);
  for (
    let day = options.from;
    day >= options.until;
    day -= rnd.int(options.gap[0], options.gap[1])
  ) {
    const kind = rnd.weighted<InteractionKind>([
      ['meeting', 30],
      ['site_visit', 15],
      ['workshop', 10],
      ['call', 20],
      ['email', 20],
      ['message', 5],
    ]);
    const extra = options.alsoList?.(day, rnd) ?? null;
    b.interaction({
      daysAgo: day,
      hourUtc: rnd.int(7, 15),
      minute: rnd.pick([0, 15, 30, 45]),
      kind,
      initiatedBy: rnd.chance(options.partnerInitiated) ? 'partner' : 'coalition',
      summary:
        options.summaries && rnd.chance(0.5)
          ? rnd.pick(options.summaries)
          : g.summary(kind, org, rnd),
      organisations: extra ? [org, extra] : [org],
      participants: options.participants(day, rnd),
    });
  }
}

export function contacts(b: WorldBuilder, orgName: string): PersonRow[] {
  return b.peopleOf(b.organisationNamed(orgName)).filter((p) => p.status !== 'left');
}

export function commit(
  b: WorldBuilder,
  org: OrganisationRow,
  c: {
    kind: CommitmentKind;
    description: string;
    quantity: number;
    unit: CommitmentUnit;
    unitValueEur: number;
    startsDaysAgo: number;
    endsDaysAgo: number;
    status: 'proposed' | 'pledged' | 'active' | 'fulfilled' | 'lapsed';
    contact: PersonRow | null;
    /** Share of the quantity delivered over the whole period. */
    fraction: number;
    /** No deliveries after this many days ago. */
    stopDaysAgo?: number;
    initiative?: string;
  },
): CommitmentRow {
  const commitment = b.commitment({
    organisationId: org.id,
    contactId: c.contact?.id ?? null,
    kind: c.kind,
    description: c.description,
    quantity: c.quantity,
    unit: c.unit,
    unitValueEur: c.unitValueEur,
    startsDaysAgo: c.startsDaysAgo,
    endsDaysAgo: c.endsDaysAgo,
    status: c.status,
    initiativeId: c.initiative ? b.initiativeNamed(c.initiative).id : null,
  });
  if (c.fraction > 0) {
    deliver(
      b,
      commitment.id,
      c,
      c.startsDaysAgo,
      c.endsDaysAgo,
      c.stopDaysAgo ?? 1,
      c.fraction,
      b.random.fork(`deliver/${org.name}/${c.description}`),
    );
  }
  return commitment;
}

export function benefits(
  b: WorldBuilder,
  org: OrganisationRow,
  list: [kind: BenefitKind, quantity: number, daysAgo: number, note?: string][],
): void {
  for (const [kind, quantity, receivedDaysAgo, note] of list) {
    b.benefit({ organisationId: org.id, kind, quantity, receivedDaysAgo, note: note ?? null });
  }
}

export function driftSchedule(
  b: WorldBuilder,
  g: GenericWorld,
  org: OrganisationRow,
  days: readonly number[],
  participants: PickPeople,
  schoolContact: (day: number, rnd: Random) => PersonRow | undefined,
  school: OrganisationRow,
): void {
  const rnd = b.random.fork(`drift/${org.name}`);
  const kinds: InteractionKind[] = [
    'meeting',
    'call',
    'site_visit',
    'email',
    'workshop',
    'meeting',
  ];
  for (const [index, day] of days.entries()) {
    const kind = kinds[index % kinds.length];
    const people = participants(day, rnd);
    const teacher = kind === 'site_visit' ? schoolContact(day, rnd) : undefined;
    b.interaction({
      daysAgo: day,
      hourUtc: rnd.int(7, 15),
      kind,
      initiatedBy: day > 400 && rnd.chance(0.3) ? 'partner' : 'coalition',
      summary: g.summary(kind, org, rnd),
      organisations: teacher ? [org, school] : [org],
      participants: teacher ? [...people, teacher] : people,
    });
  }
}
