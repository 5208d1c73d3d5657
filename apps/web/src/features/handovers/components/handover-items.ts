import {
  HANDOVER_ITEM_TYPES,
  type HandoverDto,
  type HandoverItemDto,
  type HandoverItemType,
} from '@regiokracht/shared';

/** Items still to move or drop: not gone (no longer held) and not yet applied. */
export function openItems(handover: HandoverDto): HandoverItemDto[] {
  return handover.items.filter((item) => item.state === 'pending' || item.state === 'needs_review');
}

/** Items in the API's order of types, each type with its items. */
export function groupByType<T extends { itemType: HandoverItemType }>(
  items: T[],
): { itemType: HandoverItemType; items: T[] }[] {
  return HANDOVER_ITEM_TYPES.map((itemType) => ({
    itemType,
    items: items.filter((item) => item.itemType === itemType),
  })).filter((group) => group.items.length > 0);
}

/** The organisation to show beside an item's label, unless the label already names it. */
export function organisationHint(item: {
  itemType: HandoverItemType;
  label: string;
  organisationName: string | null;
}): string | null {
  if (!item.organisationName) return null;
  if (item.itemType === 'organisation_owner' || item.itemType === 'key_contact') return null;
  return item.label.includes(item.organisationName) ? null : item.organisationName;
}
