/** Enumerations of the API contract (docs/domain.md, "Domain model" and "Roles"). */
export const ROLES = ['coordinator', 'member', 'partner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'transfer',
  'erase',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
