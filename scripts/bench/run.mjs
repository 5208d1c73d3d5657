#!/usr/bin/env node
// `npm run bench`: builds, starts the built API against DATABASE_URL (filled by `npm run bench:data`)
// and measures, at 16 connections with an authenticated session (autocannon):
//   - insights/organisations and insights/dashboard of the largest and the median coalition, as
//     served (cached), and with the cache off (INSIGHTS_CACHE=off, a second API process);
//   - the first request after a change (the cache's miss path), one client;
//   - a filtered, paged organisations list and an interaction create;
//   - the bare SQL of the insights endpoints (same code and queries, no HTTP), to give the ratio
//     API p95 / SQL p95;
//   - the web dashboard of the largest coalition in headless Chromium, after a change and warm;
//   - with --compare-url (a database from `npm run bench:data -- --coalitions 20`), the cost of
//     the median coalition's insights in both installations.
// Writes bench/results/<stamp>.{md,json} and prints the table.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { root } from './built-api.mjs';
import { compareInstallations, measureBareSql } from './bare-sql.mjs';
import { load } from './load.mjs';
import { renderReport } from './report.mjs';
import { initialJsGzipBytes, measureDashboardRender } from './web.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    port: { type: 'string', default: '3299' },
    'as-of': { type: 'string', default: '2026-11-01T00:00:00Z' },
    'compare-url': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    label: { type: 'string', default: '' },
  },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a database filled by `npm run bench:data`.');
  process.exit(1);
}
const CONNECTIONS = Number(values.connections);
const DURATION = Number(values.duration);
const AS_OF = values['as-of'];

async function pickCoalitions(client) {
  const { rows } = await client.query(
    `SELECT c.id, c.name, count(o.id)::int AS orgs,
            (SELECT count(*)::int FROM interaction i WHERE i.coalition_id = c.id) AS interactions
       FROM coalition c JOIN organisation o ON o.coalition_id = c.id
      GROUP BY c.id ORDER BY orgs, c.name`,
  );
  const total = (await client.query('SELECT count(*)::int AS n FROM coalition')).rows[0].n;
  return { largest: rows[rows.length - 1], median: rows[Math.floor(rows.length / 2)], total };
}

/** The built API as its own process (what production runs), on `port`. */
async function startApi(port, env = {}) {
  const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SEED: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
      DIGEST: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return { base, stop: () => stopProcess(server), cookie: await login(base) };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.kill();
  throw new Error('API did not start');
}

function stopProcess(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGINT');
  });
}

async function login(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@regiokracht.bench', password: 'regiokracht-bench' }),
  });
  if (!res.ok) throw new Error(`bench login failed: ${res.status} (run npm run bench:data first)`);
  return res.headers.get('set-cookie').split(';')[0];
}

/** A change in the coalition that invalidates its cached insights (and changes nothing else). */
function touch(client, coalitionId) {
  return client.query(
    `UPDATE organisation SET website = website
      WHERE id = (SELECT id FROM organisation WHERE coalition_id = $1 ORDER BY id LIMIT 1)`,
    [coalitionId],
  );
}

function insightScenarios({ largest, median }) {
  const asOf = encodeURIComponent(AS_OF);
  return [
    ['insights/organisations', 'largest', largest],
    ['insights/dashboard', 'largest', largest],
    ['insights/organisations', 'median', median],
    ['insights/dashboard', 'median', median],
  ].map(([endpoint, which, coalition]) => ({
    endpoint,
    which,
    coalition,
    path: `/api/coalitions/${coalition.id}/${endpoint}?asOf=${asOf}`,
  }));
}

/** The first request after a change, one client at a time: what a miss costs. */
async function measureMisses(api, client, scenarios, runs = 5) {
  const out = [];
  for (const s of scenarios) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      await touch(client, s.coalition.id);
      const start = performance.now();
      const res = await fetch(`${api.base}${s.path}`, { headers: { cookie: api.cookie } });
      await res.arrayBuffer();
      times.push(performance.now() - start);
      if (res.headers.get('cache-status') !== 'regiokracht-insights; fwd=miss')
        throw new Error(`expected a miss after a change: ${res.headers.get('cache-status')}`);
    }
    times.sort((a, b) => a - b);
    out.push({
      endpoint: s.endpoint,
      which: s.which,
      medianMs: Math.round(times[Math.floor(runs / 2)]),
      maxMs: Math.round(times[runs - 1]),
    });
  }
  return out;
}

