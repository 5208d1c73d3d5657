import {
  type HandoverBlockerDto,
  HandoverErrorCode,
  type HandoverDto,
  type HandoverItemDto,
  type HandoverItemType,
  type HandoverPersonRefDto,
  type HandoverReportDto,
  type HandoverTransferDto,
} from '@regiokracht/shared';
import { conflict } from '../../../common/errors/conflict';
import type { DepartingRow, SuccessorRow } from './completion-run';

const TYPE_LABELS: Record<HandoverItemType, string> = {
  action_item: 'Action item',
  organisation_owner: 'Relationship',
  commitment_contact: 'Commitment',
  initiative_lead: 'Initiative',
  key_contact: 'Key contact',
};

const BLOCK_MESSAGES: Record<HandoverBlockerDto['reason'], string> = {
  no_successor: 'has no successor; choose one (or a default successor), or drop it',
  needs_review: 'is new or changed since the draft; review it',
  successor_not_active: 'has a successor who is no longer active; choose another',
};

/** What keeps each live item from being handed over (none: it can be). */
export function findBlockers(
  live: readonly HandoverItemDto[],
  successors: Map<string, SuccessorRow>,
): HandoverBlockerDto[] {
  return live.flatMap((item): HandoverBlockerDto[] => {
    const base = { id: item.id, itemType: item.itemType, itemId: item.itemId, label: item.label };
    if (item.state === 'needs_review') return [{ ...base, reason: 'needs_review' }];
    if (item.drop) return [];
    if (!item.effectiveSuccessorId) return [{ ...base, reason: 'no_successor' }];
    const successor = successors.get(item.effectiveSuccessorId);
    if (!successor || successor.deleted || successor.status !== 'active')
      return [{ ...base, reason: 'successor_not_active' }];
    return [];
  });
}

export function blockedConflict(blockers: HandoverBlockerDto[]) {
  const count = blockers.length === 1 ? '1 item needs' : `${blockers.length} items need`;
  return conflict(
    `The handover cannot be completed yet: ${count} attention`,
    blockers.map((b) => ({
      field: `items.${b.id}`,
      message: `${TYPE_LABELS[b.itemType]} “${b.label}” ${BLOCK_MESSAGES[b.reason]}`,
    })),
    { blockers, code: HandoverErrorCode.NOT_READY },
  );
}

/**
 * The person's successor: the default successor; else one already on their record; else whoever
 * takes over their own organisation's key-contact role; else whoever takes the most items.
 */
export function choosePersonSuccessor(
  draft: HandoverDto,
  live: readonly HandoverItemDto[],
  person: DepartingRow,
  successors: Map<string, SuccessorRow>,
): string | null {
  if (draft.defaultSuccessorId && successors.get(draft.defaultSuccessorId)?.status === 'active')
    return draft.defaultSuccessorId;
  if (person.successor_id && successors.get(person.successor_id)?.status === 'active')
    return person.successor_id;
  const ownKeyContact = live.find(
    (i) => i.itemType === 'key_contact' && i.organisationId === person.organisation_id,
  );
  if (ownKeyContact?.effectiveSuccessorId) return ownKeyContact.effectiveSuccessorId;
  const counts = new Map<string, number>();
  for (const item of live) {
    if (item.effectiveSuccessorId)
      counts.set(item.effectiveSuccessorId, (counts.get(item.effectiveSuccessorId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

export function countBySuccessor(
  transfers: readonly HandoverTransferDto[],
): HandoverReportDto['bySuccessor'] {
  const counts = new Map<string, HandoverPersonRefDto & { count: number }>();
  for (const t of transfers) {
    const entry = counts.get(t.to.id) ?? { ...t.to, count: 0 };
    entry.count += 1;
    counts.set(t.to.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
