import type { EntityManager } from 'typeorm';
import { insertRows } from '../../common/db/bulk-writes';
import { interactionsRepository } from '../../modules/interactions/interactions.repository';
import { organisationsRepository } from '../../modules/organisations/organisations.repository';
import { peopleRepository } from '../../modules/people/people.repository';
import { createRandom } from './seed-random';
import type { SeedTime } from './seed-time';
import { CIV_SPEC } from './world/civ';
import { DNA_SPEC } from './world/dna';
import { GenericWorld, type WorldSpec } from './world/generic-world';
import { TCR_SPEC } from './world/tcr';
import { TCR_STORY } from './world/tcr-story';
import { WorldBuilder } from './world/world-builder';
import { ZK_SPEC } from './world/zk';

export type DemoWorldKey = 'tcr' | 'zk' | 'civ' | 'dna';

interface Story {
  /** People and relationship owners of the story organisations, before the generic cast. */
  cast(b: WorldBuilder, g: GenericWorld): void;
  /** Their history, after the generic history. */
  history(b: WorldBuilder, g: GenericWorld): void;
}

const WORLDS: Record<DemoWorldKey, { spec: WorldSpec; story?: Story }> = {
  tcr: { spec: TCR_SPEC, story: TCR_STORY },
  zk: { spec: ZK_SPEC },
  civ: { spec: CIV_SPEC },
  dna: { spec: DNA_SPEC },
};

/** The demo users' people are created on purpose; no generated person may share their names. */
const RESERVED_NAMES = ['Sanne de Vries', 'Daan Bakker', 'Lotte Jansen', 'Mark Visser'];

/** Builds one coalition's demo world in memory; the same seed and `now` give the same world. */
export function buildWorld(
  key: DemoWorldKey,
  time: SeedTime,
  loggers: readonly string[],
): WorldBuilder {
  const { spec, story } = WORLDS[key];
  const b = new WorldBuilder(
    spec.coalitionName,
    spec.staffDomain,
    time,
    createRandom(`regiokracht-demo/${key}`),
    loggers,
    RESERVED_NAMES,
  );
  const g = new GenericWorld(b, spec);
  g.createCast();
  story?.cast(b, g);
  g.createPeople();
  g.assignOwners();
  g.createHistory();
  story?.history(b, g);
  return b;
}