/**
 * Waits until the database has no query running but ours: autocannon stops at the end of a
 * scenario without waiting for its last requests, and a heavy one (an uncached dashboard takes
 * seconds) would otherwise still be computing in the next scenario.
 */
async function settle(client) {
  for (;;) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    if (rows[0].busy === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function cacheStatus(api, pathAndQuery) {
  const res = await fetch(`${api.base}${pathAndQuery}`, { headers: { cookie: api.cookie } });
  await res.arrayBuffer();
  return res.headers.get('cache-status');
}

async function main() {
  if (!values['no-build']) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const picked = await pickCoalitions(client);
  const { largest, median } = picked;
  const scenarios = insightScenarios(picked);
  const options = { connections: CONNECTIONS, duration: DURATION };
  const result = { ...picked, asOf: AS_OF, connections: CONNECTIONS, duration: DURATION };
  try {
    let api = await startApi(Number(values.port));
    try {
      result.cached = [];
      for (const s of scenarios) {
        await cacheStatus(api, s.path); // fill the cache
        const row = await load(api, { path: s.path }, options);
        await settle(client);
        row.cache = await cacheStatus(api, s.path);
        result.cached.push({ ...row, endpoint: s.endpoint, which: s.which });
        console.log(`  measured ${s.endpoint} — ${s.which} (cached)`);
      }
      result.misses = await measureMisses(api, client, scenarios);
      console.log('  measured the first request after a change');
      const listPath = `/api/coalitions/${largest.id}/organisations?kind=company&status=active&sort=name&page=3&pageSize=50`;
      result.list = await load(api, { path: listPath }, options);
      await settle(client);
      const { rows: orgs } = await client.query(
        'SELECT id FROM organisation WHERE coalition_id = $1 ORDER BY id LIMIT 1',
        [median.id],
      );
      result.create = await load(
        api,
        {
          method: 'POST',
          path: `/api/coalitions/${median.id}/interactions`,
          body: JSON.stringify({
            occurredAt: new Date().toISOString(),
            kind: 'call',
            initiatedBy: 'coalition',
            summary: 'bench',
            organisationIds: [orgs[0].id],
            participantIds: [],
          }),
        },
        options,
      );
      // Leave the data as generated, so runs stay comparable (the links go by ON DELETE CASCADE).
      await client.query(`DELETE FROM interaction WHERE coalition_id = $1 AND summary = 'bench'`, [
        median.id,
      ]);
      console.log('  measured the organisations list and interaction create');
      result.web = await measureDashboardRender(api.base, largest.id, () =>
        touch(client, largest.id),
      ).catch((error) => ({ note: String(error).split('\n')[0] }));
      console.log('  measured the web dashboard');
    } finally {
      await api.stop();
    }

    api = await startApi(Number(values.port) + 1, { INSIGHTS_CACHE: 'off' });
    try {
      result.uncached = [];
      for (const s of scenarios) {
        await cacheStatus(api, s.path); // warm PostgreSQL's buffers
        const row = await load(api, { path: s.path }, options);
        await settle(client);
        result.uncached.push({ ...row, endpoint: s.endpoint, which: s.which });
        console.log(`  measured ${s.endpoint} — ${s.which} (cache off)`);
      }
    } finally {
      await api.stop();
    }

    await settle(client);
    result.sql = await measureBareSql(url, { largest, median }, AS_OF);
    console.log('  measured the bare SQL');
    if (values['compare-url']) {
      result.comparison = await compareInstallations(url, values['compare-url'], AS_OF);
      console.log('  compared the installations');
    }
  } finally {
    await client.end();
  }
  result.web = {
    ...result.web,
    initialJsGzipKb: Math.round((await initialJsGzipBytes()) / 102.4) / 10,
  };

  const md = renderReport(result, values.label);
  const dir = path.join(root, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(dir, `${stamp}.md`), md);
  fs.writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(result, null, 2));
  console.log(`\n${md}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
