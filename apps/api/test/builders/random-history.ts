import {
  COMMITMENT_STATUSES,
  COMMITMENT_UNITS,
  INTERACTION_KINDS,
  SIZE_CLASSES,
  type ActionItemStatus,
  type CommitmentStatus,
  type CommitmentUnit,
  type EngagementInteraction,
  type FairShareCompany,
  type InteractionInitiator,
  type InteractionKind,
  type OrganisationKind,
  type OrganisationStatus,
  type PersonStatus,
  type SizeClass,
  type SuccessionInput,
} from '@regiokracht/shared';
import seedrandom from 'seedrandom';
import type { DataSource } from 'typeorm';

/**
 * A coalition's history held in memory: inserted into the database with a few multi-row
 * statements, and fed to the pure analytics functions, so the SQL can be held to them.
 */
export interface WorldOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  sizeClass: SizeClass | null;
  status: OrganisationStatus;
  relationshipOwnerId: string | null;
  deleted: boolean;
}

export interface WorldPerson {
  id: string;
  name: string;
  /** Null for coalition staff. */
  organisationId: string | null;
  status: PersonStatus;
  isKeyContact: boolean;
  leavingOn: string | null;
  leftOn: string | null;
  successorId: string | null;
  deleted: boolean;
}

export interface WorldInteraction {
  id: string;
  occurredAt: Date;
  kind: InteractionKind;
  initiatedBy: InteractionInitiator;
  organisationIds: string[];
  participantIds: string[];
  deleted: boolean;
}

export interface WorldActionItem {
  id: string;
  title: string;
  ownerId: string | null;
  organisationId: string | null;
  status: ActionItemStatus;
  dueOn: string | null;
  deleted: boolean;
}

export interface WorldCommitment {
  id: string;
  organisationId: string;
  contactId: string | null;
  quantity: number;
  unit: CommitmentUnit;
  unitValueEur: number;
  status: CommitmentStatus;
  deleted: boolean;
}

export interface WorldContribution {
  id: string;
  commitmentId: string;
  deliveredOn: string;
  quantity: number;
}

export interface WorldBenefit {
  id: string;
  organisationId: string;
  receivedOn: string;
}

export interface World {
  organisations: WorldOrganisation[];
  people: WorldPerson[];
  interactions: WorldInteraction[];
  actionItems: WorldActionItem[];
  commitments: WorldCommitment[];
  contributions: WorldContribution[];
  benefits: WorldBenefit[];
}

export function emptyWorld(): World {
  return {
    organisations: [],
    people: [],
    interactions: [],
    actionItems: [],
    commitments: [],
    contributions: [],
    benefits: [],
  };
}

const DAY = 86_400_000;

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * DAY);
}

export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

let built = 0;

/** Single rows with deterministic defaults, for hand-made worlds: override what the test is about. */
export const worldRow = {
  organisation(over: Partial<WorldOrganisation> = {}): WorldOrganisation {
    built += 1;
    return {
      id: crypto.randomUUID(),
      name: `Organisation ${built}`,
      kind: 'company',
      sizeClass: 'small',
      status: 'active',
      relationshipOwnerId: null,
      deleted: false,
      ...over,
    };
  },
  person(over: Partial<WorldPerson> = {}): WorldPerson {
    built += 1;
    return {
      id: crypto.randomUUID(),
      name: `Person ${built}`,
      organisationId: null,
      status: 'active',
      isKeyContact: false,
      leavingOn: over.status === 'leaving' ? '2026-09-01' : null,
      leftOn: over.status === 'left' ? '2025-01-01' : null,
      successorId: null,
      deleted: false,
      ...over,
    };
  },
  interaction(
    over: Partial<WorldInteraction> & Pick<WorldInteraction, 'occurredAt' | 'organisationIds'>,
  ): WorldInteraction {
    return {
      id: crypto.randomUUID(),
      kind: 'meeting',
      initiatedBy: 'coalition',
      participantIds: [],
      deleted: false,
      ...over,
    };
  },
  actionItem(over: Partial<WorldActionItem> = {}): WorldActionItem {
    built += 1;
    return {
      id: crypto.randomUUID(),
      title: `Action ${built}`,
      ownerId: null,
      organisationId: null,
      status: 'open',
      dueOn: null,
      deleted: false,
      ...over,
    };
  },
  commitment(
    over: Partial<WorldCommitment> & Pick<WorldCommitment, 'organisationId'>,
  ): WorldCommitment {
    return {
      id: crypto.randomUUID(),
      contactId: null,
      quantity: 10,
      unit: 'hours',
      unitValueEur: 50,
      status: 'active',
      deleted: false,
      ...over,
    };
  },
  contribution(
    over: Partial<WorldContribution> & Pick<WorldContribution, 'commitmentId' | 'deliveredOn'>,
  ): WorldContribution {
    return { id: crypto.randomUUID(), quantity: 1, ...over };
  },
};

