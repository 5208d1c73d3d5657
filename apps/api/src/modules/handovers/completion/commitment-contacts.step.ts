import { commitmentsRepository } from '../../commitments/commitments.repository';
import type { HolderStep } from './holder-step';

/** The contact role of live commitments goes to the successor. */
export const commitmentContacts: HolderStep = {
  itemType: 'commitment_contact',
  entityType: 'commitment',
  field: 'contact',
  move: (manager, coalitionId, from, moves) =>
    commitmentsRepository.transferContact(manager, coalitionId, from, moves),
};
