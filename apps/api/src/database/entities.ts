import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CoalitionEntity } from '../modules/coalitions/coalition.entity';
import { InvitationEntity } from '../modules/members/invitation.entity';
import { MembershipEntity } from '../modules/members/membership.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed explicitly so the build does not depend on file globs. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  CoalitionEntity,
  MembershipEntity,
  InvitationEntity,
  AuditEventEntity,
];