// ---------------------------------------------------------------------------------------------
// Insertion

/**
 * Inserts the world into a coalition, foreign keys in dependency order. One statement per table
 * from a JSON array ($1, coalition $2): thousands of rows without thousands of round trips, and
 * rows of one table may refer to each other (successors).
 */
export async function insertWorld(
  db: DataSource,
  coalitionId: string,
  world: World,
): Promise<void> {
  const deletedAt = (deleted: boolean) => (deleted ? '2020-01-01T00:00:00Z' : null);
  const insert = async (sql: string, rows: unknown[]) => {
    if (rows.length > 0) await db.query(sql, [JSON.stringify(rows), coalitionId]);
  };
  await insert(
    `INSERT INTO organisation (coalition_id, id, name, kind, size_class, status, deleted_at)
     SELECT $2::uuid, x.id, x.name, x.kind, x.size_class, x.status, x.deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, kind text, size_class text, status text, deleted_at timestamptz)`,
    world.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      size_class: o.sizeClass,
      status: o.status,
      deleted_at: deletedAt(o.deleted),
    })),
  );
  await insert(
    `INSERT INTO person (coalition_id, id, name, organisation_id, status, is_key_contact, leaving_on, left_on, successor_id, deleted_at)
     SELECT $2::uuid, x.id, x.name, x.organisation_id, x.status, x.is_key_contact, x.leaving_on, x.left_on, x.successor_id, x.deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, organisation_id uuid, status text, is_key_contact boolean,
                                                leaving_on date, left_on date, successor_id uuid, deleted_at timestamptz)`,
    world.people.map((p) => ({
      id: p.id,
      name: p.name,
      organisation_id: p.organisationId,
      status: p.status,
      is_key_contact: p.isKeyContact,
      leaving_on: p.leavingOn,
      left_on: p.leftOn,
      successor_id: p.successorId,
      deleted_at: deletedAt(p.deleted),
    })),
  );
  await insert(
    `UPDATE organisation o SET relationship_owner_id = x.owner_id
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, owner_id uuid)
      WHERE o.coalition_id = $2::uuid AND o.id = x.id`,
    world.organisations
      .filter((o) => o.relationshipOwnerId)
      .map((o) => ({ id: o.id, owner_id: o.relationshipOwnerId })),
  );
  await insert(
    `INSERT INTO interaction (coalition_id, id, occurred_at, kind, initiated_by, deleted_at)
     SELECT $2::uuid, x.id, x.occurred_at, x.kind, x.initiated_by, x.deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, occurred_at timestamptz, kind text, initiated_by text, deleted_at timestamptz)`,
    world.interactions.map((i) => ({
      id: i.id,
      occurred_at: i.occurredAt.toISOString(),
      kind: i.kind,
      initiated_by: i.initiatedBy,
      deleted_at: deletedAt(i.deleted),
    })),
  );
  await insert(
    `INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id)
     SELECT $2::uuid, x.interaction_id, x.organisation_id
       FROM jsonb_to_recordset($1::jsonb) AS x(interaction_id uuid, organisation_id uuid)`,
    world.interactions.flatMap((i) =>
      i.organisationIds.map((organisation_id) => ({ interaction_id: i.id, organisation_id })),
    ),
  );
  await insert(
    `INSERT INTO interaction_participant (coalition_id, interaction_id, person_id)
     SELECT $2::uuid, x.interaction_id, x.person_id
       FROM jsonb_to_recordset($1::jsonb) AS x(interaction_id uuid, person_id uuid)`,
    world.interactions.flatMap((i) =>
      i.participantIds.map((person_id) => ({ interaction_id: i.id, person_id })),
    ),
  );
  await insert(
    `INSERT INTO action_item (coalition_id, id, title, owner_id, organisation_id, status, due_on, completed_at, deleted_at)
     SELECT $2::uuid, x.id, x.title, x.owner_id, x.organisation_id, x.status, x.due_on,
            CASE WHEN x.status = 'done' THEN timestamptz '2024-01-01T00:00:00Z' END, x.deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, title text, owner_id uuid, organisation_id uuid, status text,
                                                due_on date, deleted_at timestamptz)`,
    world.actionItems.map((a) => ({
      id: a.id,
      title: a.title,
      owner_id: a.ownerId,
      organisation_id: a.organisationId,
      status: a.status,
      due_on: a.dueOn,
      deleted_at: deletedAt(a.deleted),
    })),
  );
  await insert(
    `INSERT INTO commitment (coalition_id, id, organisation_id, contact_id, kind, quantity, unit, unit_value_eur, status, deleted_at)
     SELECT $2::uuid, x.id, x.organisation_id, x.contact_id, 'other', x.quantity, x.unit, x.unit_value_eur, x.status, x.deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, organisation_id uuid, contact_id uuid, quantity numeric, unit text,
                                                unit_value_eur numeric, status text, deleted_at timestamptz)`,
    world.commitments.map((c) => ({
      id: c.id,
      organisation_id: c.organisationId,
      contact_id: c.contactId,
      quantity: c.quantity,
      unit: c.unit,
      unit_value_eur: c.unitValueEur,
      status: c.status,
      deleted_at: deletedAt(c.deleted),
    })),
  );
  await insert(
    `INSERT INTO contribution (coalition_id, id, commitment_id, delivered_on, quantity)
     SELECT $2::uuid, x.id, x.commitment_id, x.delivered_on, x.quantity
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, commitment_id uuid, delivered_on date, quantity numeric)`,
    world.contributions.map((c) => ({
      id: c.id,
      commitment_id: c.commitmentId,
      delivered_on: c.deliveredOn,
      quantity: c.quantity,
    })),
  );
  await insert(
    `INSERT INTO benefit (coalition_id, id, organisation_id, kind, received_on)
     SELECT $2::uuid, x.id, x.organisation_id, 'hire', x.received_on
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, organisation_id uuid, received_on date)`,
    world.benefits.map((b) => ({
      id: b.id,
      organisation_id: b.organisationId,
      received_on: b.receivedOn,
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Inputs of the pure functions, from the same world

/** The organisations insights cover: not deleted, not left. */
export function currentOrganisations(world: World): WorldOrganisation[] {
  return world.organisations.filter((o) => !o.deleted && o.status !== 'left');
}

/** Live interactions per organisation (any date: the pure functions apply asOf themselves). */
export function interactionsByOrganisation(world: World): Map<string, WorldInteraction[]> {
  const byOrganisation = new Map<string, WorldInteraction[]>();
  for (const interaction of world.interactions) {
    if (interaction.deleted) continue;
    for (const id of interaction.organisationIds) {
      const list = byOrganisation.get(id) ?? [];
      list.push(interaction);
      byOrganisation.set(id, list);
    }
  }
  return byOrganisation;
}

export function engagementInput(
  interactions: readonly WorldInteraction[] = [],
): EngagementInteraction[] {
  return interactions.map((i) => ({
    occurredAt: i.occurredAt,
    kind: i.kind,
    initiatedBy: i.initiatedBy,
  }));
}

/**
 * `succession()` input for one organisation. Deleted people are left out (an owner who is deleted
 * counts as not active, like one missing); a `left_on` date counts from its midnight UTC.
 */
export function successionInput(
  world: World,
  organisation: WorldOrganisation,
  interactions: readonly WorldInteraction[] = [],
  asOf: Date,
): SuccessionInput {
  return {
    people: world.people
      .filter((p) => !p.deleted)
      .map((p) => ({
        id: p.id,
        organisationId: p.organisationId,
        status: p.status,
        isKeyContact: p.isKeyContact,
        successorId: p.successorId,
        leftOn: p.leftOn === null ? null : `${p.leftOn}T00:00:00.000Z`,
      })),
    interactions: interactions.map((i) => ({
      occurredAt: i.occurredAt,
      participantIds: i.participantIds,
    })),
    actionItems: world.actionItems
      .filter((a) => !a.deleted && a.organisationId === organisation.id)
      .map((a) => ({ id: a.id, status: a.status, ownerId: a.ownerId })),
    org: { id: organisation.id, relationshipOwnerId: organisation.relationshipOwnerId },
    asOf,
  };
}

/** `fairShare()` input over [from, to]: the companies the API's SQL takes part in the index. */
export function fairShareInput(world: World, from: string, to: string): FairShareCompany[] {
  const commitments = new Map(world.commitments.filter((c) => !c.deleted).map((c) => [c.id, c]));
  const delivered = new Map<string, number>();
  for (const contribution of world.contributions) {
    const commitment = commitments.get(contribution.commitmentId);
    if (!commitment || contribution.deliveredOn < from || contribution.deliveredOn > to) continue;
    const value = contribution.quantity * commitment.unitValueEur;
    delivered.set(
      commitment.organisationId,
      (delivered.get(commitment.organisationId) ?? 0) + value,
    );
  }
  return world.organisations
    .filter((o) => !o.deleted && o.kind === 'company' && o.sizeClass !== null)
    .filter((o) => o.status === 'active' || o.status === 'paused' || (delivered.get(o.id) ?? 0) > 0)
    .map((o) => ({
      id: o.id,
      sizeClass: o.sizeClass!,
      deliveredValueEur: delivered.get(o.id) ?? 0,
    }));
}

// ---------------------------------------------------------------------------------------------
// Random histories

export interface HistoryOptions {
  seed: string;
  asOf: Date;
  organisations?: number;
  interactions?: number;
  years?: number;
}

type Activity = 'steady' | 'drifting' | 'recent' | 'old' | 'none';

/**
 * A seeded random coalition: organisations that are steady, drifting away, new, long gone or never
 * contacted; people active, leaving and left (inside and outside the window, some after asOf),
 * with and without successors, some deleted; relationship owners active, leaving, left, deleted
 * or none; interactions over `years` with ties at one instant, some exactly at asOf and at the
 * window start, some after asOf, some deleted, a few 20 years old; action items in every status,
 * unowned and owned by people who left; company commitments with deliveries.
 */
export function generateHistory(options: HistoryOptions): World {
  const rng = seedrandom(options.seed);
  const { asOf } = options;
  const organisationCount = options.organisations ?? 300;
  const interactionCount = options.interactions ?? 5000;
  const spanDays = (options.years ?? 3) * 365;

  const random = (n: number) => Math.floor(rng() * n);
  const chance = (p: number) => rng() < p;
  const pick = <T>(list: readonly T[]): T => list[random(list.length)];
  const weighted = <T>(options: [T, number][]): T => {
    let r = rng() * options.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of options) if ((r -= w) < 0) return value;
    return options[options.length - 1][0];
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => random(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[random(4)];
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  /** A random instant `days` back from asOf, to the millisecond. */
  const back = (days: number) => new Date(asOf.getTime() - Math.floor(days * DAY));
  const windowStart = back(365);

  const world = emptyWorld();

  // Coalition staff: relationship owners and action-item owners in every state.
  const staff: WorldPerson[] = (
    ['active', 'active', 'active', 'active', 'active', 'leaving', 'left', 'active'] as const
  ).map((status, n) => ({
    id: uuid(),
    name: `Staff ${n}`,
    organisationId: null,
    status,
    isKeyContact: false,
    leavingOn: status === 'leaving' ? dayOf(back(-60)) : null,
    leftOn: status === 'left' ? dayOf(back(100)) : null,
    successorId: null,
    deleted: n === 7,
  }));
  world.people.push(...staff);
  const activeStaff = staff.filter((p) => p.status === 'active' && !p.deleted);

  const activity = new Map<string, { kind: Activity; stopDaysAgo: number }>();
  for (let n = 0; n < organisationCount; n++) {
    const kind: OrganisationKind = chance(0.5)
      ? 'company'
      : pick(['mbo', 'hbo', 'vo', 'municipality', 'sector_body'] as const);
    const organisation: WorldOrganisation = {
      id: uuid(),
      name: `Organisation ${String(n).padStart(3, '0')}`,
      kind,
      sizeClass: kind === 'company' && chance(0.9) ? pick(SIZE_CLASSES) : null,
      status: weighted<OrganisationStatus>([
        ['active', 85],
        ['paused', 5],
        ['prospect', 5],
        ['left', 5],
      ]),
      relationshipOwnerId: null,
      deleted: chance(0.02),
    };
    world.organisations.push(organisation);
    activity.set(organisation.id, {
      kind: weighted<Activity>([
        ['steady', 45],
        ['drifting', 25],
        ['recent', 10],
        ['old', 10],
        ['none', 10],
      ]),
      stopDaysAgo: 30 + random(400),
    });

    const contacts: WorldPerson[] = [];
    const contactCount = chance(0.08) ? 0 : 1 + random(6);
    for (let k = 0; k < contactCount; k++) {
      const status = weighted<PersonStatus>([
        ['active', 70],
        ['leaving', 12],
        ['left', 18],
      ]);
      const leftOn =
        status !== 'left'
          ? null
          : weighted<string>([
              [dayOf(back(random(500) - 20)), 90],
              [dayOf(windowStart), 3], // midnight of the window's first day: outside when asOf is midnight
              [dayOf(back(364)), 3],
              [dayOf(asOf), 4],
            ]);
      contacts.push({
        id: uuid(),
        name: `Person ${n}.${k}`,
        organisationId: organisation.id,
        status,
        isKeyContact: chance(0.2),
        leavingOn: status === 'leaving' ? dayOf(back(random(230) - 200)) : null,
        leftOn,
        successorId: null,
        deleted: chance(0.05),
      });
    }
    for (const person of contacts) {
      if (person.status !== 'active' && chance(0.4)) {
        const candidates = [...contacts.filter((c) => c !== person), ...activeStaff];
        person.successorId = pick(candidates).id;
      }
    }
    world.people.push(...contacts);
  }

  const everybody = world.people;
  for (const organisation of world.organisations) {
    organisation.relationshipOwnerId = weighted<string | null>([
      [null, 15],
      [pick(activeStaff).id, 65],
      [pick(staff).id, 12], // leaving, left or deleted now and then
      [pick(everybody).id, 8], // somebody of another organisation
    ]);
  }

  const peopleOf = new Map<string, WorldPerson[]>();
  for (const person of world.people) {
    if (person.organisationId === null) continue;
    peopleOf.set(person.organisationId, [...(peopleOf.get(person.organisationId) ?? []), person]);
  }

  const interactive = world.organisations.filter((o) => activity.get(o.id)!.kind !== 'none');
  const lastAtOf = new Map<string, Date>();
  const when = (organisationId: string): Date => {
    const { kind, stopDaysAgo } = activity.get(organisationId)!;
    const special = rng();
    if (special < 0.01) return new Date(asOf.getTime()); // exactly at asOf
    if (special < 0.02) return new Date(windowStart.getTime()); // exactly at the window start
    if (special < 0.04) return back(-1 - random(60)); // after asOf: ignored
    if (special < 0.07 && lastAtOf.has(organisationId)) return lastAtOf.get(organisationId)!; // a tie
    switch (kind) {
      case 'drifting':
        return back(stopDaysAgo + rng() * Math.max(1, spanDays - stopDaysAgo));
      case 'recent':
        return back(rng() * 180);
      case 'old':
        return chance(0.1) ? back(20 * 365 + rng() * 365) : back(spanDays - rng() * 200);
      case 'steady':
      case 'none': // never asked: these organisations get no interactions
        return back(rng() * spanDays);
    }
  };
  for (let n = 0; n < interactionCount; n++) {
    const primary = pick(interactive);
    const organisationIds = [primary.id];
    if (chance(0.15)) {
      const other = pick(interactive).id;
      if (!organisationIds.includes(other)) organisationIds.push(other);
    }
    const occurredAt = when(primary.id);
    lastAtOf.set(primary.id, occurredAt);
    const pool = organisationIds.flatMap((id) => peopleOf.get(id) ?? []);
    const participantIds = new Set<string>();
    for (let k = random(4); k > 0 && pool.length > 0; k--) participantIds.add(pick(pool).id);
    if (chance(0.5)) participantIds.add(pick(staff).id);
    world.interactions.push({
      id: uuid(),
      occurredAt,
      kind: pick(INTERACTION_KINDS),
      initiatedBy: chance(0.3) ? 'partner' : 'coalition',
      organisationIds,
      participantIds: [...participantIds],
      deleted: chance(0.03),
    });
  }

  const actionStatuses: [ActionItemStatus, number][] = [
    ['open', 40],
    ['in_progress', 15],
    ['blocked', 5],
    ['done', 25],
    ['dropped', 15],
  ];
  const addActionItem = (organisationId: string | null) => {
    const contacts = organisationId ? (peopleOf.get(organisationId) ?? []) : [];
    world.actionItems.push({
      id: uuid(),
      title: `Action ${world.actionItems.length}`,
      ownerId: weighted<string | null>([
        [null, 20],
        [pick(activeStaff).id, 40],
        [contacts.length > 0 ? pick(contacts).id : pick(staff).id, 30],
        [pick(staff).id, 10],
      ]),
      organisationId,
      status: weighted(actionStatuses),
      dueOn: chance(0.2) ? null : dayOf(back(random(240) - 120)),
      deleted: chance(0.03),
    });
  };
  for (const organisation of world.organisations) {
    for (let k = random(5); k > 0; k--) addActionItem(organisation.id);
  }
  for (let k = 0; k < 10; k++) addActionItem(null);

  for (const organisation of world.organisations.filter((o) => o.kind === 'company')) {
    const contacts = peopleOf.get(organisation.id) ?? [];
    for (let k = random(4); k > 0; k--) {
      const commitment: WorldCommitment = {
        id: uuid(),
        organisationId: organisation.id,
        contactId: contacts.length > 0 && chance(0.8) ? pick(contacts).id : null,
        quantity: 1 + random(40),
        unit: pick(COMMITMENT_UNITS),
        unitValueEur: random(20000) / 100,
        status: pick(COMMITMENT_STATUSES),
        deleted: chance(0.03),
      };
      world.commitments.push(commitment);
      for (let d = random(5); d > 0; d--) {
        world.contributions.push({
          id: uuid(),
          commitmentId: commitment.id,
          deliveredOn: dayOf(back(random(730))),
          quantity: (1 + random(40)) / 2,
        });
      }
    }
    if (chance(0.3))
      world.benefits.push({
        id: uuid(),
        organisationId: organisation.id,
        receivedOn: dayOf(back(random(400))),
      });
  }
  return world;
}
