// Web measurements for the bench: initial JS size and the dashboard's time to data.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { root } from './built-api.mjs';

const RUNS = 5;

/** Gzip size of the scripts index.html loads before any route code (entry + modulepreloads). */
export async function initialJsGzipBytes() {
  const dist = path.join(root, 'apps/web/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce(
    (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length,
    0,
  );
}

/**
 * Logs in and loads the dashboard: time from navigation until it shows its data, median of
 * RUNS runs right after a change in the coalition (`invalidate`: the insights are computed
 * afresh) and of RUNS runs without one (served from the cache).
 */
export async function measureDashboardRender(baseUrl, coalitionId, invalidate) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return { note: 'no chromium' };
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    const res = await page.request.post('/api/auth/login', {
      data: { email: 'bench@regiokracht.bench', password: 'regiokracht-bench' },
    });
    if (!res.ok()) throw new Error(`login ${res.status()}`);
    const render = async () => {
      const start = Date.now();
      await page.goto(`/c/${coalitionId}`);
      await page
        .locator('[data-dashboard-ready="true"]')
        .waitFor({ state: 'attached', timeout: 60_000 });
      return Date.now() - start;
    };
    await render(); // the browser's own caches (scripts, fonts)
    const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const afterChangeRuns = [];
    const warmRuns = [];
    for (let i = 0; i < RUNS; i++) {
      await invalidate();
      afterChangeRuns.push(await render());
    }
    for (let i = 0; i < RUNS; i++) warmRuns.push(await render());
    return {
      afterChangeMs: median(afterChangeRuns),
      warmMs: median(warmRuns),
      afterChangeRuns,
      warmRuns,
    };
  } finally {
    await browser.close();
  }
}
