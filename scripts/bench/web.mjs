// Web measurements for the bench: initial JS size and the dashboard's time to data.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { root } from './built-api.mjs';

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

/** Logs in and loads the dashboard; time from navigation until the dashboard shows its data. */
export async function measureDashboardRender(baseUrl, coalitionId) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return { dashboardMs: null, note: 'no chromium' };
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
    const times = [];
    for (let i = 0; i < 3; i++) {
      const start = Date.now();
      await page.goto(`/c/${coalitionId}`);
      await page
        .locator('[data-dashboard-ready="true"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    return { dashboardMs: times[1], runsMs: times };
  } finally {
    await browser.close();
  }
}
