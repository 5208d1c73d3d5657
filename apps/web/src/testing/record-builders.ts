import type {
  AttentionItemDto,
  CommitmentDto,
  DashboardDto,
  DepartureDto,
  InteractionDto,
  OrganisationDto,
  OrganisationInsightDto,
  OrganisationInsightsPage,
  Page,
  PersonDetailDto,
  PersonDto,
} from '@regiokracht/shared';

// Deterministic defaults for the organisation, people and dashboard pages; a test names only
// what it is about.

const SETTINGS = {
  halfLifeDays: 60,
  coolingDays: 60,
  dormantDays: 120,
  coolingRatio: 0.35,
  dormantRatio: 0.1,
};

export function page<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 50, ...overrides };
}

export function buildOrganisation(overrides: Partial<OrganisationDto> = {}): OrganisationDto {
  return {
    id: 'org-1',
    name: 'Van der Linden Installatietechniek',
    kind: 'company',
    sizeClass: 'medium',
    sector: 'Installatietechniek',
    city: 'Rotterdam',
    website: 'www.vanderlinden.example',
    status: 'active',
    joinedOn: '2024-03-01',
    leftOn: null,
    interests: 'Vakmensen voor de energietransitie',
    relationshipOwnerId: 'staff-1',
    relationshipOwnerName: 'Sanne de Vries',
    externalId: null,
    version: 3,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function buildPerson(overrides: Partial<PersonDto> = {}): PersonDto {
  return {
    id: 'person-1',
    name: 'Henk Smits',
    email: 'henk.smits@albeda.example',
    phone: null,
    organisationId: 'org-1',
    organisationName: 'Van der Linden Installatietechniek',
    role: 'Docent installatietechniek',
    layer: 'operational',
    isKeyContact: true,
    status: 'active',
    leavingOn: null,
    leftOn: null,
    successorId: null,
    successorName: null,
    notes: null,
    externalId: null,
    version: 2,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function buildPersonDetail(overrides: Partial<PersonDetailDto> = {}): PersonDetailDto {
  return {
    ...buildPerson(),
    affiliations: [
      {
        organisationId: 'org-1',
        organisationName: 'Van der Linden Installatietechniek',
        role: 'Docent installatietechniek',
        startedOn: '2010-08-01',
        endedOn: null,
      },
    ],
    ...overrides,
  };
}

export function buildInsight(
  overrides: Partial<OrganisationInsightDto> = {},
): OrganisationInsightDto {
  return {
    organisationId: 'org-1',
    name: 'Van der Linden Installatietechniek',
    kind: 'company',
    status: 'active',
    engagement: {
      score: 6.5,
      peak: 10,
      index: 65,
      daysSinceLastInteraction: 12,
      health: 'engaged',
    },
    succession: { level: 'low', score: 0, factors: [] },
    series: Array.from({ length: 12 }, (_, i) => ({
      at: `2025-${String(i + 1).padStart(2, '0')}-01T00:00:00.000Z`,
      score: 4 + (i % 4),
    })),
    ...overrides,
  };
}

export function insightsPage(items: OrganisationInsightDto[]): OrganisationInsightsPage {
  return {
    ...page(items, { pageSize: 200 }),
    asOf: '2025-12-01T09:00:00.000Z',
    settings: SETTINGS,
  };
}

export function buildInteraction(overrides: Partial<InteractionDto> = {}): InteractionDto {
  return {
    id: 'interaction-1',
    occurredAt: '2025-11-20T10:00:00.000Z',
    kind: 'meeting',
    initiatedBy: 'coalition',
    summary: 'Stageplaatsen volgend schooljaar',
    organisationIds: ['org-1'],
    participantIds: ['person-1'],
    loggedById: 'user-1',
    loggedByName: 'Anouk de Vries',
    externalId: null,
    version: 1,
    createdAt: '2025-11-20T10:00:00.000Z',
    updatedAt: '2025-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function buildCommitment(overrides: Partial<CommitmentDto> = {}): CommitmentDto {
  return {
    id: 'commitment-1',
    organisationId: 'org-1',
    organisationName: 'Van der Linden Installatietechniek',
    contactId: 'person-1',
    contactName: 'Henk Smits',
    kind: 'internships',
    description: 'Stageplaatsen BOL niveau 3 en 4',
    quantity: 20,
    unit: 'places',
    unitValueEur: 2500,
    startsOn: '2025-02-01',
    endsOn: '2027-02-01',
    status: 'active',
    initiativeId: null,
    deliveredQuantity: 8,
    pledgedValueEur: 50000,
    deliveredValueEur: 20000,
    version: 1,
    createdAt: '2025-02-01T09:00:00.000Z',
    updatedAt: '2025-02-01T09:00:00.000Z',
    ...overrides,
  };
}

export function buildDeparture(overrides: Partial<DepartureDto> = {}): DepartureDto {
  return {
    person: {
      id: 'person-1',
      name: 'Henk Smits',
      status: 'leaving',
      organisationId: 'org-albeda',
      organisationName: 'Albeda',
      leavingOn: '2026-01-27',
      leftOn: null,
      successor: null,
    },
    daysUntilLeaving: 57,
    holds: {
      actionItems: [],
      organisations: [
        { id: 'org-1', name: 'Van der Linden Installatietechniek' },
        { id: 'org-2', name: 'Koudijs Klimaattechniek' },
        { id: 'org-3', name: 'Maasvlakte Havenservice' },
      ],
      commitments: [],
      initiatives: [],
      keyContactOf: [{ id: 'org-albeda', name: 'Albeda' }],
    },
    ...overrides,
  };
}

export function buildAttentionItem(overrides: Partial<AttentionItemDto> = {}): AttentionItemDto {
  return {
    organisationId: 'org-albeda',
    name: 'Albeda',
    risk: 'high',
    riskScore: 35,
    health: 'engaged',
    engagementIndex: 80,
    daysSinceLastInteraction: 8,
    overdueActionItems: 0,
    reasons: [
      {
        kind: 'succession',
        code: 'key_contact_leaving',
        message: 'Key contact leaving without a successor: Henk Smits',
      },
    ],
    ...overrides,
  };
}

export function buildDashboard(overrides: Partial<DashboardDto> = {}): DashboardDto {
  return {
    asOf: '2025-12-01T09:00:00.000Z',
    settings: SETTINGS,
    organisations: {
      total: 25,
      byHealth: { engaged: 20, cooling: 2, dormant: 3, no_contact: 0 },
      byRisk: { low: 8, medium: 12, high: 5 },
    },
    actionItems: { open: 24, overdue: 8, unowned: 5, orphaned: 7 },
    commitments: { byStatus: [], pledgedValueEur: 800000, deliveredValueEur: 300000 },
    departures: [buildDeparture()],
    needsAttention: { total: 1, items: [buildAttentionItem()] },
    ...overrides,
  };
}
