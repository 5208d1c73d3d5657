#!/usr/bin/env node
// `npm start`: install what is missing, build what is stale, then run the API (which migrates,
// seeds an empty database and serves the web app) on one port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

// 1. Dependencies: a fresh clone has none; a changed lockfile means they are stale.
const installedLock = path.join(root, 'node_modules', '.package-lock.json');
if (
  !fs.existsSync(installedLock) ||
  newestMtime(path.join(root, 'package-lock.json')) > newestMtime(installedLock)
) {
  console.log('Installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}

// 2. Build when any source is newer than the last build.
const stamp = path.join(root, 'node_modules', '.cache', 'regiokracht-build-stamp');
const sources = [
  'packages/shared/src',
  'apps/api/src',
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'package-lock.json',
];
const sourcesChanged = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
const outputs = [
  'packages/shared/dist/index.js',
  'apps/api/dist/main.js',
  'apps/web/dist/index.html',
];
if (
  outputs.some((o) => !fs.existsSync(path.join(root, o))) ||
  sourcesChanged > newestMtime(stamp)
) {
  console.log('Building…');
  run(npm, ['run', 'build']);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
}

// 3. Serve. Signals are passed on so Ctrl-C closes the database cleanly.
const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
