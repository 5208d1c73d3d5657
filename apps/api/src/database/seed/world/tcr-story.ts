import { DEMO_STORY } from '../demo-story';
import type { Random } from '../seed-random';
import type { GenericWorld } from './generic-world';
import { benefits, commit, contacts, driftSchedule, rhythm } from './story-tools';
import type { WorldBuilder } from './world-builder';

const story = DEMO_STORY;
const [VAN_DER_LINDEN, KOUDIJS, MAASVLAKTE] = story.retiringTeacher.organisations;
const [BOTLEK, EUROPOORT, WAALHAVEN] = story.driftingPartners.map((p) => p.name);
const [HEAT_PUMP_PILOT, DIGITAL_TWIN_PILOT] = story.stuckInitiatives;

/**
 * The hand-written stories of Techniek College Rotterdam (DEMO_STORY). Each story organisation gets a
 * fixed rhythm counted in days before now, so its health and risk come out the same whenever the
 * seed runs.
 */
export const TCR_STORY = {
  /** People of the story organisations, and their relationship owners. */
  cast(b: WorldBuilder, g: GenericWorld): void {
    const albeda = b.organisationNamed(story.retiringTeacher.organisation);
    const teacher = b.person({
      name: story.retiringTeacher.name,
      organisation: albeda,
      role: story.retiringTeacher.role,
      layer: 'operational',
      email: story.retiringTeacher.email,
      isKeyContact: true,
      status: 'leaving',
      leavingInDays: story.retiringTeacher.leavingInDays,
      sinceDaysAgo: 9500,
      notes: `Gaat over twee maanden met pensioen. Kent als enige de contacten bij ${VAN_DER_LINDEN}, ${KOUDIJS} en ${MAASVLAKTE}; een opvolger is nog niet gevonden.`,
      scripted: true,
    });
    const people: [
      string,
      string,
      string,
      'board' | 'management' | 'operational',
      boolean,
      string?,
    ][] = [
      [VAN_DER_LINDEN, 'Ruud van der Linden', 'Directeur-eigenaar', 'board', true],
      [VAN_DER_LINDEN, 'Ilse Hoogendoorn', 'Praktijkopleider', 'operational', false],
      [KOUDIJS, 'Gert Koudijs', 'Directeur-eigenaar', 'board', true],
      [KOUDIJS, 'Mehmet Öztürk', 'Leermeester', 'operational', false],
      [MAASVLAKTE, 'Marloes Kroon', 'HR-manager', 'management', true],
      [MAASVLAKTE, 'Dennis van Wijk', 'Hoofd technische dienst', 'management', false],
      [
        story.partnerCompany,
        'Mark Visser',
        'HR- en opleidingsmanager',
        'management',
        true,
        'partner@regiokracht.demo',
      ],
      [story.partnerCompany, 'Jolanda de Ridder', 'Algemeen directeur', 'board', false],
      [story.partnerCompany, 'Fleur Dekkers', 'Praktijkopleider', 'operational', false],
      [story.partnerCompany, 'Bas Verhoef', 'Leermeester', 'operational', false],
      [BOTLEK, 'Tom Hagen', 'Vestigingsdirecteur', 'board', false],
      [BOTLEK, 'Karin Boekhout', 'HR-adviseur', 'operational', false],
      [EUROPOORT, 'Wendy Kuijpers', 'Opleidingscoördinator', 'management', true],
      [EUROPOORT, 'Richard Stam', 'Terminalmanager', 'management', false],
      [EUROPOORT, 'Erik Jonker', 'Operator', 'operational', false],
      [WAALHAVEN, 'Jeroen Vink', 'Bedrijfsleider', 'management', true],
      [WAALHAVEN, 'Anja Bosman', 'HR-medewerker', 'operational', false],
      [story.taker, 'Michiel de Koning', 'Manager HR', 'management', true],
      [story.taker, 'Sandra Oosterhout', 'Recruiter', 'operational', false],
      [story.taker, 'Frank Lambrecht', 'Sitedirecteur', 'board', false],
    ];
    for (const [orgName, name, role, layer, isKeyContact, email] of people) {
      b.person({
        name,
        organisation: b.organisationNamed(orgName),
        role,
        layer,
        isKeyContact,
        email,
        scripted: true,
      });
    }
    // Botlek's champion left and nobody took over: the root of its drift.
    b.person({
      name: 'Arjen Molenaar',
      organisation: b.organisationNamed(BOTLEK),
      role: 'Manager onderhoud',
      layer: 'management',
      isKeyContact: true,
      status: 'left',
      leftDaysAgo: 230,
      notes: 'Trok de samenwerking namens Botlek; vertrokken naar een andere werkgever.',
      scripted: true,
    });

    for (const name of story.retiringTeacher.organisations)
      b.organisationNamed(name).relationshipOwnerId = teacher.id;
    const staff = (name: string) => g.staff.find((p) => p.name === name)!;
    b.organisationNamed(story.partnerCompany).relationshipOwnerId = staff('Daan Bakker').id;
    b.organisationNamed(BOTLEK).relationshipOwnerId = staff('Sanne de Vries').id;
    b.organisationNamed(EUROPOORT).relationshipOwnerId = staff('Daan Bakker').id;
    b.organisationNamed(WAALHAVEN).relationshipOwnerId = staff('Sanne de Vries').id;
    b.organisationNamed(story.taker).relationshipOwnerId = staff('Daan Bakker').id;
  },

  history(b: WorldBuilder, g: GenericWorld): void {
    teacherRelationships(b, g);
    partnerCompany(b, g);
    driftingPartners(b, g);
    taker(b, g);
    actionItems(b);
  },
};

