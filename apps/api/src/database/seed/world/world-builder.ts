import { randomUUID } from 'node:crypto';
import type { InteractionInitiator, InteractionKind, SizeClass } from '@regiokracht/shared';
import type { Random } from '../seed-random';
import type { SeedTime } from '../seed-time';
import { emailLocalPart, type Layer } from './names';

export type OrganisationKind =
  | 'mbo'
  | 'hbo'
  | 'wo'
  | 'vo'
  | 'company'
  | 'municipality'
  | 'province'
  | 'sector_body'
  | 'foundation'
  | 'other';
export type OrganisationStatus = 'prospect' | 'active' | 'paused' | 'left';
export type CommitmentKind =
  | 'internships'
  | 'guest_lectures'
  | 'equipment'
  | 'staff_hours'
  | 'funding'
  | 'facilities'
  | 'curriculum'
  | 'other';
export type CommitmentUnit = 'places' | 'hours' | 'sessions' | 'items' | 'eur';
export type CommitmentStatus =
  'proposed' | 'pledged' | 'active' | 'fulfilled' | 'lapsed' | 'withdrawn';
export type BenefitKind =
  | 'hire'
  | 'intern_placed'
  | 'apprentice'
  | 'training'
  | 'subsidy'
  | 'curriculum_influence'
  | 'other';
export type ActionItemStatus = 'open' | 'in_progress' | 'blocked' | 'done' | 'dropped';
export type InitiativePhase = 'idea' | 'pilot' | 'scaling' | 'embedded' | 'stopped';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  sizeClass: SizeClass | null;
  sector: string | null;
  city: string;
  website: string | null;
  status: OrganisationStatus;
  /** Days before now; history starts at the later of this and two years ago. */
  joinedDaysAgo: number;
  leftDaysAgo: number | null;
  interests: string | null;
  relationshipOwnerId: string | null;
  /** E-mail domain of its people, always on an example domain. */
  domain: string;
}

export interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  organisationId: string | null;
  role: string;
  layer: Layer;
  isKeyContact: boolean;
  status: 'active' | 'leaving' | 'left';
  leavingOn: string | null;
  leftDaysAgo: number | null;
  successorId: string | null;
  notes: string | null;
  /** Works here since this many days ago. */
  sinceDaysAgo: number;
  /** Part of a scripted story: the generic history never picks this person. */
  scripted: boolean;
}

export interface AffiliationRow {
  personId: string;
  organisationId: string;
  role: string;
  startedDaysAgo: number;
  endedDaysAgo: number | null;
}

export interface InteractionRow {
  id: string;
  occurredAt: Date;
  kind: InteractionKind;
  initiatedBy: InteractionInitiator;
  summary: string;
  loggedById: string | null;
  organisationIds: string[];
  participantIds: string[];
}

export interface InitiativeRow {
  id: string;
  name: string;
  theme: string;
  description: string;
  phase: InitiativePhase;
  leadId: string | null;
  organisationIds: string[];
  startedDaysAgo: number;
  /** When it last changed (its phase, usually): a pilot untouched for a year is stuck. */
  changedDaysAgo: number;
}

export interface CommitmentRow {
  id: string;
  organisationId: string;
  contactId: string | null;
  kind: CommitmentKind;
  description: string;
  quantity: number;
  unit: CommitmentUnit;
  unitValueEur: number;
  startsDaysAgo: number;
  /** Negative when it ends in the future. */
  endsDaysAgo: number;
  status: CommitmentStatus;
  initiativeId: string | null;
}

export interface ContributionRow {
  commitmentId: string;
  deliveredDaysAgo: number;
  quantity: number;
  note: string | null;
  reportedByPartner: boolean;
}

export interface BenefitRow {
  organisationId: string;
  kind: BenefitKind;
  quantity: number;
  receivedDaysAgo: number;
  note: string | null;
}

export interface ActionItemRow {
  title: string;
  description: string | null;
  ownerId: string | null;
  organisationId: string | null;
  initiativeId: string | null;
  /** Negative when due in the future. */
  dueDaysAgo: number | null;
  status: ActionItemStatus;
  priority: 'low' | 'normal' | 'high';
  createdDaysAgo: number;
  completedDaysAgo: number | null;
}

