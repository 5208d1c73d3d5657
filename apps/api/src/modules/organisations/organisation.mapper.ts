import type {
  OrganisationDto,
  OrganisationKind,
  OrganisationStatus,
  SizeClass,
} from '@regiokracht/shared';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  size_class: SizeClass | null;
  sector: string | null;
  city: string | null;
  website: string | null;
  status: OrganisationStatus;
  joined_on: string | null;
  left_on: string | null;
  interests: string | null;
  relationship_owner_id: string | null;
  relationship_owner_name: string | null;
  relationship_owner_organisation_id: string | null;
  external_id: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  deleted_at: Date | string | null;
}

/**
 * `partnerOrganisationId` is set when a partner reads: a relationship owner who works at another
 * organisation is somebody else's person, and partners never see those.
 */
export function toOrganisationDto(
  row: OrganisationRow,
  partnerOrganisationId: string | null = null,
): OrganisationDto {
  const ownerVisible =
    partnerOrganisationId === null ||
    row.relationship_owner_organisation_id === null ||
    row.relationship_owner_organisation_id === partnerOrganisationId;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sizeClass: row.size_class,
    sector: row.sector,
    city: row.city,
    website: row.website,
    status: row.status,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    interests: row.interests,
    relationshipOwnerId: ownerVisible ? row.relationship_owner_id : null,
    relationshipOwnerName: ownerVisible ? row.relationship_owner_name : null,
    externalId: row.external_id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    deletedAt: row.deleted_at === null ? null : new Date(row.deleted_at).toISOString(),
  };
}

/** API field → column, for the fields a create or update may set. */
export const ORGANISATION_COLUMNS = {
  name: 'name',
  kind: 'kind',
  sizeClass: 'size_class',
  sector: 'sector',
  city: 'city',
  website: 'website',
  status: 'status',
  joinedOn: 'joined_on',
  leftOn: 'left_on',
  interests: 'interests',
  relationshipOwnerId: 'relationship_owner_id',
  externalId: 'external_id',
} as const;
