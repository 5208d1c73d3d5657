import type { QueryClient } from '@tanstack/react-query';

/**
 * The first segment of every key tree: each resource's `…Keys.all` is `[root]`, so invalidating
 * `[root]` reaches every view of that resource, whichever feature shows it.
 */
export type QueryRoot =
  | 'action-items'
  | 'auth'
  | 'benefits'
  | 'coalitions'
  | 'commitments'
  | 'dashboard'
  | 'handovers'
  | 'imports'
  | 'interactions'
  | 'members'
  | 'notifications'
  | 'organisations'
  | 'people'
  | 'portal'
  | 'responsibilities'
  | 'settings';

/** What a mutation writes: the resource its endpoint belongs to. */
export type WrittenResource =
  | 'action-items'
  | 'commitments'
  | 'contributions'
  | 'interactions'
  | 'members'
  | 'organisations'
  | 'people'
  | 'settings';

/**
 * The other key trees that show data a write to the resource changes: the one home of the rule
 * "what goes stale when X changes". A mutation refreshes its own tree itself (it knows which
 * detail it just received and which lists hold it); this adds every other view. The insights
 * (dashboard, organisation health and succession, the partner portal, who holds what) are
 * computed from the records, so they follow most writes.
 */
export const staleAfterWrite: Record<WrittenResource, readonly QueryRoot[]> = {
  // Open, unowned and orphaned items feed the dashboard, succession factors and holdings.
  'action-items': ['dashboard', 'responsibilities', 'people', 'portal'],
  // Pledged value moves the fair-share index and the partner's figures.
  commitments: ['dashboard', 'portal'],
  // A delivery has no tree of its own: delivered totals live in its commitment's.
  contributions: ['commitments', 'dashboard', 'portal'],
  // Engagement (health, index) follows interactions; the settings preview shows it too.
  interactions: ['dashboard', 'settings', 'portal'],
  members: [],
  // Names, kinds and owners show in every list that names an organisation.
  organisations: ['dashboard', 'action-items', 'commitments', 'people', 'responsibilities'],
  // Key contacts leaving drive succession risk; owners' names show on organisations and items.
  people: ['organisations', 'dashboard', 'responsibilities', 'action-items', 'handovers', 'portal'],
  // Thresholds change every health and every preview.
  settings: ['dashboard', 'coalitions'],
};

/** Marks every other view of the written data stale; the ones on screen refetch at once. */
export async function invalidateAfterWrite(
  queryClient: QueryClient,
  resource: WrittenResource,
): Promise<void> {
  await Promise.all(
    staleAfterWrite[resource].map((root) => queryClient.invalidateQueries({ queryKey: [root] })),
  );
}
