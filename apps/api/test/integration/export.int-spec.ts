import Papa from 'papaparse';
import { sqlOne } from '../../src/database/sql';
import { buildInteraction, buildOrganisation, buildPerson } from '../builders/domain.builder';
import { binary, readXlsxFile } from '../builders/import-files.builder';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

describe('exports', () => {
  let t: TestApp;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let outsider: Agent;

  const get = (agent: Agent, file: string) =>
    agent.get(`/api/coalitions/${cid}/exports/${file}`).buffer(true).parse(binary);
  const text = (body: Buffer) => body.toString('utf8');
  const lines = (body: Buffer) =>
    text(body)
      .replace(/^\uFEFF/, '')
      .split('\r\n');

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2025-06-15T12:00:00Z') });
    const world = await buildCoalitionWithStaff(t.db, 'CIV Bio Sciences Leiden');
    cid = world.coalition.id;
    const db = t.db;
    const lab = await buildOrganisation(db, cid, {
      name: 'Bio Lab; Leiden',
      kind: 'company',
      sizeClass: 'small',
      joinedOn: '2024-03-01',
    });
    const mbo = await buildOrganisation(db, cid, {
      name: 'mboRijnland',
      kind: 'mbo',
      sizeClass: 'large',
      externalId: 'r-1',
    });
    await buildOrganisation(db, cid, { name: 'Weg BV', deletedAt: '2025-01-01T00:00:00Z' });
    const person = await buildPerson(db, cid, {
      name: 'Ïris Öztürk',
      email: 'iris@lab.nl',
      organisationId: lab.id,
      isKeyContact: true,
    });
    await buildInteraction(db, cid, [lab.id, mbo.id], {
      occurredAt: '2025-03-04T13:30:00Z',
      kind: 'workshop',
      summary: '=HYPERLINK("http://evil")',
      participantIds: [person.id],
    });
    const commitment = await sqlOne<{ id: string }>(
      db.manager,
      `INSERT INTO commitment (coalition_id, organisation_id, kind, description, quantity, unit, unit_value_eur, starts_on, ends_on, status)
       VALUES ($1, $2, 'internships', 'Stageplaatsen lab', 10, 'places', 1250.50, '2025-01-01', '2025-12-31', 'active') RETURNING id`,
      [cid, lab.id],
    );
    const hours = await sqlOne<{ id: string }>(
      db.manager,
      `INSERT INTO commitment (coalition_id, organisation_id, kind, quantity, unit, unit_value_eur, status)
       VALUES ($1, $2, 'guest_lectures', 40, 'hours', 95, 'pledged') RETURNING id`,
      [cid, lab.id],
    );
    await sqlOne(
      db.manager,
      `INSERT INTO commitment (coalition_id, organisation_id, kind, quantity, unit, unit_value_eur, status, starts_on, ends_on)
       VALUES ($1, $2, 'equipment', 1, 'items', 5000, 'withdrawn', '2025-01-01', '2025-12-31')`,
      [cid, mbo.id],
    );
    await db.query(
      `INSERT INTO contribution (coalition_id, commitment_id, delivered_on, quantity, note) VALUES
         ($1, $2, '2024-12-15', 1, 'before the period'),
         ($1, $2, '2025-02-01', 3, 'Drie studenten'),
         ($1, $2, '2025-05-01', 2, NULL),
         ($1, $3, '2025-04-10', 6.5, 'Gastles')`,
      [cid, commitment!.id, hours!.id],
    );
    const partnerUser = await buildUser(db);
    await buildMembership(db, cid, partnerUser.id, 'partner', lab.id);
    const other = await buildCoalitionWithStaff(db, 'Elders');
    [coordinator, member, viewer, partner, outsider] = await Promise.all(
      [world.coordinator, world.member, world.viewer, partnerUser, other.coordinator].map((u) =>
        t.login(u.email),
      ),
    );
  });
  afterAll(() => t.close());

  it('writes a Dutch CSV: BOM, `;`, Dutch dates, codes, quoted where needed, as an attachment', async () => {
    const res = await get(coordinator, 'organisations.csv?locale=nl').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="organisations-2025-06-15.csv"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first, second, end] = lines(res.body);
    expect(header).toBe(
      'Extern ID;Naam;Soort;Grootte;Sector;Plaats;Website;Status;Lid sinds;Vertrokken op;Belangen;Relatiebeheerder',
    );
    expect(first).toMatch(
      /^[0-9a-f-]{36};"Bio Lab; Leiden";company;small;Techniek;Rotterdam;;active;01-03-2024;;;$/,
    );
    expect(second).toBe('r-1;mboRijnland;mbo;large;Techniek;Rotterdam;;active;01-01-2024;;;');
    expect(end).toBe('');
    expect(text(res.body)).not.toContain('Weg BV');
  });

  it('writes an English CSV with `,` and ISO dates; the interactions use UTC and escape formulas', async () => {
    const orgs = await get(viewer, 'organisations.csv?locale=en').expect(200);
    expect(lines(orgs.body)[0]).toBe(
      'External id,Name,Kind,Size class,Sector,City,Website,Status,Joined on,Left on,Interests,Relationship owner',
    );
    expect(lines(orgs.body)[2]).toBe(
      'r-1,mboRijnland,mbo,large,Techniek,Rotterdam,,active,2024-01-01,,,',
    );
    const en = await get(viewer, 'interactions.csv?locale=en').expect(200);
    const [, row] = lines(en.body);
    expect(row).toContain(
      ',2025-03-04T13:30:00Z,workshop,coalition,"\'=HYPERLINK(""http://evil"")",Bio Lab; Leiden; mboRijnland,',
    );
    const nl = await get(viewer, 'interactions.csv?locale=nl').expect(200);
    // 13:30 UTC is 14:30 in Leiden in March.
    expect(lines(nl.body)[1]).toContain(';04-03-2025 14:30;workshop;');
    const people = await get(member, 'people.csv?locale=nl').expect(200);
    expect(lines(people.body)[1]).toContain(';Ïris Öztürk;iris@lab.nl;;"Bio Lab; Leiden";');
    expect(lines(people.body)[1]).toContain(';ja;active;');
  });

  it('writes XLSX with typed cells: dates as dates, booleans, numbers', async () => {
    const res = await get(coordinator, 'people.xlsx?locale=en').expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="people-2025-06-15.xlsx"',
    );
    expect([...res.body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { People } = await readXlsxFile(res.body);
    expect(People[0].slice(0, 3)).toEqual(['External id', 'Name', 'Email']);
    expect(People[1][1]).toBe('Ïris Öztürk');
    expect(People[1][8]).toBe(true);
    const interactions = await readXlsxFile(
      (await get(coordinator, 'interactions.xlsx?locale=nl').expect(200)).body,
    );
    const row = interactions.Interacties[1];
    // Excel has no time zones: the cell holds the Dutch wall-clock time.
    expect(row[1]).toEqual(new Date('2025-03-04T14:30:00Z'));
    expect(row[4]).toBe('=HYPERLINK("http://evil")');
  });

  it('exports commitments with delivered totals, and their contributions (second sheet in XLSX)', async () => {
    const csv = await get(coordinator, 'commitments.csv?locale=nl').expect(200);
    const [header, ...rows] = Papa.parse<string[]>(text(csv.body).replace(/^\uFEFF/, ''), {
      delimiter: ';',
    }).data;
    expect(header.slice(0, 4)).toEqual([
      'Toezegging ID',
      'Organisatie',
      'Organisatie extern ID',
      'Soort',
    ]);
    const internships = rows.find((r) => r.includes('Stageplaatsen lab'))!;
    // quantity 10, unit value 1250,50, pledged 12505,00, delivered 6 (all contributions), value 7503,00, 3 contributions
    expect(internships.slice(6, 10)).toEqual(['10', 'places', '1250,50', '12505,00']);
    expect(internships.slice(14)).toEqual(['6', '7503,00', '3', '01-05-2025']);
    const book = await readXlsxFile(
      (await get(coordinator, 'commitments.xlsx?locale=en').expect(200)).body,
    );
    expect(Object.keys(book)).toEqual(['Commitments', 'Contributions']);
    expect(book.Contributions).toHaveLength(5);
    const contributions = await get(coordinator, 'contributions.csv?locale=en').expect(200);
    expect(lines(contributions.body)).toHaveLength(6);
  });

  it('writes the accountability report for a period: per commitment, per partner and overall', async () => {
    const res = await get(
      coordinator,
      'accountability.csv?locale=nl&from=2025-01-01&to=2025-04-30',
    ).expect(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="accountability-2025-01-01-2025-04-30.csv"',
    );
    const [header, ...rows] = lines(res.body).filter(Boolean);
    expect(header).toBe(
      'Organisatie;Soort organisatie;Grootte;Toezegging;Soort;Status;Eenheid;Toegezegd aantal;Waarde per eenheid (EUR);Toegezegde waarde (EUR);Geleverd in periode;Geleverde waarde in periode (EUR);Leveringen in periode',
    );
    expect(rows).toEqual([
      '"Bio Lab; Leiden";Bedrijf;Klein;Stageplaatsen lab;Stageplaatsen;Lopend;plaatsen;10;1250,50;12505,00;3;3751,50;1',
      '"Bio Lab; Leiden";Bedrijf;Klein;Gastlessen;Gastlessen;Toegezegd;uren;40;95,00;3800,00;6,5;617,50;1',
      '"Bio Lab; Leiden";;;Totaal;;;;;;16305,00;;4369,00;2',
      // The withdrawn commitment of mboRijnland had no delivery: it is left out.
      'Alle partners;;;Totaal;;;;;;16305,00;;4369,00;2',
    ]);
    const book = await readXlsxFile(
      (
        await get(
          coordinator,
          'accountability.xlsx?locale=en&from=2025-01-01&to=2025-04-30',
        ).expect(200)
      ).body,
    );
    expect(Object.keys(book)).toEqual(['Commitments', 'Per partner', 'About']);
    expect(book['Per partner'][0]).toEqual([
      'Organisation',
      'Organisation kind',
      'Size class',
      'Commitments',
      'Pledged value (EUR)',
      'Delivered value in period (EUR)',
      'Delivered places',
      'Delivered hours',
      'Delivered sessions',
      'Delivered items',
      'Delivered euros',
      'Contributions in period',
    ]);
    expect(book['Per partner'][1]).toEqual([
      'Bio Lab; Leiden',
      'Company',
      'Small',
      2,
      16305,
      4369,
      3,
      6.5,
      0,
      0,
      0,
      2,
    ]);
    expect(book['Per partner'][2][0]).toBe('All partners (total)');
  });

  it('defaults to the last 12 months and refuses a period that ends before it starts', async () => {
    const res = await get(coordinator, 'accountability.csv').expect(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="accountability-2024-06-16-2025-06-15.csv"',
    );
    const bad = await coordinator
      .get(`/api/coalitions/${cid}/exports/accountability.csv?from=2025-05-01&to=2025-04-01`)
      .expect(400);
    expect(bad.body.details).toEqual([
      { field: 'from', message: expect.stringContaining('after') },
    ]);
    await coordinator
      .get(`/api/coalitions/${cid}/exports/accountability.csv?from=01-05-2025`)
      .expect(400);
    await coordinator.get(`/api/coalitions/${cid}/exports/organisations.csv?locale=de`).expect(400);
  });

  it('answers 404 for an unknown export, 403 for partners and 404 outside the coalition', async () => {
    await coordinator.get(`/api/coalitions/${cid}/exports/planets.csv`).expect(404);
    await coordinator.get(`/api/coalitions/${cid}/exports/organisations.pdf`).expect(404);
    await partner.get(`/api/coalitions/${cid}/exports/organisations.csv`).expect(403);
    await partner.get(`/api/coalitions/${cid}/exports/accountability.xlsx`).expect(403);
    await outsider.get(`/api/coalitions/${cid}/exports/organisations.csv`).expect(404);
  });
});
