import type { DataSource } from 'typeorm';
import { sqlOne } from '../sql';
import { seedPlatform } from './seed-platform';

export const DEMO_PASSWORD = 'regiokracht-demo';

/** The demo accounts printed at start and listed in the README. */
export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  users: [
    { role: 'admin', email: 'admin@regiokracht.demo' },
    { role: 'coordinator', email: 'coordinator@regiokracht.demo' },
    { role: 'member', email: 'member@regiokracht.demo' },
    { role: 'viewer', email: 'viewer@regiokracht.demo' },
    { role: 'partner', email: 'partner@regiokracht.demo' },
  ],
};

/** Seeds the demo world when the database holds no coalition yet; answers whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource, now = new Date()): Promise<boolean> {
  const any = await sqlOne(dataSource.manager, 'SELECT 1 FROM coalition LIMIT 1');
  if (any) return false;
  await seedDemo(dataSource, now);
  return true;
}

/** The whole demo world in one transaction, deterministic for a given `now`. */
export async function seedDemo(dataSource: DataSource, now = new Date()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedPlatform(manager, now);
  });
}
