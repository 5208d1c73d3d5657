import type { Role } from '../enums';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  personId: string | null;
}

export interface MembershipDto {
  coalitionId: string;
  coalitionName: string;
  role: Role;
  /** Set for partners: the one organisation they are bound to. */
  organisationId: string | null;
}

export interface SessionResponse {
  user: UserDto;
  memberships: MembershipDto[];
}

/**
 * `GET /api/auth/session`: the session probe. Signed out is an answer, not an error (`user: null`),
 * so a browser's first load logs no failed request.
 */
export type SessionProbeResponse = SessionResponse | { user: null; memberships: [] };

export interface LoginRequest {
  email: string;
  password: string;
}

/** `POST /api/auth/invitations/:token` and `POST /api/auth/password-resets/:token`. */
export interface SetPasswordRequest {
  password: string;
}

/** `POST /api/auth/password-resets`: "forgot password". */
export interface PasswordResetRequest {
  email: string;
}

/** The answer to a reset request: the same whether or not an account has that address (202). */
export interface PasswordResetRequested {
  message: string;
}
