// The bare SQL of the insights endpoints, run directly on the database with 16 parallel clients,
// so the report can say how much the API adds. The queries come from the built API itself
// (modules/insights exports them), so this measures exactly what the endpoint runs.
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { root } from './built-api.mjs';

const require = createRequire(import.meta.url);

export async function measureBareSql(url, { largest, median }, asOf) {
  let insightsSql;
  try {
    insightsSql = require(path.join(root, 'apps/api/dist/modules/insights/insights-queries.js'));
  } catch {
    console.warn('  (bare SQL skipped: apps/api/dist/modules/insights/insights-queries.js not found)');
    return [];
  }
  const pool = new pg.Pool({ connectionString: url, max: 16 });
  const out = [];
  try {
    for (const [which, coalition] of [['largest', largest], ['median', median]]) {
      for (const endpoint of ['insights/organisations', 'insights/dashboard']) {
        const queries = await insightsSql.queriesFor(endpoint, coalition.id, new Date(asOf), (sql, params) => pool.query(sql, params));
        const durations = await runParallel(16, 8, async () => {
          const start = performance.now();
          await Promise.all(queries.map((q) => pool.query(q.sql, q.params)));
          return performance.now() - start;
        });
        durations.sort((a, b) => a - b);
        const at = (p) => Math.round(durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))] * 10) / 10;
        out.push({ endpoint, which, p50: at(50), p95: at(95), samples: durations.length });
      }
    }
  } finally {
    await pool.end();
  }
  return out;
}

async function runParallel(workers, perWorker, fn) {
  const results = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = 0; i < perWorker; i++) results.push(await fn());
    }),
  );
  return results;
}
