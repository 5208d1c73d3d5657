import type { HandoverDto, HandoverItemDto } from '@regiokracht/shared';

// Deterministic defaults for the handover specs.

export function buildItem(overrides: Partial<HandoverItemDto> = {}): HandoverItemDto {
  return {
    id: 'item-1',
    itemType: 'organisation_owner',
    itemId: 'org-1',
    label: 'Koudijs Klimaattechniek',
    organisationId: 'org-1',
    organisationName: 'Koudijs Klimaattechniek',
    detail: {},
    successorId: null,
    successorName: null,
    effectiveSuccessorId: null,
    effectiveSuccessorName: null,
    drop: false,
    dropReason: null,
    state: 'pending',
    addedAfterDraft: false,
    appliedAt: null,
    ...overrides,
  };
}

export function buildHandover(items: HandoverItemDto[]): HandoverDto {
  return {
    id: 'handover-1',
    status: 'draft',
    departingPerson: {
      id: 'henk',
      name: 'Henk Smits',
      status: 'leaving',
      organisationId: 'albeda',
      organisationName: 'Albeda',
      leavingOn: '2027-01-27',
      leftOn: null,
      successorId: null,
      successorName: null,
    },
    defaultSuccessorId: null,
    defaultSuccessorName: null,
    summary: {
      open: items.length,
      withSuccessor: 0,
      dropped: 0,
      missingSuccessor: 2,
      needsReview: 0,
    },
    createdByUserId: 'user-1',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    completedAt: null,
    version: 3,
    notes: null,
    items,
    report: null,
  };
}
