import type { InteractionKind, SizeClass } from '@regiokracht/shared';
import type { Random } from '../seed-random';
import { commitmentStatus, commitmentTemplate, deliver } from './ledger';
import { FIRST_NAMES, LAST_NAMES, ROLES, SUMMARIES, fillTemplate, type Layer } from './names';
import type {
  CommitmentKind,
  InitiativePhase,
  OrganisationKind,
  OrganisationRow,
  OrganisationStatus,
  PersonRow,
  WorldBuilder,
} from './world-builder';

/**
 * How an organisation behaves over the two years of history. `story` organisations get no generic
 * history: a coalition script writes theirs by hand.
 */
export type Profile = 'engaged' | 'steady' | 'cooling' | 'dormant' | 'new' | 'prospect' | 'story';

export interface OrganisationSpec {
  name: string;
  kind: OrganisationKind;
  sizeClass?: SizeClass;
  sector?: string;
  city: string;
  domain: string;
  website?: string;
  status?: OrganisationStatus;
  joinedDaysAgo?: number;
  leftDaysAgo?: number;
  interests?: string;
  profile: Profile;
  /** How many people to generate (default by kind and size). */
  people?: number;
}

export interface StaffSpec {
  name: string;
  role: string;
  layer: Layer;
  email?: string;
  isKeyContact?: boolean;
  status?: 'active' | 'left';
  leftDaysAgo?: number;
}

export interface InitiativeSpec {
  name: string;
  theme: string;
  description: string;
  phase: InitiativePhase;
  /** A staff member's name, or an organisation whose contact leads it. */
  lead: string | null;
  organisations: readonly string[];
  startedDaysAgo: number;
  changedDaysAgo: number;
}

export interface WorldSpec {
  coalitionName: string;
  staffDomain: string;
  /** Fill `{d}` in job titles: the fields the coalition trains for. */
  disciplines: readonly string[];
  /** Fill `{topic}` in summaries and titles. */
  topics: readonly string[];
  staff: readonly StaffSpec[];
  organisations: readonly OrganisationSpec[];
  /**
   * Set where a story script supplies the departing contact and the unowned and orphaned action
   * items; the generic history then adds none of its own, so the story stays unambiguous.
   */
  scriptedStories?: boolean;
  /** Organisations at the monthly steering group (at most three). */
  steeringGroup: readonly string[];
  initiatives: readonly InitiativeSpec[];
}

const HISTORY_DAYS = 730;
const EDUCATION: readonly OrganisationKind[] = ['mbo', 'hbo', 'wo', 'vo'];

interface Activity {
  fromDaysAgo: number;
  untilDaysAgo: number;
  gap: readonly [number, number];
  partnerInitiated: number;
}

/** The generic part of a coalition's history, shared by all four demo coalitions. */
export class GenericWorld {
  readonly staff: PersonRow[] = [];
  private readonly activity = new Map<string, Activity>();
  private readonly profiles = new Map<string, Profile>();

  constructor(
    readonly b: WorldBuilder,
    readonly spec: WorldSpec,
  ) {}

  private get random(): Random {
    return this.b.random;
  }

  /** Staff, organisations and their people: everything a story script may then refer to. */
  createCast(): void {
    for (const s of this.spec.staff) {
      this.staff.push(
        this.b.person({
          name: s.name,
          organisation: null,
          role: s.role,
          layer: s.layer,
          email: s.email,
          isKeyContact: s.isKeyContact,
          status: s.status,
          leftDaysAgo: s.leftDaysAgo,
        }),
      );
    }
    for (const o of this.spec.organisations) {
      const org = this.b.organisation({
        name: o.name,
        kind: o.kind,
        sizeClass: o.sizeClass ?? null,
        sector: o.sector ?? null,
        city: o.city,
        website: o.website ?? `https://www.${o.domain}`,
        domain: o.domain,
        status: o.status ?? (o.profile === 'prospect' ? 'prospect' : 'active'),
        joinedDaysAgo: o.joinedDaysAgo ?? 900,
        leftDaysAgo: o.leftDaysAgo ?? null,
        interests: o.interests ?? null,
      });
      this.profiles.set(org.id, o.profile);
      this.activity.set(org.id, this.activityOf(o));
    }
  }

