/** Initiatives (workstreams) of a coalition (docs/domain.md, "Domain model"). */
export const INITIATIVE_PHASES = ['idea', 'pilot', 'scaling', 'embedded', 'stopped'] as const;
export type InitiativePhase = (typeof INITIATIVE_PHASES)[number];

export interface InitiativeDto {
  id: string;
  name: string;
  theme: string | null;
  description: string | null;
  phase: InitiativePhase;
  leadId: string | null;
  leadName: string | null;
  /** The organisations taking part, sorted by id. */
  organisationIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateInitiativeRequest {
  name: string;
  theme?: string | null;
  description?: string | null;
  /** Default `idea`. */
  phase?: InitiativePhase;
  leadId?: string | null;
  organisationIds?: string[];
}

export type UpdateInitiativeRequest = Partial<CreateInitiativeRequest> & { version: number };
