/** Commitments (pledges) and the contributions delivered against them (docs/domain.md, "Domain model"). */
export const COMMITMENT_KINDS = [
  'internships',
  'guest_lectures',
  'equipment',
  'staff_hours',
  'funding',
  'facilities',
  'curriculum',
  'other',
] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const COMMITMENT_UNITS = ['places', 'hours', 'sessions', 'items', 'eur'] as const;
export type CommitmentUnit = (typeof COMMITMENT_UNITS)[number];

export const COMMITMENT_STATUSES = [
  'proposed',
  'pledged',
  'active',
  'fulfilled',
  'lapsed',
  'withdrawn',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Statuses on which no contribution can be reported: nothing was promised (yet / any more). */
export const COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS: readonly CommitmentStatus[] = [
  'proposed',
  'withdrawn',
];

export interface CommitmentDto {
  id: string;
  organisationId: string;
  organisationName: string;
  contactId: string | null;
  contactName: string | null;
  kind: CommitmentKind;
  description: string | null;
  quantity: number;
  unit: CommitmentUnit;
  /** In-kind value of one unit, in euros. */
  unitValueEur: number;
  startsOn: string | null;
  endsOn: string | null;
  status: CommitmentStatus;
  initiativeId: string | null;
  /** Sum of the contributions' quantities. */
  deliveredQuantity: number;
  /** quantity × unitValueEur, rounded to cents. */
  pledgedValueEur: number;
  /** deliveredQuantity × unitValueEur, rounded to cents. */
  deliveredValueEur: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCommitmentRequest {
  organisationId: string;
  contactId?: string | null;
  kind: CommitmentKind;
  description?: string | null;
  quantity: number;
  unit: CommitmentUnit;
  unitValueEur?: number;
  startsOn?: string | null;
  endsOn?: string | null;
  /** Default `pledged`. */
  status?: CommitmentStatus;
  initiativeId?: string | null;
}

export type UpdateCommitmentRequest = Partial<CreateCommitmentRequest> & { version: number };

export interface ContributionDto {
  id: string;
  commitmentId: string;
  deliveredOn: string;
  quantity: number;
  /** quantity × the commitment's unitValueEur, rounded to cents. */
  valueEur: number;
  note: string | null;
  reportedByUserId: string | null;
  reportedByName: string | null;
  /** True when a partner reported it through the portal (rather than coalition staff). */
  reportedByPartner: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateContributionRequest {
  deliveredOn: string;
  quantity: number;
  note?: string | null;
}

export type UpdateContributionRequest = Partial<CreateContributionRequest> & { version: number };