  /** Generated people for every organisation that is not a story. */
  createPeople(): void {
    const orgs = this.b.organisations;
    for (const o of this.spec.organisations) {
      if (o.profile === 'story') continue;
      const org = orgs.find((x) => x.name === o.name)!;
      const rnd = this.random.fork(`people/${o.name}`);
      const count = o.people ?? this.defaultPeopleCount(o, rnd);
      for (let i = 0; i < count; i++) {
        const layer: Layer =
          i === 0
            ? 'management'
            : i === 1
              ? 'operational'
              : rnd.pick(['board', 'operational', 'operational', 'management'] as const);
        this.b.person({
          name: this.freshName(rnd),
          organisation: org,
          role: this.roleFor(org.kind, layer, rnd),
          layer,
          isKeyContact: i === 0,
        });
      }
      // Turnover: somebody left, sometimes with a successor named.
      if (count >= 3 && count < 5 && rnd.chance(0.3)) {
        const leftDaysAgo = rnd.int(40, 600);
        const left = this.b.person({
          name: this.freshName(rnd),
          organisation: org,
          role: this.roleFor(org.kind, 'operational', rnd),
          layer: 'operational',
          status: 'left',
          leftDaysAgo,
          notes: 'Vertrokken; contacten overgedragen aan collega’s.',
        });
        if (rnd.chance(0.5)) left.successorId = this.b.peopleOf(org)[1].id;
      }
      // Someone who came over from another partner keeps that history as an affiliation.
      const others = orgs.filter((x) => x.id !== org.id && x.kind === org.kind);
      if (others.length > 0 && rnd.chance(0.15)) {
        const previous = rnd.pick(others);
        const person = this.b.peopleOf(org)[0];
        person.sinceDaysAgo = rnd.int(300, 650);
        this.b.affiliations.find((a) => a.personId === person.id)!.startedDaysAgo =
          person.sinceDaysAgo;
        this.b.affiliations.push({
          personId: person.id,
          organisationId: previous.id,
          role: this.roleFor(previous.kind, 'operational', rnd),
          startedDaysAgo: person.sinceDaysAgo + rnd.int(700, 2500),
          endedDaysAgo: person.sinceDaysAgo + 1,
        });
      }
    }
    if (!this.spec.scriptedStories) this.markOneLeaving();
  }

  /** Relationship owners: coalition staff, or a teacher for some companies. */
  assignOwners(): void {
    const rnd = this.random.fork('owners');
    const staff = this.staff.filter((p) => p.status === 'active');
    const teachers = this.b.people.filter(
      (p) =>
        !p.scripted &&
        p.status === 'active' &&
        p.layer === 'operational' &&
        EDUCATION.includes(this.orgOf(p)?.kind ?? 'other'),
    );
    for (const org of this.b.organisations) {
      if (this.profiles.get(org.id) === 'story' || org.relationshipOwnerId) continue;
      if (rnd.chance(0.05)) continue;
      const pool =
        org.kind === 'company' && teachers.length > 0 && rnd.chance(0.35) ? teachers : staff;
      org.relationshipOwnerId = rnd.pick(pool).id;
    }
  }

  /** Interactions, commitments, benefits, action items and initiatives of the generic cast. */
  createHistory(): void {
    for (const org of this.b.organisations) {
      if (this.profiles.get(org.id) === 'story') continue;
      this.contactHistory(org);
      this.commitmentsOf(org);
      this.benefitsOf(org);
    }
    this.steeringGroup();
    this.networkEvents();
    this.initiatives();
    this.actionItems();
  }

  /** A non-scripted person of the organisation who was around then, key contacts first. */
  contactAt(
    org: OrganisationRow,
    daysAgo: number,
    rnd: Random,
    layers?: readonly Layer[],
  ): PersonRow | undefined {
    const around = this.b
      .peopleOf(org)
      .filter(
        (p) => !p.scripted && this.b.isAround(p, daysAgo) && (!layers || layers.includes(p.layer)),
      );
    if (around.length === 0) return undefined;
    const key = around.find((p) => p.isKeyContact);
    return key && rnd.chance(0.3) ? key : rnd.pick(around);
  }

  staffAt(daysAgo: number, rnd: Random): PersonRow[] {
    const around = this.staff.filter((p) => this.b.isAround(p, daysAgo));
    return rnd.sample(around, rnd.chance(0.2) ? 2 : 1);
  }

  summary(kind: InteractionKind, org: OrganisationRow, rnd: Random): string {
    return fillTemplate(rnd.pick(SUMMARIES[kind]), {
      org: org.name,
      topic: rnd.pick(this.spec.topics),
      coalition: this.spec.coalitionName,
    });
  }

  private orgOf(person: PersonRow): OrganisationRow | undefined {
    return this.b.organisations.find((o) => o.id === person.organisationId);
  }

