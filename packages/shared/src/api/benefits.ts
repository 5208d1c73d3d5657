/** What a partner got back from the coalition (docs/domain.md, "Domain model"). */
export const BENEFIT_KINDS = [
  'hire',
  'intern_placed',
  'apprentice',
  'training',
  'subsidy',
  'curriculum_influence',
  'other',
] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export interface BenefitDto {
  id: string;
  organisationId: string;
  organisationName: string;
  kind: BenefitKind;
  quantity: number;
  receivedOn: string;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateBenefitRequest {
  organisationId: string;
  kind: BenefitKind;
  /** Default 1. */
  quantity?: number;
  receivedOn: string;
  note?: string | null;
}

export type UpdateBenefitRequest = Partial<CreateBenefitRequest> & { version: number };