/** Henk Smits carries three relationships nearly alone: he is in almost every interaction. */
function teacherRelationships(b: WorldBuilder, g: GenericWorld): void {
  const teacher = b.personNamed(story.retiringTeacher.name);
  const albeda = b.organisationNamed(story.retiringTeacher.organisation);
  const daan = b.personNamed('Daan Bakker');
  const summaries = [
    `${teacher.name} bespreekt de stageplaatsen van zijn studenten`,
    `${teacher.name} begeleidt tweedejaars tijdens een praktijkdag`,
    `Terugkoppeling beoordeling stagiairs door ${teacher.name}`,
  ];
  for (const [index, name] of story.retiringTeacher.organisations.entries()) {
    const org = b.organisationNamed(name);
    const [main, second] = contacts(b, name);
    rhythm(b, g, org, {
      from: 700 - index * 9,
      until: 6 + index * 5,
      gap: [21, 38],
      partnerInitiated: 0.25,
      summaries: summaries.map((s) => `${s} (${name})`),
      // One meeting in twelve happens without him, which is exactly why nobody else knows them.
      participants: (_day, rnd) => {
        const people = rnd.chance(1 / 12) ? [daan] : [teacher];
        people.push(rnd.chance(0.8) ? main : second);
        if (rnd.chance(0.3)) people.push(main === people[1] ? second : main);
        return people;
      },
      alsoList: (_day, rnd) => (rnd.chance(0.35) ? albeda : null),
    });
    const [vdl, koudijs, maasvlakte] = story.retiringTeacher.organisations;
    if (name === vdl) {
      commit(b, org, {
        kind: 'internships',
        description: 'Stageplaatsen installatietechniek (BOL niveau 3 en 4)',
        quantity: 6,
        unit: 'places',
        unitValueEur: 2500,
        startsDaysAgo: 420,
        endsDaysAgo: -310,
        status: 'active',
        contact: teacher,
        fraction: 0.9,
      });
      commit(b, org, {
        kind: 'guest_lectures',
        description: 'Gastlessen all-electric renovatie',
        quantity: 6,
        unit: 'sessions',
        unitValueEur: 300,
        startsDaysAgo: 300,
        endsDaysAgo: -65,
        status: 'active',
        contact: main,
        fraction: 0.8,
      });
      benefits(b, org, [
        ['intern_placed', 3, 610],
        ['intern_placed', 2, 430],
        ['intern_placed', 3, 250],
        ['intern_placed', 2, 70],
        ['hire', 1, 380, 'Stagiair van Henk Smits in vaste dienst als monteur.'],
      ]);
    } else if (name === koudijs) {
      commit(b, org, {
        kind: 'equipment',
        description: 'Twee warmtepompopstellingen voor de leerwerkplaats',
        quantity: 2,
        unit: 'items',
        unitValueEur: 6000,
        startsDaysAgo: 540,
        endsDaysAgo: 180,
        status: 'fulfilled',
        contact: teacher,
        fraction: 1,
        initiative: HEAT_PUMP_PILOT,
      });
      benefits(b, org, [
        ['intern_placed', 1, 600],
        ['intern_placed', 2, 420],
        ['apprentice', 1, 250, 'BBL-leerling koudetechniek.'],
        ['intern_placed', 1, 80],
      ]);
    } else if (name === maasvlakte) {
      commit(b, org, {
        kind: 'staff_hours',
        description: 'Monteurs begeleiden praktijkopdrachten op de terminal',
        quantity: 120,
        unit: 'hours',
        unitValueEur: 85,
        startsDaysAgo: 380,
        endsDaysAgo: -350,
        status: 'active',
        contact: teacher,
        fraction: 0.95,
      });
      benefits(b, org, [
        ['intern_placed', 2, 560],
        ['intern_placed', 2, 390],
        ['intern_placed', 3, 200],
        [
          'curriculum_influence',
          1,
          300,
          'Onderhoud van kranen en straddle carriers opgenomen als keuzedeel.',
        ],
      ]);
    }
  }
}

