import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from '../config';
import { lockDataDir } from '../database/data-dir-lock';
import { withDatabase } from '../database/migrate';
import { sqlOne } from '../database/sql';
import { endOtherCredentials } from '../modules/auth/credentials';
import { passwordProblem } from '../modules/users/password-policy';
import { hashPassword } from '../modules/users/passwords';

const USAGE = `Manages installation admins of Regiokracht (they create coalitions and their first coordinator).

  npm run admin -- create --email <e-mail> --password <password> [--name <name>]

create   makes the account an installation admin: a new account is created; an existing one (same
         e-mail, any case) is promoted, gets the new password and is signed out everywhere.

The database is DATABASE_URL (PostgreSQL) or else the PGlite folder REGIOKRACHT_DATA; stop a
running Regiokracht on that folder first. Exit codes: 0 done, 1 failed, 2 wrong usage.
`;

/** Same shape as the database's check plus a dot in the domain: a typo should not become an admin. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AdminCliContext {
  config?: AppConfig;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

class UsageError extends Error {}

interface CreateInput {
  email: string;
  password: string;
  name: string | undefined;
}

function parseCreate(args: string[]): CreateInput {
  let values: { email?: string; password?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const email = values.email?.trim() ?? '';
  const password = values.password ?? '';
  if (!email) throw new UsageError('--email is required');
  if (!EMAIL.test(email) || email.length > 320)
    throw new UsageError(`--email is not an e-mail address: ${email}`);
  if (!values.password) throw new UsageError('--password is required');
  // The same policy as every password set through the API.
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(`--password ${problem}`);
  const name = values.name?.trim();
  if (values.name !== undefined && !name) throw new UsageError('--name must not be empty');
  if (name && name.length > 200) throw new UsageError('--name must be at most 200 characters');
  return { email, password, name };
}

/** Creates the admin, or promotes the existing account; returns what happened, for the operator. */
async function createAdmin(dataSource: DataSource, input: CreateInput): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (manager) => {
    const existing = await sqlOne<{ id: string; email: string; is_admin: boolean }>(
      manager,
      'SELECT id, email, is_admin FROM app_user WHERE lower(email) = lower($1) FOR UPDATE',
      [input.email],
    );
    if (!existing) {
      const created = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, $2, $3, true) RETURNING id`,
        [input.email, input.name ?? input.email.split('@')[0], passwordHash],
      );
      return `Created installation admin ${input.email} (user ${created!.id}).`;
    }
    await manager.query(
      `UPDATE app_user SET is_admin = true, password_hash = $2, name = COALESCE($3, name),
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [existing.id, passwordHash, input.name ?? null],
    );
    // The password was reset: sessions opened with the old one must not outlive it, and no
    // invitation or reset link handed out before may set another one.
    await endOtherCredentials(manager, existing.id, new Date());
    const what = existing.is_admin
      ? 'is already an installation admin; its password was reset'
      : 'is now an installation admin';
    return `${existing.email} ${what} and it was signed out everywhere (user ${existing.id}).`;
  });
}

/** Runs the admin command line; returns the exit code. */
export async function runAdminCli(argv: string[], context: AdminCliContext = {}): Promise<number> {
  const out = context.out ?? ((text: string) => process.stdout.write(text));
  const err = context.err ?? ((text: string) => process.stderr.write(text));
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? err : out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'create') {
    err(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  let input: CreateInput;
  try {
    input = parseCreate(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${error.message}\n\n${USAGE}`);
    return 2;
  }

  const config = context.config ?? loadConfig();
  const db = config.database;
  let unlock = () => undefined as void;
  try {
    if (db.kind === 'pglite' && db.dataDir) unlock = lockDataDir(db.dataDir);
    out(`${await withDatabase(db, (dataSource) => createAdmin(dataSource, input))}\n`);
    return 0;
  } catch (error) {
    const where =
      db.kind === 'postgres'
        ? 'PostgreSQL at DATABASE_URL'
        : `the PGlite folder ${db.dataDir ?? '(memory)'}`;
    err(
      `Could not create the admin in ${where}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.DEBUG && error instanceof Error) err(`${error.stack}\n`);
    return 1;
  } finally {
    unlock();
  }
}

if (require.main === module) {
  runAdminCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `The admin command failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
