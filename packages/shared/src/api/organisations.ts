import type { SizeClass } from '../analytics/types';

export const ORGANISATION_KINDS = [
  'mbo',
  'hbo',
  'wo',
  'vo',
  'company',
  'municipality',
  'province',
  'sector_body',
  'foundation',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_STATUSES = ['prospect', 'active', 'paused', 'left'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export interface OrganisationDto {
  id: string;
  name: string;
  kind: OrganisationKind;
  sizeClass: SizeClass | null;
  sector: string | null;
  city: string | null;
  website: string | null;
  status: OrganisationStatus;
  /** `YYYY-MM-DD` */
  joinedOn: string | null;
  /** `YYYY-MM-DD` */
  leftOn: string | null;
  /** "What's in it for us", in the partner's own words. */
  interests: string | null;
  /** A person of the coalition. Null for a partner when the owner works at another organisation. */
  relationshipOwnerId: string | null;
  relationshipOwnerName: string | null;
  /** Key of the row in a source system (imports); unique among live organisations of a coalition. */
  externalId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Set on soft-deleted organisations, which only coordinators see. */
  deletedAt: string | null;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
  sizeClass?: SizeClass | null;
  sector?: string | null;
  city?: string | null;
  website?: string | null;
  /** Default `active`. */
  status?: OrganisationStatus;
  joinedOn?: string | null;
  leftOn?: string | null;
  interests?: string | null;
  relationshipOwnerId?: string | null;
  externalId?: string | null;
}

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest> & { version: number };

export interface OrganisationListQuery {
  page?: number;
  pageSize?: number;
  /** name, kind, status, sizeClass, city, sector, joinedOn, createdAt, updatedAt; `-` for descending */
  sort?: string;
  /** Searches name, city and sector. */
  q?: string;
  kind?: OrganisationKind;
  status?: OrganisationStatus;
  sizeClass?: SizeClass;
  relationshipOwnerId?: string;
  /** Coordinators only: include soft-deleted organisations. */
  includeDeleted?: boolean;
}