/** Rijnmond Installatiegroep: the partner demo login's company, busy on both sides of the ledger. */
function partnerCompany(b: WorldBuilder, g: GenericWorld): void {
  const org = b.organisationNamed(story.partnerCompany);
  const people = contacts(b, story.partnerCompany);
  const mark = b.personNamed('Mark Visser');
  const schools = [b.organisationNamed('Albeda'), b.organisationNamed('Zadkine')];
  rhythm(b, g, org, {
    from: 715,
    until: 3,
    gap: [12, 26],
    partnerInitiated: 0.35,
    participants: (day, rnd) => [...g.staffAt(day, rnd), rnd.chance(0.7) ? mark : rnd.pick(people)],
    alsoList: (_day, rnd) => (rnd.chance(0.3) ? rnd.pick(schools) : null),
  });
  const fleur = b.personNamed('Fleur Dekkers');
  commit(b, org, {
    kind: 'internships',
    description: 'Stageplaatsen monteur werktuigkundige installaties',
    quantity: 8,
    unit: 'places',
    unitValueEur: 2500,
    startsDaysAgo: 500,
    endsDaysAgo: -230,
    status: 'active',
    contact: mark,
    fraction: 0.95,
  });
  commit(b, org, {
    kind: 'guest_lectures',
    description: 'Gastlessen warmtepompen en klimaattechniek',
    quantity: 10,
    unit: 'sessions',
    unitValueEur: 300,
    startsDaysAgo: 300,
    endsDaysAgo: -65,
    status: 'active',
    contact: fleur,
    fraction: 0.95,
    initiative: 'Hybride docenten installatietechniek',
  });
  commit(b, org, {
    kind: 'equipment',
    description: 'Leskoffers meet- en regeltechniek',
    quantity: 3,
    unit: 'items',
    unitValueEur: 4500,
    startsDaysAgo: 600,
    endsDaysAgo: 240,
    status: 'fulfilled',
    contact: mark,
    fraction: 1,
  });
  commit(b, org, {
    kind: 'staff_hours',
    description: 'Praktijkbegeleiding BBL-leerlingen op de bouwplaats',
    quantity: 120,
    unit: 'hours',
    unitValueEur: 85,
    startsDaysAgo: 700,
    endsDaysAgo: 335,
    status: 'lapsed',
    contact: fleur,
    fraction: 0.7,
  });
  commit(b, org, {
    kind: 'facilities',
    description: 'Opleidingshal beschikbaar voor examens',
    quantity: 6,
    unit: 'sessions',
    unitValueEur: 800,
    startsDaysAgo: -30,
    endsDaysAgo: -395,
    status: 'proposed',
    contact: mark,
    fraction: 0,
  });
  benefits(b, org, [
    ['intern_placed', 3, 640],
    ['intern_placed', 4, 460],
    ['intern_placed', 3, 275],
    ['intern_placed', 4, 95],
    ['apprentice', 2, 430, 'Twee BBL-leerlingen via Albeda.'],
    ['hire', 1, 350, 'Oud-stagiair aangenomen als monteur.'],
    ['hire', 1, 120, 'Oud-stagiair aangenomen als werkvoorbereider.'],
    ['training', 4, 200, 'Monteurs bijgeschoold op warmtepompen.'],
    ['curriculum_influence', 1, 310, 'Praktijkopdracht hybride warmtepomp in het curriculum.'],
  ]);
}

