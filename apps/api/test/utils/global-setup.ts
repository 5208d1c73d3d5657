import { Client } from 'pg';

/**
 * Removes databases left behind by an interrupted run against TEST_DATABASE_URL: those whose
 * creating process is gone. Runs in parallel (several jest runs on one server) keep theirs.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'rk_test_%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(/^rk_test_(\d+)_/.exec(datname)?.[1]);
      if (pid && isAlive(pid)) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
