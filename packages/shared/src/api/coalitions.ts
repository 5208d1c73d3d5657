import type { Role } from '../enums';

export interface CoalitionSettings {
  halfLifeDays: number;
  coolingDays: number;
  dormantDays: number;
  coolingRatio: number;
  dormantRatio: number;
}

export interface CoalitionDto {
  id: string;
  name: string;
  region: string | null;
  description: string | null;
  themes: string[];
  settings: CoalitionSettings;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The caller's role in this coalition (absent for installation admins without membership). */
  myRole?: Role;
}

export interface MemberDto {
  id: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  version: number;
  createdAt: string;
  /**
   * Only in the answer to POST. `link`: this request created the account without a password, and
   * `invitationUrl` is its one-time link to hand on. `notified`: the account already existed; it
   * is not handed to the coordinator — the person was e-mailed (with their own link if they have
   * no password yet). Absent: a new account created with a password.
   */
  invitation?: MemberInvitation;
  /** With `invitation: 'link'` only. */
  invitationUrl?: string;
}

export type MemberInvitation = 'link' | 'notified';

export interface AuditEventDto {
  id: string;
  coalitionId: string;
  actorUserId: string | null;
  actorName: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  at: string;
}
