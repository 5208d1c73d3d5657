import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One home per table: only the owning aggregate's repository writes it (INSERT, UPDATE, DELETE).
 * Services, the importer, handover completion, exports, the seed and test builders go through
 * that repository, so a rule on a table (versioning, audit, soft delete) has one place to live.
 *
 * The scan looks at SQL text in every source file and at the shared write helpers called with a
 * literal table (`insertRecords(manager, 'person', …)`, `{ table: 'person' }` for the versioned
 * and audited writes). Migrations are exempt: they define the tables.
 */

const API = join(__dirname, '..', '..');

/** Table → the repository (path under apps/api) that owns its writes. */
const OWNERS: Record<string, string> = {
  organisation: 'src/modules/organisations/organisations.repository.ts',
  person: 'src/modules/people/people.repository.ts',
  affiliation: 'src/modules/people/people.repository.ts',
  interaction: 'src/modules/interactions/interactions.repository.ts',
  interaction_organisation: 'src/modules/interactions/interactions.repository.ts',
  interaction_participant: 'src/modules/interactions/interactions.repository.ts',
  coalition: 'src/modules/coalitions/coalitions.repository.ts',
  commitment: 'src/modules/commitments/commitments.repository.ts',
  contribution: 'src/modules/contributions/contributions.repository.ts',
  benefit: 'src/modules/benefits/benefits.repository.ts',
  action_item: 'src/modules/action-items/action-items.repository.ts',
  initiative: 'src/modules/initiatives/initiatives.repository.ts',
  initiative_organisation: 'src/modules/initiatives/initiatives.repository.ts',
  handover: 'src/modules/handovers/handovers.repository.ts',
  handover_item: 'src/modules/handovers/handovers.repository.ts',
  membership: 'src/modules/members/members.repository.ts',
  invitation: 'src/modules/members/invitations.repository.ts',
  app_user: 'src/modules/users/users.repository.ts',
  session: 'src/modules/auth/sessions.repository.ts',
  password_reset: 'src/modules/auth/password-resets.repository.ts',
  notification: 'src/modules/notifications/notifications.repository.ts',
  digest_run: 'src/modules/notifications/notifications.repository.ts',
  digest_state: 'src/modules/notifications/notifications.repository.ts',
  import_job: 'src/modules/imports/imports.repository.ts',
  audit_event: 'src/common/audit/audit.service.ts',
  // Filled by triggers; only the insights cache purges it.
  coalition_change: 'src/modules/insights/cache/insights-cache.ts',
};

/**
 * Writes that still bypass the owner, while the modules move to their repositories. The list
 * only shrinks: an entry that no longer violates fails the test until it is removed.
 */
const KNOWN_VIOLATIONS: Record<string, readonly string[]> = {
  'src/cli/admin.ts': ['app_user'],
  'src/database/seed/seed-platform.ts': ['app_user', 'coalition', 'membership'],
  'src/database/seed/seed-world.ts': [
    'action_item',
    'benefit',
    'commitment',
    'contribution',
    'initiative',
    'initiative_organisation',
  ],
  'src/modules/auth/credentials.ts': ['session'],
  'src/modules/auth/sessions.service.ts': ['session'],
  'src/modules/commitments/support/references.ts': ['initiative'],
  'src/modules/handovers/completion/departing-person.step.ts': ['person'],
  'src/modules/handovers/completion/key-contacts.step.ts': ['person'],
  'src/modules/handovers/completion/organisations-owned.step.ts': ['organisation'],
  'src/modules/imports/imports.service.ts': ['import_job'],
  'src/modules/members/members.service.ts': ['membership'],
  'src/modules/notifications/digest.job.ts': ['digest_run'],
  'src/modules/notifications/digest.service.ts': ['digest_state', 'notification'],
  'src/modules/notifications/notifications.service.ts': ['app_user', 'notification'],
  'src/modules/users/users.service.ts': ['app_user'],
  'test/builders/delivery.builder.ts': ['initiative', 'organisation', 'person'],
  'test/builders/platform.builder.ts': ['app_user', 'coalition', 'membership'],
  'test/builders/random-history.ts': [
    'action_item',
    'benefit',
    'commitment',
    'contribution',
    'interaction',
    'interaction_organisation',
    'interaction_participant',
    'organisation',
    'person',
  ],
};

const TABLES = new Set(Object.keys(OWNERS));
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/gi;
const HELPER_WRITE =
  /\b(?:insertRecords|updateRecords|insertRows|updateReferences|insertRow|softDeleteRow|restoreRow)\(\s*[\w.]+,\s*'([a-z_]+)'/g;
const TABLE_OPTION = /\btable:\s*'([a-z_]+)'/g;
const BULK_WRITES = /\bTableBulkWrites\(\s*'([a-z_]+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Tables each file writes (SQL text or shared helpers with a literal table). */
export function writtenTables(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of [SQL_WRITE, HELPER_WRITE, TABLE_OPTION, BULK_WRITES]) {
    for (const match of source.matchAll(pattern)) {
      const table = match[1].toLowerCase();
      if (TABLES.has(table)) found.add(table);
    }
  }
  return [...found].sort();
}

function violations(): Record<string, string[]> {
  const files = [...sourceFiles(join(API, 'src')), ...sourceFiles(join(API, 'test', 'builders'))];
  const result: Record<string, string[]> = {};
  for (const path of files) {
    const file = relative(API, path).split('\\').join('/');
    const foreign = writtenTables(readFileSync(path, 'utf8')).filter((t) => OWNERS[t] !== file);
    if (foreign.length > 0) result[file] = foreign;
  }
  return result;
}

describe('table ownership', () => {
  const found = violations();

  it('knows an owner for every table the migrations create', () => {
    const dir = join(API, 'src', 'database', 'migrations');
    const created = new Set<string>();
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const m of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g))
        created.add(m[1]);
    }
    expect([...created].filter((t) => !TABLES.has(t))).toEqual([]);
  });

  it('lets only the owning repository write a table', () => {
    const unexpected = Object.entries(found).flatMap(([file, tables]) =>
      tables
        .filter((t) => !KNOWN_VIOLATIONS[file]?.includes(t))
        .map((t) => `${file} writes ${t} (owner: ${OWNERS[t]})`),
    );
    expect(unexpected).toEqual([]);
  });

  it('keeps the allowlist to writes that still happen (it only shrinks)', () => {
    const fixed = Object.entries(KNOWN_VIOLATIONS).flatMap(([file, tables]) =>
      tables
        .filter((t) => !found[file]?.includes(t))
        .map((t) => `${file} no longer writes ${t}: remove it from KNOWN_VIOLATIONS`),
    );
    expect(fixed).toEqual([]);
  });

  it('spots SQL text and helper calls', () => {
    expect(writtenTables('`UPDATE person SET name = $1`')).toEqual(['person']);
    expect(writtenTables(`insertRecords(manager, 'benefit', id, COLUMNS, rows)`)).toEqual([
      'benefit',
    ]);
    expect(writtenTables(`{ table: 'commitment', id }`)).toEqual(['commitment']);
    expect(writtenTables('SELECT 1 FROM person FOR UPDATE')).toEqual([]);
  });
});
