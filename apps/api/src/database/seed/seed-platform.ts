import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/users/passwords';
import { sqlOne } from '../sql';
import { DEMO_PASSWORD } from './seed';

export const DEMO_COALITIONS = [
  {
    key: 'tcr',
    name: 'Techniek College Rotterdam',
    region: 'Rotterdam-Rijnmond',
    description: 'Albeda and Zadkine with the port, installation companies and Gemeente Rotterdam: technical talent for the energy transition in the port.',
    themes: ['energy transition', 'fossil → sustainable', 'installation technology'],
  },
  {
    key: 'zk',
    name: 'Zwolse Koers',
    region: 'Regio Zwolle',
    description: 'Deltion, Landstede and Windesheim with Zwolle employers: one learning route from mbo to hbo.',
    themes: ['lifelong learning', 'healthcare', 'technology'],
  },
  {
    key: 'civ',
    name: 'CIV Bio Sciences Leiden',
    region: 'Leiden Bio Science Park',
    description: 'mboRijnland with companies on the Leiden Bio Science Park, the park foundation and Gemeente Leiden: laboratory talent.',
    themes: ['life sciences', 'laboratory skills'],
  },
  {
    key: 'dna',
    name: 'DNA — Drenthe, Noord, Alfa',
    region: 'Noord-Nederland',
    description: 'Drenthe College, Noorderpoort and Alfa-college with Groningen Airport Eelde and northern SMEs.',
    themes: ['aviation', 'SME innovation', 'regional retention'],
  },
] as const;

export type DemoCoalitionKey = (typeof DEMO_COALITIONS)[number]['key'];

/** Coalitions and demo accounts. Returns coalition ids by key and user ids by e-mail. */
export async function seedPlatform(
  manager: EntityManager,
  _now: Date,
): Promise<{ coalitions: Record<DemoCoalitionKey, string>; users: Record<string, string> }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const coalitions = {} as Record<DemoCoalitionKey, string>;
  for (const c of DEMO_COALITIONS) {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO coalition (name, region, description, themes) VALUES ($1, $2, $3, $4) RETURNING id`,
      [c.name, c.region, c.description, JSON.stringify(c.themes)],
    );
    coalitions[c.key] = row!.id;
  }
  const users: Record<string, string> = {};
  const accounts: [string, string, boolean][] = [
    ['admin@regiokracht.demo', 'Installation Admin', true],
    ['coordinator@regiokracht.demo', 'Sanne de Vries', false],
    ['member@regiokracht.demo', 'Daan Bakker', false],
    ['viewer@regiokracht.demo', 'Lotte Jansen', false],
    ['partner@regiokracht.demo', 'Mark Visser', false],
  ];
  for (const [email, name, isAdmin] of accounts) {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, name, passwordHash, isAdmin],
    );
    users[email] = row!.id;
  }
  // The coordinator works in two coalitions, to show the coalition switcher.
  const memberships: [string, DemoCoalitionKey, string][] = [
    ['coordinator@regiokracht.demo', 'tcr', 'coordinator'],
    ['coordinator@regiokracht.demo', 'zk', 'coordinator'],
    ['member@regiokracht.demo', 'tcr', 'member'],
    ['viewer@regiokracht.demo', 'tcr', 'viewer'],
  ];
  for (const [email, key, role] of memberships) {
    await manager.query(`INSERT INTO membership (coalition_id, user_id, role) VALUES ($1, $2, $3)`, [coalitions[key], users[email], role]);
  }
  return { coalitions, users };
}
