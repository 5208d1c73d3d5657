import type {
  AffiliationDto,
  PersonDetailDto,
  PersonDto,
  PersonLayer,
  PersonStatus,
} from '@regiokracht/shared';

export interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  role: string | null;
  layer: PersonLayer | null;
  is_key_contact: boolean;
  status: PersonStatus;
  leaving_on: string | null;
  left_on: string | null;
  successor_id: string | null;
  successor_name: string | null;
  successor_organisation_id: string | null;
  notes: string | null;
  external_id: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  deleted_at: Date | string | null;
}

export interface AffiliationRow {
  organisation_id: string;
  organisation_name: string;
  role: string | null;
  started_on: string;
  ended_on: string | null;
}

/**
 * `partnerOrganisationId` is set when a partner reads: the coalition's notes stay internal, and a
 * successor at another organisation is somebody else's person, which partners never see.
 */
export function toPersonDto(
  row: PersonRow,
  partnerOrganisationId: string | null = null,
): PersonDto {
  const partner = partnerOrganisationId !== null;
  const successorVisible = !partner || row.successor_organisation_id === partnerOrganisationId;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    role: row.role,
    layer: row.layer,
    isKeyContact: row.is_key_contact,
    status: row.status,
    leavingOn: row.leaving_on,
    leftOn: row.left_on,
    successorId: successorVisible ? row.successor_id : null,
    successorName: successorVisible ? row.successor_name : null,
    notes: partner ? null : row.notes,
    externalId: row.external_id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    deletedAt: row.deleted_at === null ? null : new Date(row.deleted_at).toISOString(),
  };
}

export function toPersonDetailDto(
  person: PersonDto,
  affiliations: AffiliationRow[],
): PersonDetailDto {
  return {
    ...person,
    affiliations: affiliations.map((a): AffiliationDto => ({
      organisationId: a.organisation_id,
      organisationName: a.organisation_name,
      role: a.role,
      startedOn: a.started_on,
      endedOn: a.ended_on,
    })),
  };
}

/** API field → column, for the fields a create or update may set. */
export const PERSON_COLUMNS = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  organisationId: 'organisation_id',
  role: 'role',
  layer: 'layer',
  isKeyContact: 'is_key_contact',
  status: 'status',
  leavingOn: 'leaving_on',
  leftOn: 'left_on',
  successorId: 'successor_id',
  notes: 'notes',
  externalId: 'external_id',
} as const;
