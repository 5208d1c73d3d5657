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

export interface RegiokrachtRequest extends Request {
  auth?: { user: AuthenticatedUser; sessionId: string };
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
