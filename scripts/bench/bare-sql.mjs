// The bare SQL of the insights endpoints, run on the database with 16 parallel clients through the
// endpoint's own service code (apps/api/dist/modules/insights/insights-bench.js) but without Nest,
// HTTP, session lookup or guards — so API p95 / SQL p95 shows what the HTTP layer adds.
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { root } from './built-api.mjs';

const require = createRequire(import.meta.url);

export async function measureBareSql(
  url,
  { largest, median },
  asOf,
  { workers = 16, perWorker = 6 } = {},
) {
  const { runInsightsEndpoint } = require(
    path.join(root, 'apps/api/dist/modules/insights/insights-bench.js'),
  );
  const pool = new pg.Pool({ connectionString: url, max: workers });
  const query = (sql, params) => pool.query(sql, params).then((r) => r.rows);
  const out = [];
  try {
    for (const [which, coalition] of [
      ['largest', largest],
      ['median', median],
    ]) {
      for (const endpoint of ['insights/organisations', 'insights/dashboard']) {
        await runInsightsEndpoint(endpoint, coalition.id, new Date(asOf), query); // warm up
        const durations = [];
        await Promise.all(
          Array.from({ length: workers }, async () => {
            for (let i = 0; i < perWorker; i++) {
              const start = performance.now();
              await runInsightsEndpoint(endpoint, coalition.id, new Date(asOf), query);
              durations.push(performance.now() - start);
            }
          }),
        );
        durations.sort((a, b) => a - b);
        const at = (p) =>
          Math.round(
            durations[Math.min(durations.length - 1, Math.ceil((p / 100) * durations.length) - 1)] *
              10,
          ) / 10;
        out.push({ endpoint, which, p50: at(50), p95: at(95), samples: durations.length });
      }
    }
  } finally {
    await pool.end();
  }
  return out;
}
