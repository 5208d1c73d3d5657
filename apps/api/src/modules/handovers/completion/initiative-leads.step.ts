import { initiativesRepository } from '../../initiatives/initiatives.repository';
import type { HolderStep } from './holder-step';

/** The lead of running initiatives goes to the successor. */
export const initiativeLeads: HolderStep = {
  itemType: 'initiative_lead',
  entityType: 'initiative',
  field: 'lead',
  move: (manager, coalitionId, from, moves) =>
    initiativesRepository.transferLead(manager, coalitionId, from, moves),
};