  private activityOf(o: OrganisationSpec): Activity {
    const rnd = this.random.fork(`activity/${o.name}`);
    const from = Math.min(o.joinedDaysAgo ?? 900, HISTORY_DAYS - rnd.int(0, 20));
    switch (o.profile) {
      case 'engaged':
        return {
          fromDaysAgo: from,
          untilDaysAgo: rnd.int(2, 20),
          gap: [12, 30],
          partnerInitiated: 0.3,
        };
      case 'steady':
        return {
          fromDaysAgo: from,
          untilDaysAgo: rnd.int(8, 40),
          gap: [24, 48],
          partnerInitiated: 0.15,
        };
      case 'cooling':
        return {
          fromDaysAgo: from,
          untilDaysAgo: rnd.int(68, 100),
          gap: [14, 35],
          partnerInitiated: 0.15,
        };
      case 'dormant':
        return {
          fromDaysAgo: from,
          untilDaysAgo: o.leftDaysAgo ?? rnd.int(135, 260),
          gap: [14, 35],
          partnerInitiated: 0.1,
        };
      case 'new':
        return {
          fromDaysAgo: from,
          untilDaysAgo: rnd.int(2, 15),
          gap: [8, 20],
          partnerInitiated: 0.35,
        };
      case 'prospect':
        return {
          fromDaysAgo: Math.min(from, 90),
          untilDaysAgo: rnd.int(5, 30),
          gap: [25, 40],
          partnerInitiated: 0.1,
        };
      case 'story':
        return { fromDaysAgo: from, untilDaysAgo: 0, gap: [30, 30], partnerInitiated: 0 };
    }
  }

  private defaultPeopleCount(o: OrganisationSpec, rnd: Random): number {
    if (o.kind !== 'company') return EDUCATION.includes(o.kind) ? rnd.int(3, 5) : rnd.int(2, 3);
    switch (o.sizeClass) {
      case 'micro':
        return 2;
      case 'small':
        return rnd.int(2, 3);
      case 'medium':
        return rnd.int(3, 4);
      case 'large':
      case undefined:
        return rnd.int(3, 5);
    }
  }

  private freshName(rnd: Random): string {
    for (;;) {
      const name = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
      if (!this.b.isNameTaken(name)) return name;
    }
  }

  private roleFor(kind: OrganisationKind, layer: Layer, rnd: Random): string {
    const roles = (ROLES[kind] ?? ROLES.other)[layer];
    return fillTemplate(rnd.pick(roles), { d: rnd.pick(this.spec.disciplines) });
  }

  /** One contact per coalition announced their departure; half of them already have a successor. */
  private markOneLeaving(): void {
    const rnd = this.random.fork('leaving');
    const candidates = this.b.people.filter(
      (p) => !p.scripted && p.status === 'active' && p.organisationId && p.isKeyContact,
    );
    if (candidates.length === 0) return;
    const person = rnd.pick(candidates);
    person.status = 'leaving';
    person.leavingOn = this.b.time.date(-rnd.int(25, 110));
    person.notes = 'Gaat met pensioen; overdracht nog niet rond.';
    const colleague = this.b
      .peopleOf(this.orgOf(person)!)
      .find((p) => p.id !== person.id && p.status === 'active');
    if (colleague && rnd.chance(0.5)) person.successorId = colleague.id;
  }

  private contactHistory(org: OrganisationRow): void {
    const rnd = this.random.fork(`contact/${org.name}`);
    const activity = this.activity.get(org.id)!;
    const educators = this.b.organisations.filter(
      (o) => EDUCATION.includes(o.kind) && o.id !== org.id,
    );
    let daysAgo = activity.fromDaysAgo - rnd.int(0, activity.gap[1]);
    const days: number[] = [];
    while (daysAgo > activity.untilDaysAgo) {
      days.push(daysAgo);
      daysAgo -= rnd.int(activity.gap[0], activity.gap[1]);
    }
    days.push(activity.untilDaysAgo);
    for (const day of days) {
      const kind = rnd.weighted<InteractionKind>([
        ['meeting', 25],
        ['call', 20],
        ['email', 20],
        ['site_visit', 10],
        ['workshop', 9],
        ['event', 6],
        ['message', 8],
        ['other', 2],
      ]);
      const contact = this.contactAt(org, day, rnd);
      const orgs = [org];
      const participants = [...this.staffAt(day, rnd)];
      if (contact) participants.push(contact);
      if (contact && rnd.chance(0.4)) {
        const second = this.contactAt(org, day, rnd);
        if (second) participants.push(second);
      }
      if (
        ['meeting', 'site_visit', 'workshop'].includes(kind) &&
        educators.length > 0 &&
        rnd.chance(0.3)
      ) {
        const school = rnd.pick(educators);
        const teacher = this.contactAt(school, day, rnd, ['operational', 'management']);
        if (teacher) {
          orgs.push(school);
          participants.push(teacher);
        }
      }
      this.b.interaction({
        daysAgo: day,
        hourUtc: rnd.int(7, 15),
        minute: rnd.pick([0, 15, 30, 45]),
        kind,
        initiatedBy: rnd.chance(activity.partnerInitiated) ? 'partner' : 'coalition',
        summary: this.summary(kind, org, rnd),
        organisations: orgs,
        participants,
      });
    }
  }

