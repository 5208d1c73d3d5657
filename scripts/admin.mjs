#!/usr/bin/env node
// `npm run admin -- create --email … --password …`: builds the API if needed, then runs its admin CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'apps/api/dist/cli/admin.js');
if (!fs.existsSync(cli)) {
  const build = spawnSync('npm', ['run', 'build', '-w', 'packages/shared', '-w', 'apps/api'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
