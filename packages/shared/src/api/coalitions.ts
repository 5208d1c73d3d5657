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
  /** Present only in the answer to POST when no password was given: a one-time link. */
  invitationUrl?: string;
}

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