  private steeringGroup(): void {
    const rnd = this.random.fork('steering');
    const members = this.spec.steeringGroup.map((name) => this.b.organisationNamed(name));
    const agenda = [
      'voortgang initiatieven en RIF-verantwoording',
      'stageplaatsen en instroom nieuw schooljaar',
      'partners die afhaken: wie pakt het op?',
      'jaarplan en begroting',
      'evaluatie pilots en opschaling',
    ];
    for (let daysAgo = HISTORY_DAYS - rnd.int(0, 10); daysAgo > 3; daysAgo -= rnd.int(26, 34)) {
      const participants = members.flatMap(
        (org) => this.contactAt(org, daysAgo, rnd, ['board', 'management']) ?? [],
      );
      participants.push(...this.staff.filter((p) => this.b.isAround(p, daysAgo)).slice(0, 1));
      this.b.interaction({
        daysAgo,
        hourUtc: 13,
        kind: 'meeting',
        summary: `Stuurgroep ${this.spec.coalitionName}: ${rnd.pick(agenda)}`,
        organisations: members,
        participants,
      });
    }
  }

  private networkEvents(): void {
    const rnd = this.random.fork('events');
    const companies = this.b.organisations.filter(
      (o) => o.kind === 'company' && this.profiles.get(o.id) !== 'story',
    );
    for (let daysAgo = HISTORY_DAYS - rnd.int(20, 60); daysAgo > 5; daysAgo -= rnd.int(80, 100)) {
      const present = companies.filter((o) => {
        const a = this.activity.get(o.id)!;
        return daysAgo <= a.fromDaysAgo && daysAgo >= a.untilDaysAgo;
      });
      const orgs = rnd.sample(present, 3);
      if (orgs.length === 0) continue;
      const participants = [
        ...this.staff.filter((p) => this.b.isAround(p, daysAgo)).slice(0, 2),
        ...orgs.flatMap((o) => this.contactAt(o, daysAgo, rnd) ?? []),
      ];
      this.b.interaction({
        daysAgo,
        hourUtc: 15,
        kind: 'event',
        summary: `Netwerkbijeenkomst ${this.spec.coalitionName}: ${rnd.pick(this.spec.topics)}`,
        organisations: orgs,
        participants,
      });
    }
  }

  private commitmentsOf(org: OrganisationRow): void {
    const rnd = this.random.fork(`commitments/${org.name}`);
    const profile = this.profiles.get(org.id)!;
    const activity = this.activity.get(org.id)!;
    const kinds = this.commitmentKinds(org, rnd);
    for (const [index, kind] of kinds.entries()) {
      const template = commitmentTemplate(kind, org, rnd, rnd.pick(this.spec.topics));
      const latestStart = Math.max(30, activity.untilDaysAgo + 30);
      const earliestStart = Math.max(latestStart, activity.fromDaysAgo - 30);
      let startsDaysAgo: number;
      let years = rnd.chance(0.5) ? 1 : 2;
      if (profile === 'prospect') {
        startsDaysAgo = -rnd.int(20, 60);
      } else if (index === 0) {
        // Every partner has one pledge running through the last year: the fair-share period.
        const from = Math.max(latestStart, Math.min(earliestStart, 240));
        startsDaysAgo = rnd.int(from, Math.max(from, Math.min(earliestStart, 520)));
        years = 2;
      } else if (rnd.chance(0.1)) {
        startsDaysAgo = -rnd.int(10, 60);
      } else {
        startsDaysAgo = rnd.int(latestStart, earliestStart);
      }
      const endsDaysAgo = startsDaysAgo - years * 365;
      const contact = this.contactAt(org, Math.max(1, startsDaysAgo), rnd);
      const fraction =
        profile === 'engaged' || profile === 'new'
          ? 0.85 + rnd.next() * 0.25
          : profile === 'steady'
            ? 0.6 + rnd.next() * 0.35
            : 0.7 + rnd.next() * 0.3;
      const commitment = this.b.commitment({
        organisationId: org.id,
        contactId: contact?.id ?? null,
        kind,
        description: template.description,
        quantity: template.quantity,
        unit: template.unit,
        unitValueEur: template.unitValueEur,
        startsDaysAgo,
        endsDaysAgo,
        status: 'pledged',
      });
      const delivered =
        profile === 'prospect'
          ? 0
          : deliver(
              this.b,
              commitment.id,
              template,
              startsDaysAgo,
              endsDaysAgo,
              activity.untilDaysAgo,
              fraction,
              rnd,
            );
      commitment.status = commitmentStatus(
        profile,
        startsDaysAgo,
        endsDaysAgo,
        delivered,
        template.quantity,
        rnd,
      );
    }
  }

