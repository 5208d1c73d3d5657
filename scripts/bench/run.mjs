#!/usr/bin/env node
// `npm run bench`: starts the built API against DATABASE_URL (filled by `npm run bench:data`) and
// measures latency and throughput with autocannon at 16 connections, the bare SQL of the insights
// endpoints, the web dashboard's render time in headless Chromium and the initial JS size.
// Writes bench/results/<stamp>.{md,json} and prints the table.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureBuilt, root } from './built-api.mjs';
import { measureBareSql } from './bare-sql.mjs';
import { initialJsGzipBytes, measureDashboardRender } from './web.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    port: { type: 'string', default: '3299' },
    'as-of': { type: 'string', default: '2026-11-01T00:00:00Z' },
    label: { type: 'string', default: '' },
  },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a database filled by `npm run bench:data`.');
  process.exit(1);
}
const BASE = `http://localhost:${values.port}`;
const CONNECTIONS = Number(values.connections);
const DURATION = Number(values.duration);

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

async function startApi() {
  const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: values.port,
      SEED: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.kill();
  throw new Error('API did not start');
}

async function login() {
  const res = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@regiokracht.bench', password: 'regiokracht-bench' }),
  });
  if (!res.ok) throw new Error(`bench login failed: ${res.status} (run npm run bench:data first)`);
  return res.headers.get('set-cookie').split(';')[0];
}

function load(title, { path: pathAndQuery, ...requestOptions }, cookie) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${BASE}${pathAndQuery}`,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { cookie, 'content-type': 'application/json' },
        ...requestOptions,
      },
      (error, result) => {
        if (error) return reject(error);
        const ok = result['2xx'];
        resolve({
          title,
          requests: result.requests.total,
          non2xx: result.non2xx,
          p50: result.latency.p50,
          p95: result.latency.p97_5 === undefined ? result.latency.p99 : percentile95(result),
          p99: result.latency.p99,
          rps: Math.round(result.requests.average),
          ok,
        });
      },
    );
  });
}

// autocannon reports p90 and p97.5, not p95: interpolate between them (stated in the report).
function percentile95(result) {
  const { p90, p97_5: p975 } = result.latency;
  return Math.round((p90 + ((95 - 90) / (97.5 - 90)) * (p975 - p90)) * 10) / 10;
}

async function main() {
  ensureBuilt();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { largest, median, total } = await pickCoalitions(client);
  const server = await startApi();
  const rows = [];
  let sql = [];
  let web = {};
  try {
    const cookie = await login();
    const asOf = encodeURIComponent(values['as-of']);
    const scenarios = [
      [
        `insights/organisations — largest (${largest.orgs} orgs, ${largest.interactions} interactions)`,
        `/api/coalitions/${largest.id}/insights/organisations?asOf=${asOf}`,
      ],
      [
        `insights/dashboard — largest`,
        `/api/coalitions/${largest.id}/insights/dashboard?asOf=${asOf}`,
      ],
      [
        `insights/organisations — median (${median.orgs} orgs)`,
        `/api/coalitions/${median.id}/insights/organisations?asOf=${asOf}`,
      ],
      [
        `insights/dashboard — median`,
        `/api/coalitions/${median.id}/insights/dashboard?asOf=${asOf}`,
      ],
      [
        `organisations list, filtered, paged — largest`,
        `/api/coalitions/${largest.id}/organisations?kind=company&status=active&sort=name&page=3&pageSize=50`,
      ],
    ];
    for (const [title, pathAndQuery] of scenarios) {
      await fetch(`${BASE}${pathAndQuery}`, { headers: { cookie } }); // warm up
      rows.push(await load(title, { path: pathAndQuery }, cookie));
      console.log(`  measured ${title}`);
    }
    const { rows: orgs } = await client.query(
      'SELECT id FROM organisation WHERE coalition_id = $1 ORDER BY id LIMIT 1',
      [median.id],
    );
    rows.push(
      await load(
        'interaction create — median',
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
        cookie,
      ),
    );
    sql = await measureBareSql(url, { largest, median }, values['as-of']);
    web = await measureDashboardRender(BASE, largest.id).catch((error) => ({
      dashboardMs: null,
      note: String(error).split('\n')[0],
    }));
  } finally {
    server.kill('SIGINT');
    await client.end();
  }
  web.initialJsGzipKb = Math.round((await initialJsGzipBytes()) / 102.4) / 10;
  report({ rows, sql, web, largest, median, total });
}

function report({ rows, sql, web, largest, median, total }) {
  const lines = [
    `# Regiokracht benchmark ${values.label}`,
    '',
    `${new Date().toISOString()} — ${total} coalitions; ${CONNECTIONS} connections × ${DURATION} s per scenario; p95 interpolated between autocannon's p90 and p97.5.`,
    '',
    '| scenario | requests | non-2xx | p50 ms | p95 ms | p99 ms | req/s |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.title} | ${r.requests} | ${r.non2xx} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} |`,
    ),
    '',
  ];
  if (sql.length) {
    lines.push(
      '| bare SQL (same queries, 16 parallel clients) | p50 ms | p95 ms | API p95 / SQL p95 |',
      '|---|---:|---:|---:|',
    );
    for (const s of sql) {
      const api = rows.find((r) => r.title.startsWith(s.endpoint) && r.title.includes(s.which));
      lines.push(
        `| ${s.endpoint} — ${s.which} | ${s.p50} | ${s.p95} | ${api ? (api.p95 / s.p95).toFixed(2) : '—'} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    `Web: dashboard of the largest coalition rendered its data in ${web.dashboardMs ?? '—'} ms (headless Chromium, localhost); initial JS ${web.initialJsGzipKb} KB gzip.`,
    '',
  );
  const md = lines.join('\n');
  const dir = path.join(root, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(dir, `${stamp}.md`), md);
  fs.writeFileSync(
    path.join(dir, `${stamp}.json`),
    JSON.stringify({ rows, sql, web, largest, median, total }, null, 2),
  );
  console.log(`\n${md}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