/** Partners who pledged big at the start and drifted: busy 12–24 months ago, silent lately. */
function driftingPartners(b: WorldBuilder, g: GenericWorld): void {
  const zadkine = b.organisationNamed('Zadkine');
  const zadkineContact = (day: number, rnd: Random) =>
    g.contactAt(zadkine, day, rnd, ['operational', 'management']);

  // Botlek: the champion (Arjen Molenaar) left 230 days ago; the last contact was 200 days ago.
  const botlek = b.organisationNamed(BOTLEK);
  const arjen = b.personNamed('Arjen Molenaar');
  const [tom, karin] = contacts(b, BOTLEK);
  driftSchedule(
    b,
    g,
    botlek,
    [
      700, 675, 652, 630, 604, 583, 560, 538, 515, 494, 470, 449, 428, 405, 388, 366, 340, 300, 262,
      200,
    ],
    (day, rnd) => {
      const people = [...g.staffAt(day, rnd)];
      people.push(b.isAround(arjen, day) ? arjen : karin);
      if (rnd.chance(0.25)) people.push(tom);
      return people;
    },
    zadkineContact,
    zadkine,
  );
  commit(b, botlek, {
    kind: 'internships',
    description: 'Twintig stageplaatsen procesoperator in twee jaar',
    quantity: 20,
    unit: 'places',
    unitValueEur: 2500,
    startsDaysAgo: 660,
    endsDaysAgo: -70,
    status: 'active',
    contact: arjen,
    fraction: 1,
    stopDaysAgo: 420,
    initiative: 'Praktijkroute procesoperator',
  });
  commit(b, botlek, {
    kind: 'funding',
    description: 'Cofinanciering RIF-aanvraag procestechniek',
    quantity: 50_000,
    unit: 'eur',
    unitValueEur: 1,
    startsDaysAgo: 620,
    endsDaysAgo: 255,
    status: 'lapsed',
    contact: arjen,
    fraction: 0.8,
    stopDaysAgo: 520,
  });
  commit(b, botlek, {
    kind: 'staff_hours',
    description: 'Operators als praktijkbegeleider',
    quantity: 300,
    unit: 'hours',
    unitValueEur: 90,
    startsDaysAgo: 600,
    endsDaysAgo: -130,
    status: 'active',
    contact: arjen,
    fraction: 1,
    stopDaysAgo: 450,
  });
  benefits(b, botlek, [
    ['intern_placed', 4, 600],
    ['intern_placed', 3, 430],
  ]);

  const europoort = b.organisationNamed(EUROPOORT);
  const [wendy, richard, erik] = contacts(b, EUROPOORT);
  const europoortDays: number[] = [];
  for (let day = 720; day > 370; day -= 24) europoortDays.push(day);
  europoortDays.push(345, 310, 270, 225, 170);
  driftSchedule(
    b,
    g,
    europoort,
    europoortDays,
    (day, rnd) => [...g.staffAt(day, rnd), rnd.chance(0.7) ? wendy : rnd.pick([richard, erik])],
    zadkineContact,
    zadkine,
  );
  // The one sign of life in half a year: they called about next year's interns.
  b.interaction({
    daysAgo: 82,
    hourUtc: 10,
    kind: 'meeting',
    initiatedBy: 'partner',
    summary: `${EUROPOORT} vraagt naar stagiairs voor volgend jaar; nieuwe afspraken over begeleiding nog niet rond`,
    organisations: [europoort],
    participants: [b.personNamed('Daan Bakker'), wendy],
  });
  commit(b, europoort, {
    kind: 'staff_hours',
    description: 'Inzet operators bij praktijklessen tankopslag',
    quantity: 400,
    unit: 'hours',
    unitValueEur: 90,
    startsDaysAgo: 650,
    endsDaysAgo: -80,
    status: 'active',
    contact: wendy,
    fraction: 0.55,
    stopDaysAgo: 380,
    initiative: 'Praktijkroute procesoperator',
  });
  commit(b, europoort, {
    kind: 'facilities',
    description: 'Oefenterrein brandbestrijding en procesveiligheid',
    quantity: 12,
    unit: 'sessions',
    unitValueEur: 1500,
    startsDaysAgo: 500,
    endsDaysAgo: 135,
    status: 'lapsed',
    contact: richard,
    fraction: 0.5,
    stopDaysAgo: 380,
  });
  commit(b, europoort, {
    kind: 'internships',
    description: 'Stageplaatsen operator',
    quantity: 10,
    unit: 'places',
    unitValueEur: 2500,
    startsDaysAgo: 480,
    endsDaysAgo: -250,
    status: 'active',
    contact: wendy,
    fraction: 0.8,
    stopDaysAgo: 380,
  });
  benefits(b, europoort, [
    ['intern_placed', 2, 560],
    ['intern_placed', 2, 400],
  ]);

  const waalhaven = b.organisationNamed(WAALHAVEN);
  const [jeroen, anja] = contacts(b, WAALHAVEN);
  driftSchedule(
    b,
    g,
    waalhaven,
    [690, 668, 641, 617, 590, 566, 541, 520, 497, 470, 446, 421, 398, 372, 330, 280, 215, 160],
    (day, rnd) => [...g.staffAt(day, rnd), rnd.chance(0.75) ? jeroen : anja],
    zadkineContact,
    zadkine,
  );
  commit(b, waalhaven, {
    kind: 'guest_lectures',
    description: 'Gastlessen scheepsinstallaties',
    quantity: 24,
    unit: 'sessions',
    unitValueEur: 300,
    startsDaysAgo: 620,
    endsDaysAgo: -110,
    status: 'active',
    contact: jeroen,
    fraction: 0.8,
    stopDaysAgo: 420,
  });
  commit(b, waalhaven, {
    kind: 'internships',
    description: 'Stageplaatsen maritieme techniek',
    quantity: 10,
    unit: 'places',
    unitValueEur: 2500,
    startsDaysAgo: 560,
    endsDaysAgo: 30,
    status: 'lapsed',
    contact: jeroen,
    fraction: 0.6,
    stopDaysAgo: 400,
  });
  benefits(b, waalhaven, [['intern_placed', 2, 540]]);
}