  private commitmentKinds(org: OrganisationRow, rnd: Random): CommitmentKind[] {
    const profile = this.profiles.get(org.id);
    if (profile === 'prospect') return [rnd.pick(['internships', 'guest_lectures'] as const)];
    switch (org.kind) {
      case 'company': {
        const count =
          org.sizeClass === 'micro' ? 1 : org.sizeClass === 'small' ? rnd.int(1, 2) : rnd.int(2, 3);
        return rnd.sample(
          [
            'internships',
            'guest_lectures',
            'equipment',
            'staff_hours',
            'facilities',
            'curriculum',
          ] as const,
          count,
        );
      }
      case 'municipality':
      case 'province':
        return ['funding'];
      case 'mbo':
      case 'hbo':
        return [rnd.pick(['facilities', 'staff_hours'] as const)];
      case 'sector_body':
      case 'foundation':
        return rnd.chance(0.6) ? ['staff_hours'] : [];
      case 'wo':
      case 'vo':
      case 'other':
        return [];
    }
  }

  private benefitsOf(org: OrganisationRow): void {
    if (org.kind !== 'company' && !EDUCATION.includes(org.kind)) return;
    const rnd = this.random.fork(`benefits/${org.name}`);
    const activity = this.activity.get(org.id)!;
    if (org.kind !== 'company') {
      if (rnd.chance(0.5)) {
        this.b.benefit({
          organisationId: org.id,
          kind: 'curriculum_influence',
          quantity: 1,
          receivedDaysAgo: rnd.int(60, 500),
          note: 'Praktijkopdrachten van partners opgenomen in het curriculum.',
        });
      }
      return;
    }
    // Interns start in September and February: roughly every half year.
    for (
      let daysAgo = activity.fromDaysAgo - rnd.int(10, 120);
      daysAgo >= Math.max(1, activity.untilDaysAgo);
      daysAgo -= rnd.int(160, 200)
    ) {
      if (rnd.chance(0.75)) {
        this.b.benefit({
          organisationId: org.id,
          kind: 'intern_placed',
          quantity: rnd.int(1, 4),
          receivedDaysAgo: daysAgo,
          note: null,
        });
      }
      if (rnd.chance(0.2)) {
        this.b.benefit({
          organisationId: org.id,
          kind: 'hire',
          quantity: 1,
          receivedDaysAgo: Math.max(1, daysAgo - rnd.int(0, 30)),
          note: 'Oud-stagiair in vaste dienst.',
        });
      }
      if (rnd.chance(0.15)) {
        this.b.benefit({
          organisationId: org.id,
          kind: 'apprentice',
          quantity: rnd.int(1, 2),
          receivedDaysAgo: Math.max(1, daysAgo - rnd.int(0, 20)),
          note: 'BBL-leerling gestart.',
        });
      }
      if (rnd.chance(0.08)) {
        this.b.benefit({
          organisationId: org.id,
          kind: 'training',
          quantity: rnd.int(2, 8),
          receivedDaysAgo: Math.max(1, daysAgo - rnd.int(0, 40)),
          note: 'Medewerkers bijgeschoold via de coalitie.',
        });
      }
    }
  }

