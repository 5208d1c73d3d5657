import type { InteractionInitiator, InteractionKind } from '../analytics/types';

export interface InteractionDto {
  id: string;
  /** ISO 8601 instant. */
  occurredAt: string;
  kind: InteractionKind;
  initiatedBy: InteractionInitiator;
  summary: string | null;
  /** At least one; may include organisations that were soft-deleted later. */
  organisationIds: string[];
  participantIds: string[];
  /** The user who logged it. */
  loggedById: string | null;
  loggedByName: string | null;
  externalId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateInteractionRequest {
  /** ISO 8601 instant with offset; at most one day ahead. */
  occurredAt: string;
  kind: InteractionKind;
  /** Default `coalition`. */
  initiatedBy?: InteractionInitiator;
  summary?: string | null;
  organisationIds: string[];
  participantIds?: string[];
  externalId?: string | null;
}

export type UpdateInteractionRequest = Partial<CreateInteractionRequest> & { version: number };

export interface InteractionListQuery {
  page?: number;
  pageSize?: number;
  /** occurredAt (default `-occurredAt`), kind, initiatedBy, createdAt, updatedAt */
  sort?: string;
  /** Searches the summary. */
  q?: string;
  organisationId?: string;
  /** A participant. */
  personId?: string;
  kind?: InteractionKind;
  initiatedBy?: InteractionInitiator;
  /** ISO 8601 instant, inclusive. */
  from?: string;
  /** ISO 8601 instant, exclusive. */
  to?: string;
}
