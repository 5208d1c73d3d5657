// The bare SQL of the insights endpoints: the endpoint's own code and queries
// (apps/api/bench/insights-bench.ts, built apart from the production tree into apps/api/bench/dist)
// on a plain pg pool, without Nest, HTTP, session lookup, guards or cache — so API p95 / SQL p95
// shows what the HTTP layer adds.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { root } from './built-api.mjs';

const require = createRequire(import.meta.url);
const ENDPOINTS = ['insights/organisations', 'insights/dashboard'];

/** Builds the harness from the current sources each run, so it never times stale code. */
export function loadEndpointRunner() {
  const tsc = require.resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'apps/api/tsconfig.bench.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the bench harness (apps/api/bench) failed');
  return require(path.join(root, 'apps/api/bench/dist/bench/insights-bench.js'))
    .runInsightsEndpoint;
}

function percentiles(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) /
    10;
  return { p50: at(50), p95: at(95), samples: sorted.length };
}

/**
 * Each endpoint of the largest and the median coalition, `workers` clients in parallel, each
 * running it `perWorker` times (96 samples of the largest, 384 of the quicker median: enough for
 * a stable p95).
 */
export async function measureBareSql(
  url,
  { largest, median },
  asOf,
  { workers = 16, perWorker = { largest: 6, median: 24 } } = {},
) {
  const runInsightsEndpoint = loadEndpointRunner();
  const pool = new pg.Pool({ connectionString: url, max: workers });
  const query = (sql, params) => pool.query(sql, params).then((r) => r.rows);
  const out = [];
  try {
    for (const [which, coalition] of [
      ['largest', largest],
      ['median', median],
    ]) {
      for (const endpoint of ENDPOINTS) {
        await runInsightsEndpoint(endpoint, coalition.id, new Date(asOf), query); // warm up
        const durations = [];
        await Promise.all(
          Array.from({ length: workers }, async () => {
            for (let i = 0; i < perWorker[which]; i++) {
              const start = performance.now();
              await runInsightsEndpoint(endpoint, coalition.id, new Date(asOf), query);
              durations.push(performance.now() - start);
            }
          }),
        );
        out.push({ endpoint, which, ...percentiles(durations) });
      }
    }
  } finally {
    await pool.end();
  }
  return out;
}

/**
 * The cost of one coalition's insights in two installations (e.g. 200 and 20 coalitions): the
 * median coalition of each, and in the larger one also the coalition closest in size to the
 * smaller one's median. One client, computed afresh `runs` times.
 */
export async function compareInstallations(urlA, urlB, asOf, runs = 15) {
  const runInsightsEndpoint = loadEndpointRunner();
  const sizes = async (pool) =>
    (
      await pool.query(
        `SELECT c.id, count(o.id)::int AS orgs,
                (SELECT count(*)::int FROM interaction i WHERE i.coalition_id = c.id) AS interactions
           FROM coalition c JOIN organisation o ON o.coalition_id = c.id
          GROUP BY c.id ORDER BY orgs, c.id`,
      )
    ).rows;
  const totals = async (pool) =>
    (
      await pool.query(
        `SELECT (SELECT count(*)::int FROM coalition) AS coalitions,
                (SELECT count(*)::int FROM organisation) AS organisations,
                (SELECT count(*)::int FROM interaction) AS interactions`,
      )
    ).rows[0];
  const time = async (pool, coalition) => {
    const query = (sql, params) => pool.query(sql, params).then((r) => r.rows);
    const result = {};
    for (const endpoint of ENDPOINTS) {
      await runInsightsEndpoint(endpoint, coalition.id, new Date(asOf), query);
      const durations = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await runInsightsEndpoint(endpoint, coalition.id, new Date(asOf), query);
        durations.push(performance.now() - start);
      }
      result[endpoint] = percentiles(durations);
    }
    return result;
  };
  const a = new pg.Pool({ connectionString: urlA, max: 4 });
  const b = new pg.Pool({ connectionString: urlB, max: 4 });
  try {
    const [coalitionsA, coalitionsB] = [await sizes(a), await sizes(b)];
    const medianA = coalitionsA[Math.floor(coalitionsA.length / 2)];
    const medianB = coalitionsB[Math.floor(coalitionsB.length / 2)];
    const sameSizeInA = coalitionsA.reduce((best, c) =>
      Math.abs(c.orgs - medianB.orgs) < Math.abs(best.orgs - medianB.orgs) ? c : best,
    );
    const row = async (pool, installation, label, coalition) => ({
      installation,
      label,
      orgs: coalition.orgs,
      interactions: coalition.interactions,
      ...(await time(pool, coalition)),
    });
    const [totalsA, totalsB] = [await totals(a), await totals(b)];
    return {
      installations: [totalsA, totalsB],
      rows: [
        await row(a, totalsA, 'median', medianA),
        await row(a, totalsA, 'same size as the other median', sameSizeInA),
        await row(b, totalsB, 'median', medianB),
      ],
    };
  } finally {
    await Promise.all([a.end(), b.end()]);
  }
}
