import type {
  PersonDto,
  PortalCommitmentDto,
  PortalComparisonDto,
  PortalDto,
} from '@regiokracht/shared';
import { buildPerson } from './record-builders';

// Deterministic defaults for the partner portal; a test names only what it is about.

export function buildPortalCommitment(
  overrides: Partial<PortalCommitmentDto> = {},
): PortalCommitmentDto {
  return {
    id: 'commitment-1',
    kind: 'guest_lectures',
    description: 'Gastlessen warmtepompen',
    status: 'active',
    unit: 'sessions',
    quantity: 10,
    deliveredQuantity: 8,
    pledgedValueEur: 3000,
    deliveredValueEur: 2400,
    startsOn: '2026-02-01',
    endsOn: '2027-02-01',
    ...overrides,
  };
}

const quartiles = (p25: number, median: number, p75: number, count = 6) => ({
  withheld: false as const,
  count,
  p25,
  median,
  p75,
});

const withheld = (count: number) => ({
  withheld: true as const,
  count,
  reason: `Withheld to keep other organisations anonymous: it would cover ${count}, at least 3 are needed.`,
});

export function buildComparison(): PortalComparisonDto[] {
  return [
    {
      sizeClass: 'micro',
      yours: false,
      deliveredValueEur: withheld(2),
      fairShareIndex: withheld(2),
    },
    {
      sizeClass: 'small',
      yours: false,
      deliveredValueEur: quartiles(2915, 5000, 5750),
      fairShareIndex: quartiles(1.18, 2.02, 2.33),
    },
    {
      sizeClass: 'medium',
      yours: true,
      deliveredValueEur: quartiles(3065, 4847.5, 6108.75),
      fairShareIndex: quartiles(0.62, 0.98, 1.24),
    },
    {
      sizeClass: 'large',
      yours: false,
      deliveredValueEur: quartiles(0, 0, 125, 3),
      fairShareIndex: quartiles(0, 0, 0.02, 3),
    },
  ];
}

export function buildPortal(overrides: Partial<PortalDto> = {}): PortalDto {
  return {
    organisation: {
      id: 'org-own',
      name: 'Rijnmond Installatiegroep',
      kind: 'company',
      sizeClass: 'medium',
      status: 'active',
    },
    period: { from: '2025-11-29', to: '2026-11-28' },
    commitments: [
      buildPortalCommitment(),
      buildPortalCommitment({
        id: 'commitment-2',
        kind: 'facilities',
        description: 'Opleidingshal voor examens',
        status: 'proposed',
        quantity: 6,
        deliveredQuantity: 0,
        pledgedValueEur: 4800,
        deliveredValueEur: 0,
      }),
    ],
    benefits: [
      { id: 'b1', kind: 'hire', quantity: 1, receivedOn: '2026-07-31', note: null },
      { id: 'b2', kind: 'intern_placed', quantity: 4, receivedOn: '2026-08-25', note: null },
      { id: 'b3', kind: 'intern_placed', quantity: 3, receivedOn: '2026-02-26', note: null },
    ],
    fairShare: { deliveredValueEur: 17495, index: 3.54, indexWithheld: null },
    actionItems: [
      {
        id: 'a1',
        title: 'Stageplaatsen tweede semester doorgeven',
        status: 'open',
        priority: 'normal',
        dueOn: '2026-12-18',
        ownerName: 'Mark Visser',
        owned: true,
      },
    ],
    comparison: buildComparison(),
    ...overrides,
  };
}

export function buildContact(overrides: Partial<PersonDto> = {}): PersonDto {
  return buildPerson({
    id: 'person-mark',
    name: 'Mark Visser',
    email: 'partner@regiokracht.demo',
    organisationId: 'org-own',
    organisationName: 'Rijnmond Installatiegroep',
    role: 'HR-manager',
    layer: 'management',
    version: 1,
    createdAt: '2024-09-19T08:00:00.000Z',
    updatedAt: '2024-09-19T08:00:00.000Z',
    ...overrides,
  });
}
