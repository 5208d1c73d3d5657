import type { Role } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/users/passwords';
import { sqlOne } from '../sql';
import { DEMO_STORY } from './demo-story';
import { insertRows } from '../../common/db/bulk-writes';

export const DEMO_PASSWORD = 'regiokracht-demo';

export const DEMO_COALITIONS = [
  {
    key: 'tcr',
    name: DEMO_STORY.coalition,
    region: 'Rotterdam-Rijnmond',
    description:
      'Albeda en Zadkine met de haven, installatiebedrijven en de Gemeente Rotterdam: technisch talent voor de energietransitie in de haven.',
    themes: ['energietransitie', 'van fossiel naar duurzaam', 'installatietechniek'],
  },
  {
    key: 'zk',
    name: 'Zwolse Koers',
    region: 'Regio Zwolle',
    description:
      'Deltion, Landstede en Windesheim met werkgevers uit de regio Zwolle: één leerroute van mbo naar hbo.',
    themes: ['leven lang ontwikkelen', 'zorg', 'techniek'],
  },
  {
    key: 'civ',
    name: 'CIV Bio Sciences Leiden',
    region: 'Leiden Bio Science Park',
    description:
      'mboRijnland met bedrijven op het Leiden Bio Science Park, de parkstichting en de Gemeente Leiden: talent voor het laboratorium.',
    themes: ['life sciences', 'laboratoriumvaardigheden'],
  },
  {
    key: 'dna',
    name: 'DNA — Drenthe, Noord, Alfa',
    region: 'Noord-Nederland',
    description:
      'Drenthe College, Noorderpoort en Alfa-college met Groningen Airport Eelde en het noordelijke mkb.',
    themes: ['luchtvaart', 'innovatie in het mkb', 'talent behouden in de regio'],
  },
] as const;

export type DemoCoalitionKey = (typeof DEMO_COALITIONS)[number]['key'];

export interface DemoAccount {
  email: string;
  /** The person of the same name and e-mail in each of their coalitions ("my items"). */
  name: string;
  isAdmin: boolean;
  memberships: { coalition: DemoCoalitionKey; role: Role; organisation?: string }[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@regiokracht.demo', name: 'Installation Admin', isAdmin: true, memberships: [] },
  {
    email: 'coordinator@regiokracht.demo',
    name: 'Sanne de Vries',
    isAdmin: false,
    // Coordinating two coalitions shows the coalition switcher.
    memberships: [
      { coalition: 'tcr', role: 'coordinator' },
      { coalition: 'zk', role: 'coordinator' },
    ],
  },
  {
    email: 'member@regiokracht.demo',
    name: 'Daan Bakker',
    isAdmin: false,
    memberships: [{ coalition: 'tcr', role: 'member' }],
  },
  {
    email: 'viewer@regiokracht.demo',
    name: 'Lotte Jansen',
    isAdmin: false,
    memberships: [{ coalition: 'tcr', role: 'viewer' }],
  },
  {
    email: 'partner@regiokracht.demo',
    name: 'Mark Visser',
    isAdmin: false,
    memberships: [{ coalition: 'tcr', role: 'partner', organisation: DEMO_STORY.partnerCompany }],
  },
];

export interface SeededPlatform {
  coalitions: Record<DemoCoalitionKey, string>;
  users: Record<string, string>;
}

/** Coalitions and demo accounts. Returns coalition ids by key and user ids by e-mail. */
export async function seedPlatform(manager: EntityManager): Promise<SeededPlatform> {
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
  for (const account of DEMO_ACCOUNTS) {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
      [account.email, account.name, passwordHash, account.isAdmin],
    );
    users[account.email] = row!.id;
  }
  return { coalitions, users };
}

/** Memberships, once the organisations a partner is bound to exist. */
export async function seedMemberships(
  manager: EntityManager,
  platform: SeededPlatform,
  organisationIds: Record<DemoCoalitionKey, Map<string, string>>,
): Promise<void> {
  const rows = DEMO_ACCOUNTS.flatMap((account) =>
    account.memberships.map((m) => {
      const organisationId = m.organisation
        ? organisationIds[m.coalition].get(m.organisation)
        : null;
      if (organisationId === undefined)
        throw new Error(`No organisation ${m.organisation} for ${account.email}`);
      return [
        platform.coalitions[m.coalition],
        platform.users[account.email],
        m.role,
        organisationId,
      ];
    }),
  );
  await insertRows(
    manager,
    'membership',
    ['coalition_id', 'user_id', 'role', 'organisation_id'],
    rows,
  );
}
