import type { EntityManager } from 'typeorm';
import { invalidField } from '../../common/errors/conflict';
import { sqlRows } from '../../database/sql';
import { type HandoverItemRecord, handoversRepository } from './handovers.repository';
import { findHoldings, type Holding, holdingKey } from './holdings.sql';

/** Writes held things as items of a handover; `afterDraft` marks ones found later, to be reviewed. */
export async function insertItems(
  manager: EntityManager,
  coalitionId: string,
  handoverId: string,
  holdings: Holding[],
  afterDraft: boolean,
): Promise<void> {
  await handoversRepository.insertItems(
    manager,
    coalitionId,
    handoverId,
    holdings.map(toRecord),
    afterDraft,
  );
}

function toRecord(h: Holding): HandoverItemRecord {
  return {
    item_type: h.itemType,
    item_id: h.itemId,
    label: h.label,
    organisation_id: h.organisationId,
    detail: h.detail,
    item_version: h.itemVersion,
  };
}

export interface SyncResult {
  added: number;
  changed: number;
  gone: number;
}

/**
 * Brings a draft's items in line with what the person holds now: things taken on since are added,
 * things changed since (another version of the row, or held again after being gone) are refreshed;
 * both need a review before completion. Things no longer held are marked gone: nothing to move.
 */
export async function syncItems(
  manager: EntityManager,
  coalitionId: string,
  handoverId: string,
  personId: string,
  asOf: Date,
): Promise<SyncResult> {
  const holdings = await findHoldings(manager, coalitionId, personId, asOf);
  const items = await handoversRepository.pendingItems(manager, coalitionId, handoverId);
  const byKey = new Map(
    items.map((i) => [holdingKey({ itemType: i.item_type, itemId: i.item_id }), i]),
  );
  const held = new Set(holdings.map(holdingKey));

  const added = holdings.filter((h) => !byKey.has(holdingKey(h)));
  const changed = holdings.flatMap((h) => {
    const item = byKey.get(holdingKey(h));
    if (!item) return [];
    const version = item.item_version === null ? null : Number(item.item_version);
    return item.gone_at !== null || version !== h.itemVersion
      ? [{ id: item.id, ...toRecord(h) }]
      : [];
  });
  const gone = items.filter(
    (i) =>
      i.gone_at === null && !held.has(holdingKey({ itemType: i.item_type, itemId: i.item_id })),
  );

  await insertItems(manager, coalitionId, handoverId, added, true);
  await handoversRepository.refreshItems(manager, coalitionId, handoverId, changed);
  await handoversRepository.markItemsGone(
    manager,
    coalitionId,
    handoverId,
    gone.map((i) => i.id),
    asOf,
  );
  return { added: added.length, changed: changed.length, gone: gone.length };
}

/**
 * 400 naming the field unless every successor is an active person of the coalition (not leaving,
 * not left, not deleted) other than the departing person. One query for all of them.
 */
export async function assertSuccessors(
  manager: EntityManager,
  coalitionId: string,
  departingPersonId: string,
  successors: { id: string; field: string }[],
): Promise<void> {
  if (successors.length === 0) return;
  const rows = await sqlRows<{ id: string; name: string; status: string; deleted: boolean }>(
    manager,
    `SELECT id::text AS id, name, status, deleted_at IS NOT NULL AS deleted FROM person
      WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
    [coalitionId, [...new Set(successors.map((s) => s.id))]],
  );
  const byId = new Map(rows.map((r) => [r.id.toLowerCase(), r]));
  for (const { id, field } of successors) {
    const person = byId.get(id.toLowerCase());
    if (!person || person.deleted) throw invalidField(field, 'is not a person of this coalition');
    if (id.toLowerCase() === departingPersonId.toLowerCase())
      throw invalidField(field, 'must be somebody other than the departing person');
    if (person.status !== 'active')
      throw invalidField(field, `${person.name} is ${person.status}; choose an active person`);
  }
}
