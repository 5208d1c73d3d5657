import {
  succession,
  type SuccessionActionItem,
  type SuccessionInput,
  type SuccessionInteraction,
  type SuccessionPerson,
} from './succession';

const AS_OF = '2026-06-30T12:00:00.000Z';

function person(id: string, overrides: Partial<SuccessionPerson> = {}): SuccessionPerson {
  return {
    id,
    organisationId: 'org',
    status: 'active',
    isKeyContact: false,
    successorId: null,
    leftOn: null,
    ...overrides,
  };
}

const owner = person('owner', { organisationId: 'school' });

function interaction(occurredAt: string, ...participantIds: string[]): SuccessionInteraction {
  return { occurredAt, participantIds };
}

/** Two balanced active contacts and an active owner: no risk until a test adds one. */
function input(overrides: Partial<SuccessionInput> = {}): SuccessionInput {
  return {
    people: [owner, person('a'), person('b')],
    interactions: [
      interaction('2026-06-20T12:00:00.000Z', 'a'),
      interaction('2026-06-10T12:00:00.000Z', 'b'),
    ],
    actionItems: [],
    org: { id: 'org', relationshipOwnerId: 'owner' },
    asOf: AS_OF,
    ...overrides,
  };
}

const codes = (i: SuccessionInput) => succession(i).factors.map((f) => f.code);

describe('succession', () => {
  it('is low without any factor', () => {
    expect(succession(input())).toEqual({ level: 'low', score: 0, factors: [] });
  });

  it('says who causes each factor and what it weighs', () => {
    const result = succession(
      input({
        people: [owner, person('a', { status: 'leaving', isKeyContact: true }), person('b')],
      }),
    );
    expect(result.factors).toEqual([
      { code: 'key_contact_leaving', points: 35, personIds: ['a'] },
      { code: 'single_contact', points: 20, personIds: ['b'] },
    ]);
  });

  it('caps the score at 100 and lists factors in the documented order', () => {
    const actionItems: SuccessionActionItem[] = [{ id: 'task', status: 'blocked', ownerId: null }];
    const result = succession(
      input({
        people: [
          person('owner', { organisationId: 'school', status: 'left', leftOn: '2026-01-01' }),
          person('a', { status: 'leaving', isKeyContact: true }),
        ],
        actionItems,
      }),
    );
    expect(result.factors.map((f) => f.code)).toEqual([
      'no_contact',
      'key_contact_leaving',
      'owner_leaving',
      'orphaned_actions',
    ]);
    expect(result.score).toBe(100); // 40 + 35 + 25 + 10 = 110
    expect(result.level).toBe('high');
  });

  it('names the orphaned action items and their former owners', () => {
    const result = succession(
      input({
        people: [...input().people, person('x', { organisationId: 'school', status: 'left' })],
        actionItems: [
          { id: 'one', status: 'open', ownerId: 'x' },
          { id: 'two', status: 'in_progress', ownerId: null },
          { id: 'three', status: 'dropped', ownerId: null },
          { id: 'four', status: 'open', ownerId: 'owner' },
        ],
      }),
    );
    expect(result.factors).toEqual([
      { code: 'orphaned_actions', points: 10, personIds: ['x'], actionItemIds: ['one', 'two'] },
    ]);
  });

  it('treats an owner missing from the people as not active', () => {
    expect(codes(input({ org: { id: 'org', relationshipOwnerId: 'gone' } }))).toEqual([
      'owner_leaving',
    ]);
    expect(codes(input({ actionItems: [{ status: 'open', ownerId: 'gone' }] }))).toEqual([
      'orphaned_actions',
    ]);
  });

  it('does not flag an organisation that never had a relationship owner', () => {
    expect(codes(input({ org: { id: 'org', relationshipOwnerId: null } }))).toEqual([]);
  });

  it('ignores a key contact who left before the window', () => {
    const people = [
      owner,
      person('a'),
      person('b'),
      person('k', { status: 'left', isKeyContact: true, leftOn: '2025-06-30T12:00:00.000Z' }),
    ];
    expect(codes(input({ people }))).toEqual([]);
  });

  it('flags a key contact who left inside the window, up to asOf', () => {
    const leftOn = (at: string) => [
      owner,
      person('a'),
      person('b'),
      person('k', { status: 'left', isKeyContact: true, leftOn: at }),
    ];
    expect(codes(input({ people: leftOn('2025-06-30T12:00:00.001Z') }))).toEqual([
      'key_contact_left',
    ]);
    expect(codes(input({ people: leftOn(AS_OF) }))).toEqual(['key_contact_left']);
  });

  it('counts only interactions inside the window towards a share', () => {
    const old = Array.from({ length: 5 }, () => interaction('2025-01-01T00:00:00.000Z', 'a'));
    const people = [owner, person('a', { status: 'leaving' }), person('b'), person('c')];
    const recent = [
      interaction('2026-06-20T12:00:00.000Z', 'b'),
      interaction('2026-06-10T12:00:00.000Z', 'c'),
      interaction('2026-06-01T12:00:00.000Z', 'b', 'c'),
    ];
    expect(codes(input({ people, interactions: [...old, ...recent] }))).toEqual([]);
  });

  it('ignores interactions after asOf', () => {
    const future = Array.from({ length: 5 }, () => interaction('2026-07-01T00:00:00.000Z', 'a'));
    expect(codes(input({ interactions: [...input().interactions, ...future] }))).toEqual([]);
  });

  it('counts a person listed twice on one interaction once', () => {
    const interactions = [
      interaction('2026-06-20T12:00:00.000Z', 'a', 'a'),
      interaction('2026-06-10T12:00:00.000Z', 'b'),
      interaction('2026-06-01T12:00:00.000Z', 'b'),
    ];
    expect(codes(input({ interactions }))).toEqual([]);
  });

  it('does not make coalition staff taking part in every interaction a key contact', () => {
    const people = [
      person('owner', { organisationId: 'school', status: 'leaving' }),
      person('a'),
      person('b'),
    ];
    const interactions = [
      interaction('2026-06-20T12:00:00.000Z', 'owner', 'a'),
      interaction('2026-06-10T12:00:00.000Z', 'owner', 'b'),
      interaction('2026-06-01T12:00:00.000Z', 'owner', 'a'),
      interaction('2026-05-20T12:00:00.000Z', 'owner', 'b'),
    ];
    expect(codes(input({ people, interactions }))).toEqual(['owner_leaving']);
  });

  it('rates concentration alone medium and together with a single contact high', () => {
    const concentrated = [
      interaction('2026-06-20T12:00:00.000Z', 'a'),
      interaction('2026-06-10T12:00:00.000Z', 'a'),
      interaction('2026-06-01T12:00:00.000Z', 'a'),
    ];
    expect(succession(input({ interactions: concentrated })).level).toBe('medium');
    expect(
      succession(input({ people: [owner, person('a')], interactions: concentrated })),
    ).toMatchObject({
      level: 'high',
      score: 35,
    });
  });

  it('rejects an invalid asOf', () => {
    expect(() => succession(input({ asOf: 'yesterday' }))).toThrow(RangeError);
  });
});
