import type { PersonHoldingsDto } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { responsibilitiesQueryOptions } from '../../responsibilities/api/get-responsibilities';

/** What one person holds; null when they hold nothing (they are then not in the answer). */
export function usePersonHoldings(coalitionId: string, personId: string) {
  return useQuery({
    ...responsibilitiesQueryOptions(coalitionId),
    select: (answer): PersonHoldingsDto | null =>
      answer.people.find((entry) => entry.person.id === personId) ?? null,
  });
}
