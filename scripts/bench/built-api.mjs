// Helpers for the bench scripts: they use the BUILT API (npm run build) so they measure what runs in production.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

export function ensureBuilt() {
  if (
    fs.existsSync(path.join(root, 'apps/api/dist/main.js')) &&
    fs.existsSync(path.join(root, 'apps/web/dist/index.html'))
  )
    return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Applies the API's migrations to the database at `url`. */
export async function migrateWithBuiltApi(url) {
  ensureBuilt();
  const { openDatabase } = require(path.join(root, 'apps/api/dist/database/migrate.js'));
  const dataSource = await openDatabase({ kind: 'postgres', url });
  await dataSource.destroy();
}
