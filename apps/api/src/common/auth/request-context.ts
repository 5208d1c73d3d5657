import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@regiokracht/shared';
import type { Request } from 'express';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  personId: string | null;
}

/** Who is calling, and in which coalition with which role. Set by the session and coalition guards. */
export interface CoalitionContext {
  user: AuthenticatedUser;
  coalitionId: string;
  role: Role;
  /** The organisation a partner is bound to; null for every other role. */
  organisationId: string | null;
}

/** A user's membership of one coalition, as the coalition guard needs it. */
export interface MembershipRole {
  role: Role;
  organisationId: string | null;
}

export interface ResolvedSession {
  user: AuthenticatedUser;
  sessionId: string;
  /**
   * The membership of the coalition in the route's `:cid`, read with the session in one query
   * (undefined inside: not a member, or the coalition is deleted). Absent when not looked up.
   */
  membership?: { coalitionId: string; found: MembershipRole | undefined };
}

export interface RegiokrachtRequest extends Request {
  auth?: ResolvedSession;
  coalition?: CoalitionContext;
}

/** The caller's coalition context (routes with `:cid`). */
export const Ctx = createParamDecorator(
  (_: unknown, context: ExecutionContext): CoalitionContext => {
    const req = context.switchToHttp().getRequest<RegiokrachtRequest>();
    if (!req.coalition) throw new Error('Ctx used on a route without :cid');
    return req.coalition;
  },
);

/** The authenticated user (any route behind the session guard). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const req = context.switchToHttp().getRequest<RegiokrachtRequest>();
    if (!req.auth) throw new Error('CurrentUser used on a public route');
    return req.auth.user;
  },
);

export function isPartner(ctx: CoalitionContext): boolean {
  return ctx.role === 'partner';
}
