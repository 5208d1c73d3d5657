export const PERSON_LAYERS = ['board', 'management', 'operational'] as const;
export type PersonLayer = (typeof PERSON_LAYERS)[number];

export const PERSON_STATUSES = ['active', 'leaving', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface PersonDto {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Null for coalition staff. */
  organisationId: string | null;
  organisationName: string | null;
  /** Job title. */
  role: string | null;
  layer: PersonLayer | null;
  isKeyContact: boolean;
  status: PersonStatus;
  /** `YYYY-MM-DD`; required while status is `leaving`. */
  leavingOn: string | null;
  /** `YYYY-MM-DD`; required when status is `left`. */
  leftOn: string | null;
  /** Null for a partner when the successor works at another organisation. */
  successorId: string | null;
  successorName: string | null;
  /** Internal notes of the coalition; always null for partners. */
  notes: string | null;
  externalId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Set on soft-deleted people, which only coordinators see. */
  deletedAt: string | null;
}

/** One period of a person at an organisation; `endedOn` null for the current one. */
export interface AffiliationDto {
  organisationId: string;
  organisationName: string;
  role: string | null;
  startedOn: string;
  endedOn: string | null;
}

export interface PersonDetailDto extends PersonDto {
  /** Oldest first. */
  affiliations: AffiliationDto[];
}

export interface CreatePersonRequest {
  name: string;
  email?: string | null;
  phone?: string | null;
  organisationId?: string | null;
  role?: string | null;
  layer?: PersonLayer | null;
  isKeyContact?: boolean;
  /** Default `active`. */
  status?: PersonStatus;
  leavingOn?: string | null;
  leftOn?: string | null;
  successorId?: string | null;
  notes?: string | null;
  externalId?: string | null;
}

export type UpdatePersonRequest = Partial<CreatePersonRequest> & { version: number };

export interface PersonListQuery {
  page?: number;
  pageSize?: number;
  /** name, email, role, layer, status, organisationName, leavingOn, createdAt, updatedAt */
  sort?: string;
  /** Searches name and e-mail. */
  q?: string;
  organisationId?: string;
  status?: PersonStatus;
  layer?: PersonLayer;
  isKeyContact?: boolean;
  /** Coordinators only. */
  includeDeleted?: boolean;
}
