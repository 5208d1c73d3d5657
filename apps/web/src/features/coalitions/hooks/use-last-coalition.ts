import type { MembershipDto } from '@regiokracht/shared';
import { useEffect } from 'react';

const STORAGE_KEY = 'regiokracht.lastCoalition';

export function readLastCoalitionId(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeLastCoalitionId(coalitionId: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, coalitionId);
  } catch {
    // storage blocked: the start page then opens the first coalition instead
  }
}

/** The coalition to open: the one used last, if still a membership, else the first. */
export function pickStartCoalition(memberships: MembershipDto[]): MembershipDto | null {
  const lastId = readLastCoalitionId();
  return memberships.find((m) => m.coalitionId === lastId) ?? memberships[0] ?? null;
}

/** Remembers the open coalition so the next visit to `/` returns to it. */
export function useRememberCoalition(coalitionId: string | null): void {
  useEffect(() => {
    if (coalitionId) writeLastCoalitionId(coalitionId);
  }, [coalitionId]);
}
