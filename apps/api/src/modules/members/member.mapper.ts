import type { MemberDto, Role } from '@regiokracht/shared';

export interface MemberRow {
  id: string;
  user_id: string;
  email: string;
  name: string;
  role: Role;
  organisation_id: string | null;
  version: number;
  created_at: Date;
}

export function toMemberDto(row: MemberRow): MemberDto {
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * An account another coalition added shows what this coalition's coordinator typed until the
 * person signs in (invited_*), never the account's stored name: adding an e-mail must not tell one
 * coalition what another knows about the person.
 */
export const MEMBER_NAME = 'COALESCE(m.invited_name, u.name)';
export const MEMBER_EMAIL = 'COALESCE(m.invited_email, u.email)';

export const MEMBER_SELECT = `
  SELECT m.id, m.user_id, ${MEMBER_EMAIL} AS email, ${MEMBER_NAME} AS name, m.role,
         m.organisation_id, m.version, m.created_at
    FROM membership m JOIN app_user u ON u.id = m.user_id`;
