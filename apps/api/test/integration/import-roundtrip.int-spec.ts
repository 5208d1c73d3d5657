import type { DataSource } from 'typeorm';
import { buildInteraction, buildOrganisation, buildPerson } from '../builders/domain.builder';
import { binary, importFile } from '../builders/import-files.builder';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

/**
 * Export → import into an empty coalition → the same organisations, people and interactions.
 * Records are compared on their importable fields, with each one's key: its external id, or (in
 * the source coalition) its own id, which the export writes as the external id.
 */
async function snapshot(db: DataSource, coalitionId: string) {
  const organisations = await db.query(
    `SELECT coalesce(external_id, id::text) AS key, name, kind, size_class, sector, city, website, status,
            to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(left_on, 'YYYY-MM-DD') AS left_on, interests
       FROM organisation WHERE coalition_id = $1 AND deleted_at IS NULL ORDER BY key`,
    [coalitionId],
  );
  const people = await db.query(
    `SELECT coalesce(p.external_id, p.id::text) AS key, p.name, p.email, p.phone,
            coalesce(o.external_id, o.id::text) AS organisation, p.role, p.layer, p.is_key_contact, p.status,
            to_char(p.leaving_on, 'YYYY-MM-DD') AS leaving_on, to_char(p.left_on, 'YYYY-MM-DD') AS left_on, p.notes
       FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id AND o.coalition_id = p.coalition_id
      WHERE p.coalition_id = $1 AND p.deleted_at IS NULL ORDER BY key`,
    [coalitionId],
  );
  const interactions = await db.query(
    `SELECT coalesce(i.external_id, i.id::text) AS key, i.occurred_at, i.kind, i.initiated_by, i.summary,
            (SELECT string_agg(coalesce(o.external_id, o.id::text), ',' ORDER BY coalesce(o.external_id, o.id::text))
               FROM interaction_organisation io JOIN organisation o ON o.id = io.organisation_id AND o.coalition_id = io.coalition_id
              WHERE io.interaction_id = i.id) AS organisations,
            (SELECT string_agg(coalesce(p.external_id, p.id::text), ',' ORDER BY coalesce(p.external_id, p.id::text))
               FROM interaction_participant ip JOIN person p ON p.id = ip.person_id AND p.coalition_id = ip.coalition_id
              WHERE ip.interaction_id = i.id) AS participants
       FROM interaction i WHERE i.coalition_id = $1 AND i.deleted_at IS NULL ORDER BY key`,
    [coalitionId],
  );
  return {
    organisations,
    people,
    interactions: interactions.map((i: { occurred_at: Date | string }) => ({
      ...i,
      occurred_at: new Date(i.occurred_at).toISOString(),
    })),
  };
}

