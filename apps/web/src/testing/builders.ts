import type { CoalitionDto, MembershipDto, SessionResponse, UserDto } from '@regiokracht/shared';

// Deterministic defaults; a test names only what it is about.

export function buildUser(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: 'user-1',
    email: 'anouk@techniekcollege.nl',
    name: 'Anouk de Vries',
    isAdmin: false,
    personId: null,
    ...overrides,
  };
}

export function buildMembership(overrides: Partial<MembershipDto> = {}): MembershipDto {
  return {
    coalitionId: 'coalition-rotterdam',
    coalitionName: 'Techniek College Rotterdam',
    role: 'coordinator',
    organisationId: null,
    ...overrides,
  };
}

export function buildSession(overrides: Partial<SessionResponse> = {}): SessionResponse {
  return { user: buildUser(), memberships: [buildMembership()], ...overrides };
}

export function buildCoalition(overrides: Partial<CoalitionDto> = {}): CoalitionDto {
  return {
    id: 'coalition-rotterdam',
    name: 'Techniek College Rotterdam',
    region: 'Rijnmond',
    description: null,
    themes: ['energy transition'],
    settings: {
      halfLifeDays: 60,
      coolingDays: 60,
      dormantDays: 120,
      coolingRatio: 0.35,
      dormantRatio: 0.1,
    },
    version: 1,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    myRole: 'coordinator',
    ...overrides,
  };
}
