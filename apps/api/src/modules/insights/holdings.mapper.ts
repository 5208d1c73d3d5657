import type {
  ActionItemPriority,
  ActionItemStatus,
  CommitmentKind,
  CommitmentStatus,
  HolderDto,
  HoldingsDto,
  InitiativePhase,
  PersonStatus,
} from '@regiokracht/shared';
import { MS_PER_DAY } from '@regiokracht/shared';

/** Whole days from `day` (a date, or an instant whose UTC day counts) to a `YYYY-MM-DD` date. */
export function daysUntil(date: string, day: string): number {
  return Math.round((Date.parse(date) - Date.parse(day.slice(0, 10))) / MS_PER_DAY);
}

export interface HeldRow {
  type: 'action_item' | 'organisation' | 'commitment' | 'initiative' | 'key_contact';
  holder_id: string | null;
  id: string;
  label: string | null;
  status: string;
  priority: string | null;
  due_on: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  kind: string | null;
}

export interface HolderRow {
  id: string;
  name: string;
  status: PersonStatus;
  organisation_id: string | null;
  organisation_name: string | null;
  leaving_on: string | null;
  left_on: string | null;
  successor_id: string | null;
  successor_name: string | null;
}

export function emptyHoldings(): HoldingsDto {
  return { actionItems: [], organisations: [], commitments: [], initiatives: [], keyContactOf: [] };
}

export function addHeld(holdings: HoldingsDto, row: HeldRow): void {
  switch (row.type) {
    case 'action_item':
      holdings.actionItems.push({
        id: row.id,
        title: row.label ?? '',
        status: row.status as ActionItemStatus,
        priority: row.priority as ActionItemPriority,
        dueOn: row.due_on,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
      });
      return;
    case 'organisation':
      holdings.organisations.push({ id: row.id, name: row.label ?? '' });
      return;
    case 'commitment':
      holdings.commitments.push({
        id: row.id,
        kind: row.kind as CommitmentKind,
        description: row.label,
        status: row.status as CommitmentStatus,
        organisationId: row.organisation_id!,
        organisationName: row.organisation_name!,
      });
      return;
    case 'initiative':
      holdings.initiatives.push({
        id: row.id,
        name: row.label ?? '',
        phase: row.status as InitiativePhase,
      });
      return;
    case 'key_contact':
      holdings.keyContactOf.push({ id: row.id, name: row.label ?? '' });
      return;
  }
}

export function countHoldings(holdings: HoldingsDto): number {
  return (
    holdings.actionItems.length +
    holdings.organisations.length +
    holdings.commitments.length +
    holdings.initiatives.length +
    holdings.keyContactOf.length
  );
}

/** Groups held rows by holder. */
export function holdingsByHolder(rows: readonly HeldRow[]): Map<string, HoldingsDto> {
  const byHolder = new Map<string, HoldingsDto>();
  for (const row of rows) {
    if (row.holder_id === null) continue;
    let holdings = byHolder.get(row.holder_id);
    if (!holdings) byHolder.set(row.holder_id, (holdings = emptyHoldings()));
    addHeld(holdings, row);
  }
  return byHolder;
}

export function toHolderDto(row: HolderRow): HolderDto {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    leavingOn: row.leaving_on,
    leftOn: row.left_on,
    successor:
      row.successor_id === null ? null : { id: row.successor_id, name: row.successor_name ?? '' },
  };
}
