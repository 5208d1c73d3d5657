import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorCode, type Role } from '@regiokracht/shared';
import { MembershipsLookup } from '../../modules/members/memberships.lookup';
import { isUuid } from '../http/uuid';
import { ADMIN_ALLOWED_KEY, ROLES_KEY } from './roles';
import type { RegiokrachtRequest } from './request-context';

/**
 * Global guard for every route with `:cid`: resolves the caller's membership.
 * Not a member → 404 (existence is not revealed); member without a listed role → 403.
 */
@Injectable()
export class CoalitionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly memberships: MembershipsLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RegiokrachtRequest>();
    const cid = req.params?.cid;
    if (cid === undefined) return true;
    const user = req.auth?.user;
    if (!user) return true; // public route: SessionGuard already decided
    const roles = this.reflector.get<Role[] | undefined>(ROLES_KEY, context.getHandler());
    if (!roles) throw new Error(`Route ${req.method} ${req.route?.path} has :cid but no @Roles`);
    // Created only when thrown: an exception captures a stack trace, on every request otherwise.
    const notFound = () =>
      new NotFoundException({
        code: CommonErrorCode.COALITION_NOT_FOUND,
        message: 'Coalition not found',
      });
    if (typeof cid !== 'string' || !isUuid(cid)) throw notFound();

    const prefetched = req.auth?.membership;
    const membership =
      prefetched?.coalitionId === cid
        ? prefetched.found
        : await this.memberships.find(cid, user.id);
    if (!membership) {
      const adminAllowed = this.reflector.get<boolean>(ADMIN_ALLOWED_KEY, context.getHandler());
      if (user.isAdmin && adminAllowed && (await this.memberships.coalitionExists(cid))) {
        req.coalition = { user, coalitionId: cid, role: 'coordinator', organisationId: null };
        return true;
      }
      throw notFound();
    }
    if (!roles.includes(membership.role)) {
      throw new ForbiddenException({
        code: CommonErrorCode.ROLE_FORBIDDEN,
        message: `Your role (${membership.role}) may not do this`,
      });
    }
    req.coalition = {
      user,
      coalitionId: cid,
      role: membership.role,
      organisationId: membership.organisationId,
    };
    return true;
  }
}
