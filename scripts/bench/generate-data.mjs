#!/usr/bin/env node
// `npm run bench:data`: a large installation, generated deterministically inside PostgreSQL with
// set-based INSERT … SELECT (no row ever travels through Node). Randomness comes from a hash of
// (seed, row number), so the same seed gives the same data whatever the query plan.
//
//   DATABASE_URL=postgres://… npm run bench:data -- [--coalitions 200] [--seed 42] [--years 3]
import argon2 from 'argon2';
import pg from 'pg';
import { parseArgs } from 'node:util';
import { migrateWithBuiltApi } from './built-api.mjs';

const { values } = parseArgs({
  options: {
    coalitions: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    years: { type: 'string', default: '3' },
    'as-of': { type: 'string', default: '2026-11-01T00:00:00Z' },
  },
});
const COALITIONS = Number(values.coalitions);
const SEED = Number(values.seed);
const YEARS = Number(values.years);
const AS_OF = values['as-of'];
export const BENCH_EMAIL = 'bench@regiokracht.bench';
export const BENCH_PASSWORD = 'regiokracht-bench';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the PostgreSQL database to fill (it is emptied first).');
  process.exit(1);
}

const steps = [
  ['reset', `TRUNCATE coalition, app_user, session, coalition_change CASCADE`],
  [
    'helpers',
    // rk_rand(stream, n): uniform [0,1) from the seed, a stream name and a row number.
    `CREATE OR REPLACE FUNCTION pg_temp.rk_rand(stream text, n bigint) RETURNS double precision
       LANGUAGE sql IMMUTABLE AS $$
         SELECT (('x' || substr(md5(${SEED} || ':' || stream || ':' || n), 1, 12))::bit(48)::bigint)::double precision / 281474976710656.0
       $$`,
  ],
  [
    'coalitions',
    // Sizes from 20 to 1,000 organisations, geometrically spread; the largest is the last.
    `CREATE TEMP TABLE bench_coalition AS
       SELECT k, gen_random_uuid() AS id,
              round(20 * power(50, k::numeric / greatest(${COALITIONS} - 1, 1)))::int AS orgs,
              CASE WHEN k = ${COALITIONS} - 1 THEN 100 ELSE 40 END AS interactions_per_org
         FROM generate_series(0, ${COALITIONS} - 1) AS k;
     INSERT INTO coalition (id, name, region, themes)
       SELECT id, 'Bench coalition ' || lpad(k::text, 3, '0'), 'Region ' || (k % 12), '["bench"]'::jsonb FROM bench_coalition`,
  ],
  [
    'organisations',
    `CREATE TEMP TABLE bench_org AS
       SELECT c.id AS coalition_id, gen_random_uuid() AS id, c.k, o AS n, c.interactions_per_org,
              row_number() OVER (ORDER BY c.k, o) AS g
         FROM bench_coalition c, generate_series(1, c.orgs) AS o;
     CREATE INDEX ON bench_org (coalition_id, n);
     INSERT INTO organisation (coalition_id, id, name, kind, size_class, sector, city, status, joined_on)
       SELECT coalition_id, id, 'Organisation ' || k || '-' || n,
              (ARRAY['company','company','company','company','mbo','hbo','municipality','sector_body','foundation','vo'])[1 + floor(pg_temp.rk_rand('kind', g) * 10)::int],
              (ARRAY['micro','small','medium','large'])[1 + floor(pg_temp.rk_rand('size', g) * 4)::int],
              'Sector ' || floor(pg_temp.rk_rand('sector', g) * 20)::int,
              'City ' || floor(pg_temp.rk_rand('city', g) * 40)::int,
              CASE WHEN pg_temp.rk_rand('status', g) < 0.9 THEN 'active' ELSE 'paused' END,
              (timestamptz '${AS_OF}' - make_interval(days => (pg_temp.rk_rand('joined', g) * 2000)::int))::date
         FROM bench_org`,
  ],
  [
    'people',
    // 4 people per organisation on average (2–6); some leaving or left, some key contacts.
    `CREATE TEMP TABLE bench_person AS
       SELECT o.coalition_id, o.id AS organisation_id, o.g AS org_g, p AS slot, gen_random_uuid() AS id,
              row_number() OVER (ORDER BY o.g, p) AS g
         FROM bench_org o, generate_series(1, 2 + floor(pg_temp.rk_rand('people', o.g) * 5)::int) AS p;
     CREATE INDEX ON bench_person (organisation_id, slot);
     INSERT INTO person (coalition_id, id, name, email, organisation_id, role, layer, is_key_contact, status, leaving_on, left_on)
       SELECT coalition_id, id, 'Person ' || g, 'person' || g || '@bench.example', organisation_id, 'Contact',
              (ARRAY['board','management','operational'])[1 + floor(pg_temp.rk_rand('layer', g) * 3)::int],
              slot = 1,
              CASE WHEN pg_temp.rk_rand('pstatus', g) < 0.05 THEN 'leaving' WHEN pg_temp.rk_rand('pstatus', g) < 0.10 THEN 'left' ELSE 'active' END,
              CASE WHEN pg_temp.rk_rand('pstatus', g) < 0.05 THEN (timestamptz '${AS_OF}' + make_interval(days => 10 + (pg_temp.rk_rand('leaving', g) * 150)::int))::date END,
              CASE WHEN pg_temp.rk_rand('pstatus', g) >= 0.05 AND pg_temp.rk_rand('pstatus', g) < 0.10 THEN (timestamptz '${AS_OF}' - make_interval(days => (pg_temp.rk_rand('left', g) * 700)::int))::date END
         FROM bench_person;
     UPDATE organisation o SET relationship_owner_id = p.id
       FROM bench_person p WHERE p.organisation_id = o.id AND p.slot = 1 AND o.coalition_id = p.coalition_id`,
  ],
  [
    'interactions',
    // ${YEARS} years of history; the largest coalition 100 per organisation, the others 40.
    `CREATE TEMP TABLE bench_interaction AS
       SELECT o.coalition_id, o.id AS organisation_id, o.g AS org_g, i AS slot, gen_random_uuid() AS id,
              row_number() OVER (ORDER BY o.g, i) AS g
         FROM bench_org o, generate_series(1, o.interactions_per_org) AS i;
     INSERT INTO interaction (coalition_id, id, occurred_at, kind, initiated_by, summary)
       SELECT coalition_id, id,
              timestamptz '${AS_OF}' - make_interval(secs => pg_temp.rk_rand('when', g) * ${YEARS} * 365 * 86400),
              (ARRAY['meeting','site_visit','workshop','event','call','email','message','other'])[1 + floor(pg_temp.rk_rand('ikind', g) * 8)::int],
              CASE WHEN pg_temp.rk_rand('init', g) < 0.25 THEN 'partner' ELSE 'coalition' END,
              'Bench interaction ' || g
         FROM bench_interaction;
     INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id)
       SELECT coalition_id, id, organisation_id FROM bench_interaction;
     -- One in ten interactions also involves a neighbouring organisation of the same coalition.
     INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id)
       SELECT i.coalition_id, i.id, o2.id
         FROM bench_interaction i
         JOIN bench_org o ON o.id = i.organisation_id
         JOIN bench_org o2 ON o2.coalition_id = o.coalition_id AND o2.n = o.n % 20 + 1 AND o2.id <> o.id
        WHERE pg_temp.rk_rand('second', i.g) < 0.1
       ON CONFLICT DO NOTHING;
     INSERT INTO interaction_participant (coalition_id, interaction_id, person_id)
       SELECT i.coalition_id, i.id, p.id
         FROM bench_interaction i
         JOIN bench_person p ON p.organisation_id = i.organisation_id
          AND p.slot IN (1, 1 + floor(pg_temp.rk_rand('who', i.g) * 3)::int)
       ON CONFLICT DO NOTHING`,
  ],
  [
    'commitments and contributions',
    `CREATE TEMP TABLE bench_commitment AS
       SELECT o.coalition_id, o.id AS organisation_id, o.g AS org_g, gen_random_uuid() AS id,
              row_number() OVER (ORDER BY o.g) AS g
         FROM bench_org o WHERE pg_temp.rk_rand('pledges', o.g) < 0.6;
     INSERT INTO commitment (coalition_id, id, organisation_id, contact_id, kind, description, quantity, unit, unit_value_eur, starts_on, ends_on, status)
       SELECT c.coalition_id, c.id, c.organisation_id, p.id,
              (ARRAY['internships','guest_lectures','equipment','staff_hours','funding','facilities','curriculum','other'])[1 + floor(pg_temp.rk_rand('ckind', c.g) * 8)::int],
              'Bench pledge ' || c.g, 1 + floor(pg_temp.rk_rand('qty', c.g) * 40), 'hours', 25 + floor(pg_temp.rk_rand('value', c.g) * 100),
              (timestamptz '${AS_OF}' - interval '2 years')::date, (timestamptz '${AS_OF}' + interval '1 year')::date,
              (ARRAY['pledged','active','active','fulfilled','lapsed'])[1 + floor(pg_temp.rk_rand('cstatus', c.g) * 5)::int]
         FROM bench_commitment c JOIN bench_person p ON p.organisation_id = c.organisation_id AND p.slot = 1;
     INSERT INTO contribution (coalition_id, commitment_id, delivered_on, quantity)
       SELECT c.coalition_id, c.id,
              (timestamptz '${AS_OF}' - make_interval(days => (pg_temp.rk_rand('delivered', c.g * 10 + d) * 700)::int))::date,
              1 + floor(pg_temp.rk_rand('dqty', c.g * 10 + d) * 5)
         FROM bench_commitment c, generate_series(1, 1 + floor(pg_temp.rk_rand('deliveries', c.g) * 5)::int) AS d`,
  ],
  [
    'action items',
    `INSERT INTO action_item (coalition_id, title, owner_id, organisation_id, due_on, status, priority, completed_at)
       SELECT o.coalition_id, 'Bench action ' || o.g || '-' || a,
              CASE WHEN pg_temp.rk_rand('owned', o.g * 10 + a) < 0.15 THEN NULL ELSE p.id END,
              o.id,
              (timestamptz '${AS_OF}' + make_interval(days => (pg_temp.rk_rand('due', o.g * 10 + a) * 120)::int - 60))::date,
              s.status, 'normal', CASE WHEN s.status = 'done' THEN timestamptz '${AS_OF}' - interval '3 days' END
         FROM bench_org o
         CROSS JOIN generate_series(1, 2) AS a
         JOIN bench_person p ON p.organisation_id = o.id AND p.slot = 1
         CROSS JOIN LATERAL (SELECT (ARRAY['open','in_progress','blocked','done','done'])[1 + floor(pg_temp.rk_rand('astatus', o.g * 10 + a) * 5)::int] AS status) s`,
  ],
  // What autovacuum does on a live installation: statistics, hint bits and the visibility map.
  ['vacuum analyze', `VACUUM ANALYZE`],
];

async function main() {
  const started = Date.now();
  console.log(`Migrating ${redact(url)} …`);
  await migrateWithBuiltApi(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [name, sql] of steps) {
      const t = Date.now();
      await client.query(sql);
      console.log(`  ${name.padEnd(30)} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
    await client.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ($1, 'Bench Coordinator', $2);
       `.trim(),
      [BENCH_EMAIL, hash],
    );
    await client.query(
      `INSERT INTO membership (coalition_id, user_id, role)
         SELECT c.id, u.id, 'coordinator' FROM coalition c, app_user u WHERE u.email = $1`,
      [BENCH_EMAIL],
    );
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM coalition) AS coalitions, (SELECT count(*) FROM organisation) AS organisations,
              (SELECT count(*) FROM person) AS people, (SELECT count(*) FROM interaction) AS interactions,
              (SELECT count(*) FROM commitment) AS commitments, (SELECT count(*) FROM contribution) AS contributions,
              (SELECT count(*) FROM action_item) AS action_items`,
    );
    console.log('Generated:', rows[0]);
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Log in as ${BENCH_EMAIL} / ${BENCH_PASSWORD}.`,
    );
  } finally {
    await client.end();
  }
}

function redact(u) {
  return u.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
