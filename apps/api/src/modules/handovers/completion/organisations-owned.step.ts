import { reassignHolder } from '../../../common/db/reassign-holder';
import type { HolderStep } from './holder-step';

/** The relationship of organisations the departing person owns goes to the successor. */
export const organisationsOwned: HolderStep = {
  itemType: 'organisation_owner',
  entityType: 'organisation',
  field: 'relationshipOwner',
  move: (manager, coalitionId, from, moves) =>
    reassignHolder(
      manager,
      { table: 'organisation', column: 'relationship_owner_id' },
      coalitionId,
      from,
      moves,
    ),
};