/** Writes a built world into its coalition with a handful of multi-row INSERTs per table. */
export async function writeWorld(
  manager: EntityManager,
  coalitionId: string,
  b: WorldBuilder,
): Promise<void> {
  const t = b.time;
  const at = (daysAgo: number) => t.workingMoment(Math.max(1, daysAgo), 8).toISOString();
  const date = (daysAgo: number | null) => (daysAgo === null ? null : t.date(daysAgo));
  const cid = coalitionId;

  await organisationsRepository.bulk.insertRows(
    manager,
    [
      'coalition_id',
      'id',
      'name',
      'kind',
      'size_class',
      'sector',
      'city',
      'website',
      'status',
      'joined_on',
      'left_on',
      'interests',
      'created_at',
      'updated_at',
    ],
    b.organisations.map((o) => {
      const created = at(Math.min(o.joinedDaysAgo, 800));
      const joined = o.status === 'prospect' ? null : date(o.joinedDaysAgo);
      return [
        cid,
        o.id,
        o.name,
        o.kind,
        o.sizeClass,
        o.sector,
        o.city,
        o.website,
        o.status,
        joined,
        date(o.leftDaysAgo),
        o.interests,
        created,
        created,
      ];
    }),
  );
  await peopleRepository.bulk.insertRows(
    manager,
    [
      'coalition_id',
      'id',
      'name',
      'email',
      'organisation_id',
      'role',
      'layer',
      'is_key_contact',
      'status',
      'leaving_on',
      'left_on',
      'notes',
      'created_at',
      'updated_at',
    ],
    b.people.map((p) => {
      const created = at(Math.min(p.sinceDaysAgo, 800));
      return [
        cid,
        p.id,
        p.name,
        p.email,
        p.organisationId,
        p.role,
        p.layer,
        p.isKeyContact,
        p.status,
        p.leavingOn,
        date(p.leftDaysAgo),
        p.notes,
        created,
        created,
      ];
    }),
  );
  await peopleRepository.bulk.updateReferences(
    manager,
    'successor_id',
    cid,
    b.people.flatMap((p) => (p.successorId ? [[p.id, p.successorId] as const] : [])),
  );
  await organisationsRepository.bulk.updateReferences(
    manager,
    'relationship_owner_id',
    cid,
    b.organisations.flatMap((o) =>
      o.relationshipOwnerId ? [[o.id, o.relationshipOwnerId] as const] : [],
    ),
  );
  await peopleRepository.affiliationBulk.insertRows(
    manager,
    [
      'coalition_id',
      'person_id',
      'organisation_id',
      'role',
      'started_on',
      'ended_on',
      'created_at',
    ],
    b.affiliations.map((a) => [
      cid,
      a.personId,
      a.organisationId,
      a.role,
      date(a.startedDaysAgo),
      date(a.endedDaysAgo),
      at(Math.min(a.startedDaysAgo, 800)),
    ]),
  );

  await interactionsRepository.bulk.insertRows(
    manager,
    [
      'coalition_id',
      'id',
      'occurred_at',
      'kind',
      'initiated_by',
      'summary',
      'logged_by_id',
      'created_at',
      'updated_at',
    ],
    b.interactions.map((i) => {
      const occurredAt = i.occurredAt.toISOString();
      return [
        cid,
        i.id,
        occurredAt,
        i.kind,
        i.initiatedBy,
        i.summary,
        i.loggedById,
        occurredAt,
        occurredAt,
      ];
    }),
  );
  await interactionsRepository.organisationLinkBulk.insertRows(
    manager,
    ['coalition_id', 'interaction_id', 'organisation_id'],
    b.interactions.flatMap((i) => i.organisationIds.map((id) => [cid, i.id, id])),
  );
  await interactionsRepository.participantLinkBulk.insertRows(
    manager,
    ['coalition_id', 'interaction_id', 'person_id'],
    b.interactions.flatMap((i) => i.participantIds.map((id) => [cid, i.id, id])),
  );

  await insertRows(
    manager,
    'initiative',
    [
      'coalition_id',
      'id',
      'name',
      'theme',
      'description',
      'phase',
      'lead_id',
      'created_at',
      'updated_at',
    ],
    b.initiatives.map((i) => [
      cid,
      i.id,
      i.name,
      i.theme,
      i.description,
      i.phase,
      i.leadId,
      at(i.startedDaysAgo),
      at(i.changedDaysAgo),
    ]),
  );
  await insertRows(
    manager,
    'initiative_organisation',
    ['coalition_id', 'initiative_id', 'organisation_id'],
    b.initiatives.flatMap((i) => i.organisationIds.map((id) => [cid, i.id, id])),
  );

  await insertRows(
    manager,
    'commitment',
    [
      'coalition_id',
      'id',
      'organisation_id',
      'contact_id',
      'kind',
      'description',
      'quantity',
      'unit',
      'unit_value_eur',
      'starts_on',
      'ends_on',
      'status',
      'initiative_id',
      'created_at',
      'updated_at',
    ],
    b.commitments.map((c) => {
      const created = at(Math.max(3, c.startsDaysAgo + 14));
      return [
        cid,
        c.id,
        c.organisationId,
        c.contactId,
        c.kind,
        c.description,
        c.quantity,
        c.unit,
        c.unitValueEur,
        date(c.startsDaysAgo),
        date(c.endsDaysAgo),
        c.status,
        c.initiativeId,
        created,
        created,
      ];
    }),
  );
  await insertRows(
    manager,
    'contribution',
    [
      'coalition_id',
      'commitment_id',
      'delivered_on',
      'quantity',
      'note',
      'reported_by_partner',
      'created_at',
      'updated_at',
    ],
    b.contributions.map((c) => {
      const created = at(c.deliveredDaysAgo);
      return [
        cid,
        c.commitmentId,
        date(c.deliveredDaysAgo),
        c.quantity,
        c.note,
        c.reportedByPartner,
        created,
        created,
      ];
    }),
  );
  await insertRows(
    manager,
    'benefit',
    [
      'coalition_id',
      'organisation_id',
      'kind',
      'quantity',
      'received_on',
      'note',
      'created_at',
      'updated_at',
    ],
    b.benefits.map((x) => {
      const created = at(x.receivedDaysAgo);
      return [
        cid,
        x.organisationId,
        x.kind,
        x.quantity,
        date(x.receivedDaysAgo),
        x.note,
        created,
        created,
      ];
    }),
  );
  await insertRows(
    manager,
    'action_item',
    [
      'coalition_id',
      'title',
      'description',
      'owner_id',
      'organisation_id',
      'initiative_id',
      'due_on',
      'status',
      'priority',
      'completed_at',
      'created_at',
      'updated_at',
    ],
    b.actionItems.map((a) => {
      const created = at(a.createdDaysAgo);
      const completed =
        a.completedDaysAgo === null ? null : t.workingMoment(a.completedDaysAgo, 14).toISOString();
      return [
        cid,
        a.title,
        a.description,
        a.ownerId,
        a.organisationId,
        a.initiativeId,
        date(a.dueDaysAgo),
        a.status,
        a.priority,
        completed,
        created,
        completed ?? created,
      ];
    }),
  );
}
