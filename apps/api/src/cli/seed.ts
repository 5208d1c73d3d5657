import 'reflect-metadata';
import { loadConfig } from '../config';
import { lockDataDir } from '../database/data-dir-lock';
import { withDatabase } from '../database/migrate';
import { DEMO_LOGINS, seedDemo } from '../database/seed/seed';
import { sqlOne } from '../database/sql';

const USAGE = `Seeds the Regiokracht demo world into an empty database.

  node apps/api/dist/cli/seed.js [--now=<ISO 8601 instant>]

The database is DATABASE_URL (PostgreSQL) or else the PGlite folder REGIOKRACHT_DATA.
--now fixes the instant the two years of history lead up to (default: the current time);
the same --now always gives the same world, e.g. for screenshots.
`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => !a.startsWith('--now='));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown[0]}\n\n${USAGE}`);
    return 2;
  }
  const nowArg = args.find((a) => a.startsWith('--now='))?.slice('--now='.length);
  const now = nowArg ? new Date(nowArg) : new Date();
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now is not an ISO 8601 instant: ${nowArg}\n`);
    return 2;
  }

  const config = loadConfig();
  const db = config.database;
  const unlock = db.kind === 'pglite' && db.dataDir ? lockDataDir(db.dataDir) : () => undefined;
  try {
    return await withDatabase(db, async (dataSource) => {
      const existing = await sqlOne<{ count: string | number }>(
        dataSource.manager,
        'SELECT count(*) AS count FROM coalition',
      );
      if (Number(existing?.count ?? 0) > 0) {
        process.stderr.write(
          `The database already holds ${existing!.count} coalition(s); the demo world is only seeded into an ` +
            'empty database. Point DATABASE_URL or REGIOKRACHT_DATA at a new one.\n',
        );
        return 1;
      }
      const started = Date.now();
      const counts = await seedDemo(dataSource, now);
      const where =
        db.kind === 'postgres'
          ? 'PostgreSQL at DATABASE_URL'
          : `PGlite in ${db.dataDir ?? 'memory'}`;
      const lines = [
        `Seeded the demo world (as of ${now.toISOString()}) into ${where} in ${Date.now() - started} ms:`,
      ];
      for (const [name, c] of Object.entries(counts)) {
        lines.push(
          `  ${name}: ${c.organisations} organisations, ${c.people} people, ${c.interactions} interactions, ` +
            `${c.commitments} commitments, ${c.contributions} contributions, ${c.benefits} benefits, ` +
            `${c.actionItems} action items, ${c.initiatives} initiatives`,
        );
      }
      lines.push(`Demo logins (password for all: ${DEMO_LOGINS.password}):`);
      for (const u of DEMO_LOGINS.users) {
        lines.push(
          `  ${u.role.padEnd(12)} ${u.email.padEnd(30)} ${u.coalitions.join(', ')}`.trimEnd(),
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    });
  } finally {
    unlock();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