export interface PersonInput {
  name: string;
  organisation: OrganisationRow | null;
  role: string;
  layer: Layer;
  /** Defaults to first.last@ the organisation's domain (or the coalition's for staff). */
  email?: string;
  isKeyContact?: boolean;
  status?: 'active' | 'leaving' | 'left';
  leavingInDays?: number;
  leftDaysAgo?: number;
  sinceDaysAgo?: number;
  notes?: string;
  scripted?: boolean;
}

export interface InteractionInput {
  daysAgo: number;
  hourUtc?: number;
  minute?: number;
  kind: InteractionKind;
  initiatedBy?: InteractionInitiator;
  summary: string;
  organisations: readonly OrganisationRow[];
  participants: readonly PersonRow[];
  loggedById?: string | null;
}

/**
 * The demo world of one coalition, held in memory until it is written in a few multi-row INSERTs.
 * Times are kept as "days before now" and turned into instants and dates by SeedTime on writing.
 */
export class WorldBuilder {
  readonly organisations: OrganisationRow[] = [];
  readonly people: PersonRow[] = [];
  readonly affiliations: AffiliationRow[] = [];
  readonly interactions: InteractionRow[] = [];
  readonly initiatives: InitiativeRow[] = [];
  readonly commitments: CommitmentRow[] = [];
  readonly contributions: ContributionRow[] = [];
  readonly benefits: BenefitRow[] = [];
  readonly actionItems: ActionItemRow[] = [];
  private readonly takenNames = new Set<string>();

  constructor(
    readonly coalitionName: string,
    /** E-mail domain of the coalition's own staff. */
    readonly staffDomain: string,
    readonly time: SeedTime,
    readonly random: Random,
    /** Users who log interactions (may be empty). */
    readonly loggers: readonly string[],
    /** Names no generated person may take (the demo users' people live elsewhere). */
    reservedNames: readonly string[] = [],
  ) {
    for (const name of reservedNames) this.takenNames.add(name);
  }

  organisation(
    input: Omit<
      OrganisationRow,
      | 'id'
      | 'relationshipOwnerId'
      | 'status'
      | 'leftDaysAgo'
      | 'sizeClass'
      | 'sector'
      | 'website'
      | 'interests'
    > &
      Partial<
        Pick<
          OrganisationRow,
          'status' | 'leftDaysAgo' | 'sizeClass' | 'sector' | 'website' | 'interests'
        >
      >,
  ): OrganisationRow {
    if (this.organisations.some((o) => o.name === input.name)) {
      throw new Error(`Duplicate organisation ${input.name} in ${this.coalitionName}`);
    }
    const row: OrganisationRow = {
      id: randomUUID(),
      status: 'active',
      leftDaysAgo: null,
      sizeClass: null,
      sector: null,
      website: null,
      interests: null,
      relationshipOwnerId: null,
      ...input,
    };
    this.organisations.push(row);
    return row;
  }

  organisationNamed(name: string): OrganisationRow {
    const found = this.organisations.find((o) => o.name === name);
    if (!found) throw new Error(`No organisation ${name} in ${this.coalitionName}`);
    return found;
  }

  isNameTaken(name: string): boolean {
    return this.takenNames.has(name);
  }

  person(input: PersonInput): PersonRow {
    if (this.people.some((p) => p.name === input.name)) {
      throw new Error(`Duplicate person ${input.name} in ${this.coalitionName}`);
    }
    this.takenNames.add(input.name);
    const status = input.status ?? 'active';
    const domain = input.organisation?.domain ?? this.staffDomain;
    const sinceDaysAgo =
      input.sinceDaysAgo ?? Math.max(800, input.organisation?.joinedDaysAgo ?? 0);
    const row: PersonRow = {
      id: randomUUID(),
      name: input.name,
      email: input.email ?? `${emailLocalPart(input.name)}@${domain}`,
      organisationId: input.organisation?.id ?? null,
      role: input.role,
      layer: input.layer,
      isKeyContact: input.isKeyContact ?? false,
      status,
      leavingOn: status === 'leaving' ? this.time.date(-(input.leavingInDays ?? 60)) : null,
      leftDaysAgo: status === 'left' ? (input.leftDaysAgo ?? 180) : null,
      successorId: null,
      notes: input.notes ?? null,
      sinceDaysAgo,
      scripted: input.scripted ?? false,
    };
    this.people.push(row);
    if (input.organisation) {
      this.affiliations.push({
        personId: row.id,
        organisationId: input.organisation.id,
        role: input.role,
        startedDaysAgo: sinceDaysAgo,
        endedDaysAgo: row.leftDaysAgo,
      });
    }
    return row;
  }

