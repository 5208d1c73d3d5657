import type {
  ActionItemDto,
  CommitmentDto,
  FairShareDto,
  MemberDto,
  PersonDto,
  PersonHoldingsDto,
  ResponsibilitiesDto,
} from '@regiokracht/shared';
import { buildCommitment, buildPerson } from './record-builders';

// Deterministic defaults for the action items, commitments, responsibilities and settings pages;
// a test names only what it is about. People and commitments start from the record builders.

export { page as pageOf } from './record-builders';

export function buildActionItem(overrides: Partial<ActionItemDto> = {}): ActionItemDto {
  return {
    id: 'item-1',
    title: 'Convenant laten tekenen',
    description: null,
    ownerId: null,
    ownerName: null,
    ownerStatus: null,
    organisationId: 'org-1',
    organisationName: 'Deltalinqs',
    initiativeId: null,
    dueOn: '2030-01-15',
    status: 'open',
    priority: 'normal',
    completedAt: null,
    version: 3,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function buildStaffPerson(overrides: Partial<PersonDto> = {}): PersonDto {
  return buildPerson({
    id: 'person-daan',
    name: 'Daan Bakker',
    email: 'daan@regiokracht.example',
    organisationId: null,
    organisationName: null,
    role: 'Projectleider',
    isKeyContact: false,
    version: 1,
    ...overrides,
  });
}

export function buildCommitmentRow(overrides: Partial<CommitmentDto> = {}): CommitmentDto {
  return buildCommitment({
    organisationName: 'Rijnmond Installatiegroep',
    contactName: 'Mark Visser',
    description: 'BOL-stageplaatsen',
    quantity: 10,
    startsOn: '2025-09-01',
    endsOn: '2026-07-01',
    deliveredQuantity: 4,
    pledgedValueEur: 25000,
    deliveredValueEur: 10000,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  });
}

export function buildFairShare(overrides: Partial<FairShareDto> = {}): FairShareDto {
  return {
    from: '2025-01-02',
    to: '2026-01-01',
    totalDeliveredValueEur: 30000,
    companies: [
      {
        organisationId: 'org-1',
        name: 'Rijnmond Installatiegroep',
        sizeClass: 'large',
        deliveredValueEur: 20000,
        index: 1.33,
      },
      {
        organisationId: 'org-2',
        name: 'Pernis Energie & Utilities',
        sizeClass: 'medium',
        deliveredValueEur: 0,
        index: 0,
      },
      {
        organisationId: 'org-3',
        name: 'Nieuw Bedrijf',
        sizeClass: null,
        deliveredValueEur: 0,
        index: null,
      },
    ],
    ...overrides,
  };
}

export function buildHoldings(overrides: Partial<PersonHoldingsDto> = {}): PersonHoldingsDto {
  return {
    person: {
      id: 'person-henk',
      name: 'Henk Smits',
      status: 'leaving',
      organisationId: 'org-albeda',
      organisationName: 'Albeda',
      leavingOn: '2030-02-01',
      leftOn: null,
      successor: null,
    },
    holds: {
      actionItems: [
        {
          id: 'item-9',
          title: 'Stageplekken warmtepompen vullen',
          status: 'open',
          priority: 'high',
          dueOn: '2030-01-10',
          organisationId: 'org-1',
          organisationName: 'Koudijs Klimaattechniek',
        },
      ],
      organisations: [
        { id: 'org-1', name: 'Koudijs Klimaattechniek' },
        { id: 'org-2', name: 'Van der Linden Installatietechniek' },
      ],
      commitments: [],
      initiatives: [{ id: 'init-1', name: 'Warmtepomp-leerwerkplaats', phase: 'pilot' }],
      keyContactOf: [{ id: 'org-albeda', name: 'Albeda' }],
    },
    total: 5,
    ...overrides,
  };
}

export function buildResponsibilities(
  overrides: Partial<ResponsibilitiesDto> = {},
): ResponsibilitiesDto {
  return {
    people: [
      buildHoldings(),
      buildHoldings({
        person: {
          id: 'person-sanne',
          name: 'Sanne de Vries',
          status: 'active',
          organisationId: null,
          organisationName: null,
          leavingOn: null,
          leftOn: null,
          successor: null,
        },
        holds: {
          actionItems: [],
          organisations: [{ id: 'org-3', name: 'Deltalinqs' }],
          commitments: [],
          initiatives: [],
          keyContactOf: [],
        },
        total: 1,
      }),
    ],
    unowned: {
      actionItems: [
        {
          id: 'item-u',
          title: 'Gastlessenrooster voorjaar vullen',
          status: 'open',
          priority: 'normal',
          dueOn: null,
          organisationId: null,
          organisationName: null,
        },
      ],
      organisations: [],
      commitments: [],
      initiatives: [],
    },
    ...overrides,
  };
}

export function buildMember(overrides: Partial<MemberDto> = {}): MemberDto {
  return {
    id: 'member-1',
    userId: 'user-2',
    email: 'daan@regiokracht.example',
    name: 'Daan Bakker',
    role: 'member',
    organisationId: null,
    version: 2,
    createdAt: '2025-02-01T09:00:00.000Z',
    ...overrides,
  };
}

/** The JSON body a fetch mock received. */
export function jsonBody<T = Record<string, unknown>>(init: RequestInit | undefined): T {
  return JSON.parse(typeof init?.body === 'string' ? init.body : 'null') as T;
}

/** The address of a call a fetch mock received. */
export function requestUrl(input: RequestInfo | URL): URL {
  const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
  return new URL(href, window.location.origin);
}
