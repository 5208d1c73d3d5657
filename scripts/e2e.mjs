#!/usr/bin/env node
// `npm run test:e2e`: build, start the built app (as `npm start` does) on a fresh embedded database
// seeded with the demo world, then run the browser journeys in apps/web/e2e against it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.E2E_PORT ?? '3210';
const baseUrl = `http://localhost:${port}`;

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

if (process.env.E2E_SKIP_BUILD !== 'true' && run('npm', ['run', 'build']) !== 0) process.exit(1);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiokracht-e2e-'));
const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: port,
    REGIOKRACHT_DATA: path.join(dataDir, 'db'),
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '1000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not become healthy within 120 s');
}

let status = 1;
try {
  await waitForHealth();
  status = run(
    process.execPath,
    [
      'node_modules/jest/bin/jest.js',
      '-c',
      'apps/web/e2e/jest.config.cjs',
      '--runInBand',
      ...process.argv.slice(2),
    ],
    { ...process.env, E2E_BASE_URL: baseUrl },
  );
} catch (error) {
  console.error(String(error));
} finally {
  server.kill('SIGINT');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
