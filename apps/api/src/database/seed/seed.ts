import type { DataSource } from 'typeorm';
import { sqlOne } from '../sql';
import {
  DEMO_ACCOUNTS,
  DEMO_COALITIONS,
  DEMO_PASSWORD,
  seedMemberships,
  seedPlatform,
  type DemoCoalitionKey,
} from './seed-platform';
import { SeedTime } from './seed-time';
import { buildWorld, writeWorld } from './seed-world';

export { DEMO_PASSWORD } from './seed-platform';
export { DEMO_STORY } from './demo-story';

const coalitionName = (key: DemoCoalitionKey) => DEMO_COALITIONS.find((c) => c.key === key)!.name;

/** The demo accounts printed at start and listed in the README, with the coalitions they see. */
export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  users: DEMO_ACCOUNTS.map((account) => ({
    role: account.isAdmin ? 'admin' : account.memberships[0].role,
    email: account.email,
    name: account.name,
    /** The coalition the login opens in; null for the installation admin. */
    coalition:
      account.memberships.length > 0 ? coalitionName(account.memberships[0].coalition) : null,
    /** Every coalition the login is a member of. */
    coalitions: account.memberships.map((m) => coalitionName(m.coalition)),
  })),
};

export interface DemoWorldCounts {
  organisations: number;
  people: number;
  interactions: number;
  commitments: number;
  contributions: number;
  benefits: number;
  actionItems: number;
  initiatives: number;
}

/** Seeds the demo world when the database holds no coalition yet; answers whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource, now = new Date()): Promise<boolean> {
  const any = await sqlOne(dataSource.manager, 'SELECT 1 FROM coalition LIMIT 1');
  if (any) return false;
  await seedDemo(dataSource, now);
  return true;
}

/**
 * The whole demo world in one transaction. Everything is counted from `now` and drawn from seeded
 * randomness, so the same `now` gives the same world (only the generated ids differ).
 */
export async function seedDemo(
  dataSource: DataSource,
  now = new Date(),
): Promise<Record<string, DemoWorldCounts>> {
  const time = new SeedTime(now);
  return dataSource.transaction(async (manager) => {
    const platform = await seedPlatform(manager);
    const organisationIds = {} as Record<DemoCoalitionKey, Map<string, string>>;
    const counts: Record<string, DemoWorldCounts> = {};
    for (const coalition of DEMO_COALITIONS) {
      // Interactions are logged by the coalition's staff users, where it has any.
      const loggers = DEMO_ACCOUNTS.filter((a) =>
        a.memberships.some(
          (m) => m.coalition === coalition.key && (m.role === 'coordinator' || m.role === 'member'),
        ),
      ).map((a) => platform.users[a.email]);
      const world = buildWorld(coalition.key, time, loggers);
      await writeWorld(manager, platform.coalitions[coalition.key], world);
      organisationIds[coalition.key] = new Map(world.organisations.map((o) => [o.name, o.id]));
      counts[coalition.name] = {
        organisations: world.organisations.length,
        people: world.people.length,
        interactions: world.interactions.length,
        commitments: world.commitments.length,
        contributions: world.contributions.length,
        benefits: world.benefits.length,
        actionItems: world.actionItems.length,
        initiatives: world.initiatives.length,
      };
    }
    await seedMemberships(manager, platform, organisationIds);
    return counts;
  });
}