  private initiatives(): void {
    for (const spec of this.spec.initiatives) {
      const orgs = spec.organisations.map((name) => this.b.organisationNamed(name));
      let lead: PersonRow | null = null;
      if (spec.lead) {
        lead =
          this.staff.find((p) => p.name === spec.lead) ??
          this.b.people.find((p) => p.name === spec.lead) ??
          this.contactAt(
            this.b.organisationNamed(spec.lead),
            1,
            this.random.fork(`lead/${spec.name}`),
            ['management', 'operational'],
          ) ??
          null;
      }
      const initiative = this.b.initiative({ ...spec, lead, organisations: orgs });
      // Commitments of its partners made in its name.
      for (const c of this.b.commitments) {
        if (
          c.initiativeId === null &&
          initiative.organisationIds.includes(c.organisationId) &&
          c.startsDaysAgo <= spec.startedDaysAgo
        ) {
          c.initiativeId = initiative.id;
        }
      }
    }
  }

  private actionItems(): void {
    const rnd = this.random.fork('action-items');
    const titles = [
      'Stageovereenkomsten met {org} verlengen',
      'Gastles {topic} inplannen met {org}',
      'Verslag bedrijfsbezoek {org} delen met docenten',
      'Contactpersoon van {org} uitnodigen voor de stuurgroep',
      'Afspraken met {org} vastleggen in de samenwerkingsovereenkomst',
      'Stageperiode evalueren met {org}',
      'Nieuwe contactpersoon bij {org} inwerken',
      'Offerte praktijkmateriaal opvragen bij {org}',
    ];
    const staff = this.staff.filter((p) => p.status === 'active');
    const left = this.b.people.filter((p) => p.status === 'left' && !p.scripted);
    const orgs = this.b.organisations.filter(
      (o) => this.profiles.get(o.id) !== 'story' && o.status !== 'prospect',
    );
    for (const org of orgs) {
      const count = rnd.int(0, 2);
      for (let i = 0; i < count; i++) {
        const title = fillTemplate(rnd.pick(titles), {
          org: org.name,
          topic: rnd.pick(this.spec.topics),
        });
        const historic = rnd.chance(0.55);
        const contact = this.contactAt(org, 1, rnd);
        const owner = rnd.chance(0.6) || contact?.status !== 'active' ? rnd.pick(staff) : contact;
        if (historic) {
          const dueDaysAgo = rnd.int(30, 600);
          this.b.actionItem({
            title,
            ownerId: owner.id,
            organisationId: org.id,
            initiativeId: null,
            dueDaysAgo,
            status: rnd.chance(0.85) ? 'done' : 'dropped',
            priority: rnd.pick(['low', 'normal', 'normal', 'high'] as const),
            createdDaysAgo: dueDaysAgo + rnd.int(10, 60),
            completedDaysAgo: Math.max(1, dueDaysAgo + rnd.int(-10, 10)),
          });
        } else {
          const dueDaysAgo = -rnd.int(-25, 60);
          this.b.actionItem({
            title,
            ownerId: owner.id,
            organisationId: org.id,
            initiativeId: null,
            dueDaysAgo,
            status: rnd.weighted([
              ['open', 5],
              ['in_progress', 3],
              ['blocked', 1],
            ] as const),
            priority: rnd.pick(['low', 'normal', 'normal', 'high'] as const),
            createdDaysAgo: Math.max(dueDaysAgo, 0) + rnd.int(10, 60),
          });
        }
      }
    }
    if (this.spec.scriptedStories) return;
    // Work nobody took on: the queue Regiokracht shows first.
    for (const org of rnd.sample(orgs, 3)) {
      const dueDaysAgo = rnd.int(-30, 45);
      this.b.actionItem({
        title: fillTemplate(rnd.pick(titles), { org: org.name, topic: rnd.pick(this.spec.topics) }),
        ownerId: null,
        organisationId: org.id,
        initiativeId: null,
        dueDaysAgo,
        status: 'open',
        priority: 'normal',
        createdDaysAgo: Math.max(dueDaysAgo, 0) + rnd.int(20, 70),
      });
    }
    // Orphans: the owner left and the item stayed behind.
    for (const person of rnd.sample(left, 2)) {
      const org =
        this.b.organisations.find((o) => o.id === person.organisationId) ?? rnd.pick(orgs);
      this.b.actionItem({
        title: fillTemplate(rnd.pick(titles), { org: org.name, topic: rnd.pick(this.spec.topics) }),
        ownerId: person.id,
        organisationId: org.id,
        initiativeId: null,
        dueDaysAgo: Math.max(1, (person.leftDaysAgo ?? 0) - rnd.int(10, 40)),
        status: 'open',
        priority: 'normal',
        createdDaysAgo: (person.leftDaysAgo ?? 0) + rnd.int(20, 60),
      });
    }
  }
}