describe('import/export round trip', () => {
  let t: TestApp;
  let source: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;

  const download = async (agent: Agent, coalitionId: string, file: string) => {
    const res = await agent
      .get(`/api/coalitions/${coalitionId}/exports/${file}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return res.body as Buffer;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2025-06-15T12:00:00Z') });
    source = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    const cid = source.coalition.id;
    const db = t.db;
    const albeda = await buildOrganisation(db, cid, {
      name: 'Albeda',
      kind: 'mbo',
      sizeClass: 'large',
      externalId: 'crm-albeda',
    });
    const haven = await buildOrganisation(db, cid, {
      name: 'Havenbedrijf "Rotterdam"; Techniek & Co',
      kind: 'company',
      sizeClass: 'medium',
      sector: null,
      city: "'s-Gravendeel",
      joinedOn: '2023-09-01',
      leftOn: '2025-05-31',
      status: 'left',
    });
    const gemeente = await buildOrganisation(db, cid, {
      name: 'Gemeente Rotterdam',
      kind: 'municipality',
      sizeClass: null,
      city: null,
      joinedOn: null,
    });
    await db.query(
      `UPDATE organisation SET website = 'www.zadkine.nl', interests = $2 WHERE id = $1`,
      [albeda.id, 'Stageplaatsen\nin de haven; en "meer"'],
    );
    const carla = await buildPerson(db, cid, {
      name: 'Carla Coördinator',
      email: 'carla@trc.nl',
      organisationId: null,
      role: null,
      layer: null,
    });
    const jan1 = await buildPerson(db, cid, {
      name: 'Jan Jansen',
      email: null,
      organisationId: albeda.id,
      isKeyContact: true,
      layer: 'board',
    });
    const jan2 = await buildPerson(db, cid, {
      name: 'Jan Jansen',
      email: 'jan@haven.nl',
      organisationId: haven.id,
      status: 'leaving',
      leavingOn: '2025-09-30',
      notes: '=SUM(A1:A2) is not a formula\nsecond line',
    });
    await db.query(
      `UPDATE person SET phone = '+31 6 1234 5678', external_id = 'hr-77' WHERE id = $1`,
      [jan2.id],
    );
    await buildPerson(db, cid, {
      name: 'Ex Medewerker',
      email: 'ex@gemeente.nl',
      organisationId: gemeente.id,
      status: 'left',
      leftOn: '2024-12-31',
      role: '-',
    });
    await buildInteraction(db, cid, [albeda.id, haven.id], {
      occurredAt: '2025-03-04T13:30:00Z',
      kind: 'site_visit',
      initiatedBy: 'partner',
      summary: '@team: rondleiding; "werkplaats"',
      participantIds: [jan1.id, jan2.id, carla.id],
    });
    await buildInteraction(db, cid, [gemeente.id], {
      occurredAt: '2025-06-01T06:05:09Z',
      kind: 'call',
      summary: null,
    });
    await buildInteraction(db, cid, [haven.id], {
      occurredAt: '2024-10-27T00:30:00Z',
      kind: 'email',
      summary: 'Nacht van de zomertijd',
    });
    const withKey = await buildInteraction(db, cid, [albeda.id], {
      occurredAt: '2025-01-10T09:00:00Z',
      kind: 'meeting',
      summary: 'Eén',
    });
    await db.query(`UPDATE interaction SET external_id = 'agenda-1' WHERE id = $1`, [withKey.id]);
    coordinator = await t.login(source.coordinator.email);
  });
  afterAll(() => t.close());

  const roundTrip = async (format: 'csv' | 'xlsx', locale: 'nl' | 'en') => {
    const target = await buildCoalitionWithStaff(t.db, `Leeg ${format} ${locale}`);
    const targetCoordinator = await t.login(target.coordinator.email);
    const results: Record<string, unknown> = {};
    for (const entity of ['organisations', 'people', 'interactions'] as const) {
      const file = await download(
        coordinator,
        source.coalition.id,
        `${entity}.${format}?locale=${locale}`,
      );
      const { preview, commit } = await importFile(
        targetCoordinator,
        target.coalition.id,
        entity,
        file,
        `${entity}.${format}`,
      );
      expect(preview.body.fileProblems).toEqual([]);
      expect(preview.body.rows.flatMap((r: { problems: unknown[] }) => r.problems)).toEqual([]);
      expect(commit.status).toBe(200);
      results[entity] = commit.body;
    }
    expect(results).toMatchObject({
      organisations: { created: 3, updated: 0 },
      people: { created: 4, updated: 0 },
      interactions: { created: 4, updated: 0 },
    });
    expect(await snapshot(t.db, target.coalition.id)).toEqual(
      await snapshot(t.db, source.coalition.id),
    );
    return { target, targetCoordinator };
  };

  it('CSV (Dutch: `;`, BOM, Dutch dates and local times) into an empty coalition gives the same data', async () => {
    const { target, targetCoordinator } = await roundTrip('csv', 'nl');
    // Importing the same files again creates no duplicates and changes nothing.
    for (const entity of ['organisations', 'people', 'interactions']) {
      const file = await download(coordinator, source.coalition.id, `${entity}.csv?locale=nl`);
      const { commit } = await importFile(
        targetCoordinator,
        target.coalition.id,
        entity,
        file,
        `${entity}.csv`,
      );
      expect(commit.body).toMatchObject({ created: 0, updated: 0 });
    }
  });

  it('CSV (English: `,`, ISO instants) into an empty coalition gives the same data', async () => {
    await roundTrip('csv', 'en');
  });

  it('XLSX (real dates and booleans) into an empty coalition gives the same data', async () => {
    await roundTrip('xlsx', 'nl');
  });

  it("re-importing a coalition's own export finds every record again (by its id)", async () => {
    const before = await snapshot(t.db, source.coalition.id);
    for (const entity of ['organisations', 'people', 'interactions']) {
      const file = await download(coordinator, source.coalition.id, `${entity}.xlsx?locale=en`);
      const { preview, commit } = await importFile(
        coordinator,
        source.coalition.id,
        entity,
        file,
        `${entity}.xlsx`,
      );
      expect(preview.body.summary).toMatchObject({ create: 0, update: 0, errors: 0 });
      expect(commit.body).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await snapshot(t.db, source.coalition.id)).toEqual(before);
  });
});
