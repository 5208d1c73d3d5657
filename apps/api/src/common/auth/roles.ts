import { SetMetadata } from '@nestjs/common';
import type { Role } from '@regiokracht/shared';

export const ROLES_KEY = 'regiokracht:roles';
export const PUBLIC_KEY = 'regiokracht:public';
export const ADMIN_ALLOWED_KEY = 'regiokracht:admin-allowed';

/** Everyone with a membership, partners included (their services scope rows to their organisation). */
export const ANY_MEMBER: Role[] = ['coordinator', 'member', 'viewer', 'partner'];
/** Coalition staff who read everything. */
export const STAFF: Role[] = ['coordinator', 'member', 'viewer'];
/** Roles that create and edit domain data. */
export const EDITORS: Role[] = ['coordinator', 'member'];
export const COORDINATORS: Role[] = ['coordinator'];

/**
 * Which roles may call a coalition-scoped route. Every route with `:cid` must carry it: the
 * application refuses to start otherwise (route-access.auditor.ts).
 */
export const Roles = (...roles: Role[][]) => SetMetadata(ROLES_KEY, [...new Set(roles.flat())]);

/** Route needs no session (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Installation admins may call this coalition route without a membership (acting as coordinator). */
export const AdminAllowed = () => SetMetadata(ADMIN_ALLOWED_KEY, true);