/** Pernis takes interns, hires and subsidy, asks for more, and gives one guest lecture. */
function taker(b: WorldBuilder, g: GenericWorld): void {
  const org = b.organisationNamed(story.taker);
  const [michiel, sandra, frank] = contacts(b, story.taker);
  rhythm(b, g, org, {
    from: 690,
    until: 12,
    gap: [25, 45],
    partnerInitiated: 0.6,
    summaries: [
      `${story.taker} vraagt om extra stagiairs procestechniek`,
      `${story.taker} zoekt afgestudeerden voor de ploegendienst`,
      `Vraag van ${story.taker} over de RIF-subsidie voor leerwerkplekken`,
    ],
    participants: (day, rnd) => [
      ...g.staffAt(day, rnd),
      rnd.chance(0.6) ? michiel : sandra,
      ...(rnd.chance(0.1) ? [frank] : []),
    ],
  });
  const lectures = commit(b, org, {
    kind: 'guest_lectures',
    description: 'Gastlessen procesveiligheid',
    quantity: 4,
    unit: 'sessions',
    unitValueEur: 250,
    startsDaysAgo: 400,
    endsDaysAgo: 35,
    status: 'lapsed',
    contact: michiel,
    fraction: 0,
  });
  b.contribution({
    commitmentId: lectures.id,
    deliveredDaysAgo: 240,
    quantity: 1,
    note: 'Eén gastles; de andere drie zijn afgezegd.',
    reportedByPartner: false,
  });
  benefits(b, org, [
    ['intern_placed', 6, 600],
    ['intern_placed', 5, 420],
    ['intern_placed', 8, 240],
    ['intern_placed', 7, 60],
    ['hire', 2, 500, 'Afgestudeerden procestechniek in dienst.'],
    ['hire', 3, 200, 'Afgestudeerden procestechniek in dienst.'],
    ['hire', 1, 30],
    ['apprentice', 3, 400, 'BBL-operators via Zadkine.'],
    ['subsidy', 1, 330, 'RIF-subsidie € 45.000 voor leerwerkplekken procestechniek.'],
    ['training', 12, 150, 'Operators bijgeschoold via Zadkine.'],
  ]);
}

