import { randomBytes } from 'node:crypto';
import { sqlOne } from '../../src/database/sql';
import { buildOrganisation, buildPerson } from '../builders/domain.builder';
import { csvFile, importFile, uploadFile, xlsxFile } from '../builders/import-files.builder';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

describe('imports', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;

  const count = async (table: string, coalitionId = cid) =>
    Number(
      (await sqlOne<{ n: string }>(
        t.db.manager,
        `SELECT count(*) AS n FROM ${table} WHERE coalition_id = $1`,
        [coalitionId],
      ))!.n,
    );
  const counts = async (coalitionId = cid) => ({
    organisations: await count('organisation', coalitionId),
    people: await count('person', coalitionId),
    interactions: await count('interaction', coalitionId),
    audit: await count('audit_event', coalitionId),
  });
  const preview = (id: string, mapping?: Record<string, string | null>) =>
    coordinator
      .post(`/api/coalitions/${cid}/imports/${id}/preview`)
      .send(mapping ? { mapping } : {});
  const commit = (id: string) =>
    coordinator.post(`/api/coalitions/${cid}/imports/${id}/commit`).send({});

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2025-06-15T12:00:00Z') });
    world = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
    cid = world.coalition.id;
    const partnerOrg = await buildOrganisation(t.db, cid, { name: 'Deltion College', kind: 'mbo' });
    const partnerUser = await buildUser(t.db);
    await buildMembership(t.db, cid, partnerUser.id, 'partner', partnerOrg.id);
    [coordinator, member, viewer, partner] = await Promise.all(
      [world.coordinator, world.member, world.viewer, partnerUser].map((u) => t.login(u.email)),
    );
  });
  afterAll(() => t.close());

  describe('organisations from a Dutch Excel CSV (`;`, BOM, Dutch dates)', () => {
    const file = csvFile([
      ['Naam', 'Soort', 'Grootte', 'Plaats', 'Lid sinds', 'Opmerking'],
      ['Windesheim', 'hbo', 'groot', 'Zwolle', '01-09-2023', 'ignored'],
      ['Landstede', 'MBO', '', 'Zwolle', '2024-02-01', ''],
      ['', '', '', '', '', ''],
      ['Bouwbedrijf Ploeg; Zn.', 'bedrijf', 'klein', 'Kampen', '31/12/2024', 'x'],
    ]);
    let jobId: string;

    it('uploads, detects `;`, suggests a mapping from Dutch headers and stores the rows', async () => {
      const res = await uploadFile(
        coordinator,
        cid,
        'organisations',
        file,
        'organisaties.csv',
      ).expect(201);
      jobId = res.body.id;
      expect(res.body).toMatchObject({
        entity: 'organisations',
        fileName: 'organisaties.csv',
        format: 'csv',
        delimiter: ';',
        columns: ['Naam', 'Soort', 'Grootte', 'Plaats', 'Lid sinds', 'Opmerking'],
        sample: [
          ['Windesheim', 'hbo', 'groot', 'Zwolle', '01-09-2023', 'ignored'],
          ['Landstede', 'MBO', '', 'Zwolle', '2024-02-01', ''],
          ['Bouwbedrijf Ploeg; Zn.', 'bedrijf', 'klein', 'Kampen', '31/12/2024', 'x'],
        ],
        suggestedMapping: {
          Naam: 'name',
          Soort: 'kind',
          Grootte: 'sizeClass',
          Plaats: 'city',
          'Lid sinds': 'joinedOn',
          Opmerking: null,
        },
        mapping: null,
        rows: 3,
        status: 'uploaded',
        result: null,
      });
    });

    it('previews every row with its action, writing nothing', async () => {
      const before = await counts();
      const res = await preview(jobId).expect(200);
      expect(res.body.summary).toEqual({
        rows: 3,
        create: 3,
        update: 0,
        skip: 0,
        errors: 0,
        rowsWithErrors: 0,
      });
      expect(res.body.fileProblems).toEqual([]);
      // Row numbers as Excel shows them: the header is row 1, the blank row 4 is left out.
      expect(res.body.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 5]);
      expect(res.body.rows[2]).toMatchObject({
        action: 'create',
        problems: [],
        values: {
          name: 'Bouwbedrijf Ploeg; Zn.',
          kind: 'bedrijf',
          sizeClass: 'klein',
          city: 'Kampen',
          joinedOn: '31/12/2024',
        },
      });
      expect(await counts()).toEqual(before);
    });

    it('commits all rows in one transaction with ONE audit event', async () => {
      const before = await counts();
      const res = await commit(jobId).expect(200);
      expect(res.body).toMatchObject({
        entity: 'organisations',
        rows: 3,
        created: 3,
        updated: 0,
        skipped: 0,
      });
      const after = await counts();
      expect(after.organisations).toBe(before.organisations + 3);
      expect(after.audit).toBe(before.audit + 1);
      const audit = await sqlOne<{
        entity_type: string;
        action: string;
        entity_id: string;
        changes: unknown;
      }>(
        t.db.manager,
        `SELECT entity_type, action, entity_id::text AS entity_id, changes FROM audit_event
          WHERE coalition_id = $1 ORDER BY at DESC LIMIT 1`,
        [cid],
      );
      expect(audit).toMatchObject({ entity_type: 'import', action: 'create', entity_id: jobId });
      expect(audit!.changes).toMatchObject({
        entity: { after: 'organisations' },
        rows: { after: 3 },
        created: { after: 3 },
        updated: { after: 0 },
      });
      const rows = await t.db.query(
        `SELECT name, kind, size_class, city, to_char(joined_on, 'YYYY-MM-DD') AS joined_on FROM organisation
          WHERE coalition_id = $1 AND name <> 'Deltion College' ORDER BY name`,
        [cid],
      );
      expect(rows).toEqual([
        {
          name: 'Bouwbedrijf Ploeg; Zn.',
          kind: 'company',
          size_class: 'small',
          city: 'Kampen',
          joined_on: '2024-12-31',
        },
        {
          name: 'Landstede',
          kind: 'mbo',
          size_class: null,
          city: 'Zwolle',
          joined_on: '2024-02-01',
        },
        {
          name: 'Windesheim',
          kind: 'hbo',
          size_class: 'large',
          city: 'Zwolle',
          joined_on: '2023-09-01',
        },
      ]);
    });

    it('refuses a second commit of the same upload', async () => {
      const res = await commit(jobId).expect(409);
      expect(res.body.message).toMatch(/already committed/);
      expect(res.body.result).toMatchObject({ created: 3 });
      const job = await coordinator.get(`/api/coalitions/${cid}/imports/${jobId}`).expect(200);
      expect(job.body).toMatchObject({
        status: 'committed',
        sample: [],
        result: { rows: 3, created: 3, updated: 0, skipped: 0 },
      });
      // The rows are dropped once imported; the ids it wrote stay with the job.
      const stored = await sqlOne<{ rows: unknown; ids: number }>(
        t.db.manager,
        `SELECT rows, jsonb_array_length(result->'createdIds') AS ids FROM import_job WHERE id = $1`,
        [jobId],
      );
      expect(stored).toEqual({ rows: null, ids: 3 });
    });

    it('re-importing the same file creates nothing (matched on exact name, any case)', async () => {
      const before = await counts();
      const { preview: p, commit: c } = await importFile(
        coordinator,
        cid,
        'organisations',
        file,
        'organisaties.csv',
      );
      expect(p.body.summary).toMatchObject({ create: 0, update: 0, skip: 3, errors: 0 });
      expect(p.body.rows.every((r: { matchedBy: string }) => r.matchedBy === 'name')).toBe(true);
      expect(c.status).toBe(200);
      expect(c.body).toMatchObject({ created: 0, updated: 0, skipped: 3 });
      expect((await counts()).organisations).toBe(before.organisations);
    });

    it('updates on a changed cell and sets an external id found by name', async () => {
      const changed = csvFile(
        [
          ['Extern ID', 'Naam', 'Plaats'],
          ['crm-1', 'windesheim', 'Almere'],
        ],
        { delimiter: ',', bom: false },
      );
      const {
        upload,
        preview: p,
        commit: c,
      } = await importFile(coordinator, cid, 'organisations', changed, 'wijziging.csv');
      expect(upload.body.delimiter).toBe(',');
      expect(p.body.rows[0]).toMatchObject({
        action: 'update',
        matchedBy: 'name',
        changes: ['externalId', 'name', 'city'],
      });
      expect(c.body).toMatchObject({ created: 0, updated: 1 });
      const row = await sqlOne(
        t.db.manager,
        `SELECT name, city, external_id, version FROM organisation WHERE coalition_id = $1 AND external_id = 'crm-1'`,
        [cid],
      );
      expect(row).toEqual({ name: 'windesheim', city: 'Almere', external_id: 'crm-1', version: 2 });
    });
  });

  describe('people linked to organisations by name or external id', () => {
    it('links by name and by external id, and reports an unknown organisation per row', async () => {
      const file = csvFile([
        [
          'Naam',
          'E-mail',
          'Organisatie',
          'Organisatie extern ID',
          'Functie',
          'Sleutelcontact',
          'Status',
          'Vertrekt op',
        ],
        ['Anna de Vries', 'anna@windesheim.nl', 'Windesheim', '', 'Lector', 'ja', '', ''],
        [
          'Bram Bakker',
          'bram@example.nl',
          '',
          'crm-1',
          'Docent',
          'nee',
          'vertrekkend',
          '01-09-2025',
        ],
        ['Cees Smit', 'cees@example.nl', 'Onbekend BV', '', '', '', '', ''],
        ['Dirk Dekker', 'not-an-email', 'Landstede', '', '', 'misschien', 'vertrekkend', ''],
      ]);
      const upload = await uploadFile(coordinator, cid, 'people', file, 'personen.csv').expect(201);
      const res = await preview(upload.body.id).expect(200);
      expect(res.body.summary).toMatchObject({ rows: 4, create: 2, skip: 2, rowsWithErrors: 2 });
      expect(res.body.rows[2].problems).toEqual([
        {
          row: 4,
          column: 'Organisatie',
          field: 'organisation',
          message: expect.stringContaining('unknown organisation "Onbekend BV"'),
        },
      ]);
      expect(res.body.rows[3].problems.map((p: { column: string }) => p.column)).toEqual([
        'E-mail',
        'Sleutelcontact',
        'Status',
      ]);
      const refused = await commit(upload.body.id).expect(409);
      expect(refused.body.details).toEqual(
        expect.arrayContaining([
          { field: 'row 4, Organisatie', message: expect.stringContaining('Onbekend BV') },
        ]),
      );
    });

    it('imports the valid rows once the file is fixed, with current affiliations', async () => {
      const file = csvFile([
        [
          'Naam',
          'E-mail',
          'Organisatie',
          'Organisatie extern ID',
          'Functie',
          'Sleutelcontact',
          'Status',
          'Vertrekt op',
        ],
        ['Anna de Vries', 'anna@windesheim.nl', 'Windesheim', '', 'Lector', 'ja', '', ''],
        [
          'Bram Bakker',
          'bram@example.nl',
          '',
          'crm-1',
          'Docent',
          'nee',
          'vertrekkend',
          '01-09-2025',
        ],
      ]);
      const { commit: c } = await importFile(coordinator, cid, 'people', file, 'personen.csv');
      expect(c.status).toBe(200);
      expect(c.body).toMatchObject({ created: 2, updated: 0 });
      const rows = await t.db.query(
        `SELECT p.name, o.name AS organisation, p.role, p.is_key_contact, p.status, to_char(p.leaving_on, 'YYYY-MM-DD') AS leaving_on,
                to_char(a.started_on, 'YYYY-MM-DD') AS started_on
           FROM person p JOIN organisation o ON o.id = p.organisation_id
           JOIN affiliation a ON a.person_id = p.id AND a.ended_on IS NULL
          WHERE p.coalition_id = $1 ORDER BY p.name`,
        [cid],
      );
      expect(rows).toEqual([
        {
          name: 'Anna de Vries',
          organisation: 'windesheim',
          role: 'Lector',
          is_key_contact: true,
          status: 'active',
          leaving_on: null,
          started_on: '2025-06-15',
        },
        {
          name: 'Bram Bakker',
          organisation: 'windesheim',
          role: 'Docent',
          is_key_contact: false,
          status: 'leaving',
          leaving_on: '2025-09-01',
          started_on: '2025-06-15',
        },
      ]);
    });

    it('matches people on e-mail and moves a changed organisation into the affiliation history', async () => {
      const file = csvFile(
        [
          ['Name', 'Email', 'Organisation', 'Role'],
          ['Anna de Vries', 'ANNA@windesheim.nl', 'Landstede', 'Directeur'],
        ],
        { delimiter: ',' },
      );
      const { preview: p, commit: c } = await importFile(
        coordinator,
        cid,
        'people',
        file,
        'people.csv',
      );
      expect(p.body.rows[0]).toMatchObject({
        action: 'update',
        matchedBy: 'email',
        changes: ['email', 'role', 'organisation'],
      });
      expect(c.body).toMatchObject({ created: 0, updated: 1 });
      const history = await t.db.query(
        `SELECT o.name, a.role, a.ended_on IS NULL AS current FROM affiliation a JOIN person p ON p.id = a.person_id
           JOIN organisation o ON o.id = a.organisation_id WHERE p.coalition_id = $1 AND p.name = 'Anna de Vries'
          ORDER BY a.created_at, current`,
        [cid],
      );
      expect(history).toEqual([
        { name: 'windesheim', role: 'Lector', current: false },
        { name: 'Landstede', role: 'Directeur', current: true },
      ]);
    });
  });

  describe('interactions from XLSX', () => {
    it('links organisations and participants, reads Excel dates as Dutch time, and re-imports without duplicates', async () => {
      const workbook = await xlsxFile([
        ['Datum', 'Soort', 'Samenvatting', 'Organisaties', 'Deelnemers', 'Initiatief van'],
        [
          new Date(Date.UTC(2025, 2, 4, 14, 30)),
          'Bedrijfsbezoek',
          'Rondleiding werkplaats',
          'Windesheim; Landstede',
          'anna@windesheim.nl; Bram Bakker',
          'partner',
        ],
        [45735, 'call', 'Serial date', 'Landstede', '', ''],
        ['2025-05-01T08:00:00Z', 'email', null, 'Landstede', '', 'coalitie'],
      ]);
      const first = await importFile(
        coordinator,
        cid,
        'interactions',
        workbook,
        'interacties.xlsx',
      );
      expect(first.upload.body).toMatchObject({ format: 'xlsx', delimiter: null, rows: 3 });
      expect(first.preview.body.summary).toMatchObject({ create: 3, errors: 0 });
      expect(first.commit.body).toMatchObject({ created: 3 });
      const rows = await t.db.query(
        `SELECT i.occurred_at, i.kind, i.initiated_by, i.summary,
                (SELECT count(*)::int FROM interaction_organisation io WHERE io.interaction_id = i.id) AS organisations,
                (SELECT count(*)::int FROM interaction_participant ip WHERE ip.interaction_id = i.id) AS participants,
                i.logged_by_id::text AS logged_by_id
           FROM interaction i WHERE i.coalition_id = $1 ORDER BY i.occurred_at`,
        [cid],
      );
      expect(rows.map((r: { occurred_at: Date }) => new Date(r.occurred_at).toISOString())).toEqual(
        [
          '2025-03-04T13:30:00.000Z', // 14:30 in Amsterdam (winter time)
          '2025-03-18T23:00:00.000Z', // serial 45735 = 19 March 2025, midnight Dutch time
          '2025-05-01T08:00:00.000Z',
        ],
      );
      expect(rows[0]).toMatchObject({
        kind: 'site_visit',
        initiated_by: 'partner',
        organisations: 2,
        participants: 2,
        logged_by_id: world.coordinator.id,
      });
      expect(rows[2]).toMatchObject({ kind: 'email', initiated_by: 'coalition', summary: null });

      const again = await importFile(
        coordinator,
        cid,
        'interactions',
        workbook,
        'interacties.xlsx',
      );
      expect(again.preview.body.summary).toMatchObject({ create: 0, update: 0, skip: 3 });
      expect(again.preview.body.rows[0].matchedBy).toBe('natural');
      expect(await count('interaction')).toBe(3);
    });

    it('reports a bad date, an unknown organisation and a missing kind per row and column', async () => {
      const file = csvFile([
        ['Datum', 'Soort', 'Organisaties'],
        ['31-02-2025 10:00', 'meeting', 'Landstede'],
        ['gisteren', 'meeting', 'Landstede'],
        ['01-06-2025', '', 'Nergens BV'],
        ['01-07-2025', 'meeting', 'Landstede'],
      ]);
      const upload = await uploadFile(coordinator, cid, 'interactions', file, 'bad.csv').expect(
        201,
      );
      const res = await preview(upload.body.id).expect(200);
      const problems = res.body.rows.flatMap((r: { problems: unknown[] }) => r.problems);
      expect(problems).toEqual([
        {
          row: 2,
          column: 'Datum',
          field: 'occurredAt',
          message: expect.stringContaining('not an existing date'),
        },
        {
          row: 3,
          column: 'Datum',
          field: 'occurredAt',
          message: expect.stringContaining('31-12-2025 14:30'),
        },
        { row: 4, column: 'Soort', field: 'kind', message: 'is required' },
        {
          row: 4,
          column: 'Organisaties',
          field: 'organisations',
          message: expect.stringContaining('unknown organisation "Nergens BV"'),
        },
        {
          row: 5,
          column: 'Datum',
          field: 'occurredAt',
          message: expect.stringContaining('future'),
        },
      ]);
      const before = await counts();
      await commit(upload.body.id).expect(409);
      expect(await counts()).toEqual(before);
    });
  });

  describe('malformed files write nothing', () => {
    let before: Awaited<ReturnType<typeof counts>>;
    beforeAll(async () => {
      before = await counts();
    });
    afterAll(async () => {
      expect(await counts()).toEqual(before);
      expect(await count('import_job')).toBeGreaterThan(0);
    });

    it('refuses text that is not UTF-8 with a hint to save as CSV UTF-8', async () => {
      const latin1 = Buffer.from('Naam;Soort\r\nCaf\xe9 de Ha\xebn;company\r\n', 'latin1');
      const res = await uploadFile(coordinator, cid, 'organisations', latin1, 'ansi.csv').expect(
        400,
      );
      expect(res.body.message).toMatch(/not UTF-8 text \(the first invalid byte is on line 2\)/);
      expect(res.body.message).toMatch(/CSV UTF-8/);
      expect(res.body.details).toEqual([
        { field: 'file', message: expect.stringContaining('UTF-8') },
      ]);
    });

    it('refuses 5 MB of random bytes, as CSV and as XLSX', async () => {
      const garbage = randomBytes(5 * 1024 * 1024);
      const asCsv = await uploadFile(coordinator, cid, 'organisations', garbage, 'data.csv');
      expect(asCsv.status).toBe(400);
      expect(asCsv.body.details[0].field).toBe('file');
      const asXlsx = await uploadFile(coordinator, cid, 'organisations', garbage, 'data.xlsx');
      expect(asXlsx.status).toBe(400);
      expect(asXlsx.body.message).toMatch(/not an Excel workbook/);
      const zipLike = Buffer.concat([Buffer.from('PK\x03\x04'), garbage]);
      const broken = await uploadFile(coordinator, cid, 'organisations', zipLike, 'data.xlsx');
      expect(broken.status).toBe(400);
      expect(broken.body.message).toMatch(/could not be read as an Excel workbook/);
    });

    it('answers 413 for a file over 10 MB', async () => {
      const res = await uploadFile(
        coordinator,
        cid,
        'organisations',
        Buffer.alloc(10 * 1024 * 1024 + 1, 0x41),
        'big.csv',
      );
      expect(res.status).toBe(413);
      expect(res.body.message).toMatch(/larger than 10 MB/);
    });

    it('refuses an old .xls, an unknown type, an empty file and a header without rows', async () => {
      const xls = Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(512),
      ]);
      expect(
        (await uploadFile(coordinator, cid, 'organisations', xls, 'oud.xls').expect(400)).body
          .message,
      ).toMatch(/\.xls/);
      expect(
        (
          await uploadFile(
            coordinator,
            cid,
            'organisations',
            Buffer.from('%PDF-1.4'),
            'x.pdf',
          ).expect(400)
        ).body.message,
      ).toMatch(/\.pdf/);
      expect(
        (
          await uploadFile(coordinator, cid, 'organisations', Buffer.from(''), 'leeg.csv').expect(
            400,
          )
        ).body.message,
      ).toBeDefined();
      expect(
        (
          await uploadFile(
            coordinator,
            cid,
            'organisations',
            csvFile([['Naam']]),
            'kop.csv',
          ).expect(400)
        ).body.message,
      ).toMatch(/no data rows/);
      const unclosed = Buffer.from('Naam;Soort\r\n"Open;company\r\n');
      expect(
        (await uploadFile(coordinator, cid, 'organisations', unclosed, 'q.csv').expect(400)).body
          .message,
      ).toMatch(/Row 2: .*quote/);
    });

    it('refuses a missing file, a bad entity and a mapping to an unknown field', async () => {
      await coordinator
        .post(`/api/coalitions/${cid}/imports`)
        .field('entity', 'organisations')
        .expect(400);
      const file = csvFile([['Naam'], ['X']]);
      const bad = await uploadFile(coordinator, cid, 'planets', file, 'x.csv').expect(400);
      expect(bad.body.details).toEqual([{ field: 'entity', message: expect.any(String) }]);
      const res = await uploadFile(coordinator, cid, 'organisations', file, 'x.csv', {
        Naam: 'colour',
      }).expect(400);
      expect(res.body.details).toEqual([
        { field: 'mapping', message: expect.stringContaining('"colour"') },
      ]);
    });

    it('lists a required field without a column as a problem of the file, and refuses the commit', async () => {
      const file = csvFile([
        ['Soort', 'Plaats'],
        ['company', 'Zwolle'],
      ]);
      const upload = await uploadFile(
        coordinator,
        cid,
        'organisations',
        file,
        'zonder-naam.csv',
      ).expect(201);
      const res = await preview(upload.body.id).expect(200);
      expect(res.body.fileProblems).toEqual([
        {
          row: null,
          column: 'name',
          field: 'name',
          message: expect.stringContaining('required field "name"'),
        },
      ]);
      expect(res.body.rows[0].problems).toEqual([
        { row: 2, column: 'name', field: 'name', message: 'is required' },
      ]);
      const refused = await commit(upload.body.id).expect(409);
      expect(refused.body.details[0]).toEqual({
        field: 'name',
        message: expect.stringContaining('required field'),
      });
    });

    it('refuses a commit before a preview, and with another mapping than previewed', async () => {
      const file = csvFile([
        ['Naam', 'Soort'],
        ['Nieuw BV', 'company'],
      ]);
      const upload = await uploadFile(coordinator, cid, 'organisations', file, 'n.csv').expect(201);
      expect((await commit(upload.body.id).expect(409)).body.message).toMatch(/Preview/);
      await preview(upload.body.id).expect(200);
      const res = await coordinator
        .post(`/api/coalitions/${cid}/imports/${upload.body.id}/commit`)
        .send({ mapping: { Naam: 'name', Soort: null } })
        .expect(409);
      expect(res.body.message).toMatch(/mapping changed/);
    });
  });

  it('rolls everything back when a row fails in the database half-way', async () => {
    await buildOrganisation(t.db, cid, { name: 'Gifbelt BV', city: 'Zwolle' });
    const file = csvFile([
      ['Naam', 'Soort', 'Plaats'],
      ['Nieuw Eén', 'company', 'Zwolle'],
      ['Nieuw Twee', 'company', 'Zwolle'],
      ['Gifbelt BV', 'company', 'Poisonville'],
    ]);
    const upload = await uploadFile(coordinator, cid, 'organisations', file, 'atomic.csv').expect(
      201,
    );
    const res = await preview(upload.body.id).expect(200);
    expect(res.body.summary).toMatchObject({ create: 2, update: 1, errors: 0 });
    // A rule the preview does not know: the inserts run first, then the update fails.
    await t.db.query(
      `ALTER TABLE organisation ADD CONSTRAINT test_no_poison CHECK (city IS DISTINCT FROM 'Poisonville')`,
    );
    try {
      const before = await counts();
      const failed = await commit(upload.body.id);
      expect(failed.status).toBe(400);
      expect(failed.body.message).toMatch(/test_no_poison/);
      expect(await counts()).toEqual(before);
      const job = await sqlOne<{ status: string }>(
        t.db.manager,
        `SELECT status FROM import_job WHERE id = $1`,
        [upload.body.id],
      );
      expect(job!.status).toBe('uploaded');
    } finally {
      await t.db.query(`ALTER TABLE organisation DROP CONSTRAINT test_no_poison`);
    }
    await commit(upload.body.id).expect(200);
  });

  it('lets only coordinators import; other roles get 403, another coalition 404', async () => {
    const file = csvFile([
      ['Naam', 'Soort'],
      ['X', 'company'],
    ]);
    for (const agent of [member, viewer, partner]) {
      await uploadFile(agent, cid, 'organisations', file, 'x.csv').expect(403);
    }
    const upload = await uploadFile(coordinator, cid, 'organisations', file, 'x.csv').expect(201);
    await member
      .post(`/api/coalitions/${cid}/imports/${upload.body.id}/preview`)
      .send({})
      .expect(403);
    await viewer
      .post(`/api/coalitions/${cid}/imports/${upload.body.id}/commit`)
      .send({})
      .expect(403);
    await partner.get(`/api/coalitions/${cid}/imports/${upload.body.id}`).expect(403);
    const other = await buildCoalitionWithStaff(t.db, 'Elders');
    const outsider = await t.login(other.coordinator.email);
    await outsider.get(`/api/coalitions/${cid}/imports/${upload.body.id}`).expect(404);
    await outsider
      .get(`/api/coalitions/${other.coalition.id}/imports/${upload.body.id}`)
      .expect(404);
    await coordinator.get(`/api/coalitions/${cid}/imports/${upload.body.id}`).expect(200);
  });

  it('keeps people and organisations of this coalition apart from another one', async () => {
    const other = await buildCoalitionWithStaff(t.db, 'Ander');
    await buildPerson(t.db, other.coalition.id, {
      name: 'Anna de Vries',
      email: 'anna@windesheim.nl',
    });
    const otherCoordinator = await t.login(other.coordinator.email);
    const file = csvFile([
      ['Naam', 'E-mail', 'Organisatie'],
      ['Anna de Vries', 'anna@windesheim.nl', 'Windesheim'],
    ]);
    const upload = await uploadFile(
      otherCoordinator,
      other.coalition.id,
      'people',
      file,
      'p.csv',
    ).expect(201);
    const res = await otherCoordinator
      .post(`/api/coalitions/${other.coalition.id}/imports/${upload.body.id}/preview`)
      .send({})
      .expect(200);
    // The e-mail matches the other coalition's own Anna; Windesheim exists only in this one.
    expect(res.body.rows[0].matchedBy).toBe('email');
    expect(res.body.rows[0].problems[0].message).toMatch(/unknown organisation "Windesheim"/);
  });
});