  personNamed(name: string): PersonRow {
    const found = this.people.find((p) => p.name === name);
    if (!found) throw new Error(`No person ${name} in ${this.coalitionName}`);
    return found;
  }

  peopleOf(organisation: OrganisationRow): PersonRow[] {
    return this.people.filter((p) => p.organisationId === organisation.id);
  }

  /** Whether the person worked there on that day (a leaving person still does). */
  isAround(person: PersonRow, daysAgo: number): boolean {
    return (
      daysAgo <= person.sinceDaysAgo &&
      (person.leftDaysAgo === null || daysAgo > person.leftDaysAgo)
    );
  }

  interaction(input: InteractionInput): InteractionRow {
    if (input.organisations.length < 1 || input.organisations.length > 3) {
      throw new Error(`An interaction lists 1–3 organisations: ${input.summary}`);
    }
    for (const p of input.participants) {
      if (!this.isAround(p, input.daysAgo)) {
        throw new Error(`${p.name} was not around ${input.daysAgo} days ago (${input.summary})`);
      }
    }
    const row: InteractionRow = {
      id: randomUUID(),
      occurredAt: this.time.workingMoment(input.daysAgo, input.hourUtc ?? 9, input.minute ?? 0),
      kind: input.kind,
      initiatedBy: input.initiatedBy ?? 'coalition',
      summary: input.summary,
      loggedById:
        input.loggedById !== undefined
          ? input.loggedById
          : this.loggers.length > 0
            ? this.random.pick(this.loggers)
            : null,
      organisationIds: [...new Set(input.organisations.map((o) => o.id))],
      participantIds: [...new Set(input.participants.map((p) => p.id))],
    };
    this.interactions.push(row);
    return row;
  }

  initiative(
    input: Omit<InitiativeRow, 'id' | 'leadId' | 'organisationIds'> & {
      lead: PersonRow | null;
      organisations: readonly OrganisationRow[];
    },
  ): InitiativeRow {
    const { lead, organisations, ...rest } = input;
    const row: InitiativeRow = {
      id: randomUUID(),
      ...rest,
      leadId: lead?.id ?? null,
      organisationIds: organisations.map((o) => o.id),
    };
    this.initiatives.push(row);
    return row;
  }

  initiativeNamed(name: string): InitiativeRow {
    const found = this.initiatives.find((i) => i.name === name);
    if (!found) throw new Error(`No initiative ${name} in ${this.coalitionName}`);
    return found;
  }

  commitment(
    input: Omit<CommitmentRow, 'id' | 'initiativeId'> & { initiativeId?: string | null },
  ): CommitmentRow {
    const row: CommitmentRow = { id: randomUUID(), initiativeId: null, ...input };
    this.commitments.push(row);
    return row;
  }

  contribution(input: ContributionRow): void {
    if (input.deliveredDaysAgo < 1) throw new Error('A contribution is delivered in the past');
    this.contributions.push(input);
  }

  benefit(input: BenefitRow): void {
    if (input.receivedDaysAgo < 1) throw new Error('A benefit is received in the past');
    this.benefits.push(input);
  }

  actionItem(
    input: Omit<ActionItemRow, 'completedDaysAgo' | 'description'> & {
      description?: string | null;
      completedDaysAgo?: number | null;
    },
  ): void {
    const completedDaysAgo =
      input.status === 'done'
        ? (input.completedDaysAgo ?? Math.max(1, input.dueDaysAgo ?? 1))
        : null;
    this.actionItems.push({ description: null, ...input, completedDaysAgo });
  }
}