/** Work on the teacher's plate, work nobody owns, and work its owner left behind. */
function actionItems(b: WorldBuilder): void {
  const teacher = b.personNamed(story.retiringTeacher.name);
  const peter = b.personNamed(story.departedOwner);
  const daan = b.personNamed('Daan Bakker');
  const sanne = b.personNamed('Sanne de Vries');
  const mark = b.personNamed('Mark Visser');
  const org = (name: string) => b.organisationNamed(name).id;
  const initiative = (name: string) => b.initiativeNamed(name).id;
  const item = (
    title: string,
    ownerId: string | null,
    organisationId: string | null,
    initiativeId: string | null,
    dueDaysAgo: number,
    status: 'open' | 'in_progress' | 'blocked' | 'done',
    priority: 'low' | 'normal' | 'high' = 'normal',
  ) =>
    b.actionItem({
      title,
      ownerId,
      organisationId,
      initiativeId,
      dueDaysAgo,
      status,
      priority,
      createdDaysAgo: Math.max(dueDaysAgo, 0) + 45,
    });

  item(
    `Stageplaatsen volgend schooljaar bevestigen met ${VAN_DER_LINDEN}`,
    teacher.id,
    org(VAN_DER_LINDEN),
    null,
    -10,
    'open',
    'high',
  );
  item(
    'Warmtepompopstellingen verhuizen naar de nieuwe praktijkhal',
    teacher.id,
    org(KOUDIJS),
    initiative(HEAT_PUMP_PILOT),
    -25,
    'in_progress',
  );
  item(
    `Rondleiding ${MAASVLAKTE} voor tweedejaars plannen`,
    teacher.id,
    org(MAASVLAKTE),
    null,
    5,
    'open',
  );
  item(
    `Evaluatie pilot ${HEAT_PUMP_PILOT} schrijven`,
    teacher.id,
    null,
    initiative(HEAT_PUMP_PILOT),
    -40,
    'open',
    'high',
  );

  const [deltalinqs, botlek, rif, lectures, invitations] = story.unownedActionItems;
  item(deltalinqs, null, org('Deltalinqs'), null, 20, 'open', 'high');
  item(botlek, null, org(BOTLEK), null, 45, 'open', 'high');
  item(rif, null, null, null, -14, 'open');
  item(lectures, null, null, initiative('Hybride docenten installatietechniek'), -30, 'open');
  item(invitations, null, null, null, 3, 'open');

  item(`Offerte oefenterrein ${EUROPOORT} opvolgen`, peter.id, org(EUROPOORT), null, 90, 'open');
  item(
    'Dataset haveninstallaties aanvragen voor de digitale tweeling',
    peter.id,
    org(MAASVLAKTE),
    initiative(DIGITAL_TWIN_PILOT),
    120,
    'blocked',
  );
  item(
    `Afspraken over gastlessen met ${WAALHAVEN} vastleggen`,
    peter.id,
    org(WAALHAVEN),
    null,
    60,
    'in_progress',
  );

  item('Jaarrapportage RIF voorbereiden', daan.id, null, null, -21, 'in_progress', 'high');
  item(
    'Kennismaking met Calandkanaal Waterstof',
    daan.id,
    org('Calandkanaal Waterstof'),
    initiative('Waterstofvakmanschap'),
    -10,
    'open',
  );
  item(
    `Bedrijfsbezoek ${story.partnerCompany} met eerstejaars plannen`,
    daan.id,
    org(story.partnerCompany),
    null,
    -12,
    'open',
  );
  item(
    `Gesprek met de directie van ${BOTLEK} over een herstart`,
    sanne.id,
    org(BOTLEK),
    null,
    10,
    'open',
    'high',
  );
  item(
    'Stuurgroep: besluit over opschaling hybride docenten',
    sanne.id,
    null,
    initiative('Hybride docenten installatietechniek'),
    -35,
    'open',
  );
  item(
    'Stageplaatsen tweede semester doorgeven',
    mark.id,
    org(story.partnerCompany),
    null,
    -20,
    'open',
  );
  item(
    'Leskoffers meet- en regeltechniek afleveren',
    mark.id,
    org(story.partnerCompany),
    null,
    260,
    'done',
  );
}
