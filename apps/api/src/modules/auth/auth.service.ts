import { Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionResponse } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import { hashToken } from '../../common/auth/tokens';
import type { AuthenticatedUser } from '../../common/auth/request-context';
import { sqlOne } from '../../database/sql';
import { MembershipsLookup } from '../members/memberships.lookup';
import { verifyPassword } from '../users/passwords';
import { toUserDto, UsersService } from '../users/users.service';
import { SessionsService } from './sessions.service';

/** Same answer for an unknown e-mail and a wrong password: do not reveal who has an account. */
const INVALID_LOGIN = 'Invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly memberships: MembershipsLookup,
  ) {}

  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; session: SessionResponse }> {
    const user = await this.users.findByEmail(this.db.manager, email);
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) throw new UnauthorizedException(INVALID_LOGIN);
    const token = await this.sessions.create(user.id);
    return {
      token,
      session: { user: toUserDto(user), memberships: await this.memberships.forUser(user.id) },
    };
  }

  async me(user: AuthenticatedUser): Promise<SessionResponse> {
    return { user, memberships: await this.memberships.forUser(user.id) };
  }

  /** Sets the password of an invited user (single use, 7 days) and signs them in. */
  async acceptInvitation(
    token: string,
    password: string,
  ): Promise<{ token: string; session: SessionResponse }> {
    const userId = await this.db.transaction(async (manager) => {
      const invitation = await sqlOne<{ id: string; user_id: string }>(
        manager,
        `UPDATE invitation SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING id, user_id`,
        [hashToken(token)],
      );
      if (!invitation)
        throw new NotFoundException('This invitation link is invalid, used or expired');
      await this.users.setPassword(manager, invitation.user_id, password);
      return invitation.user_id;
    });
    const user = await this.users.findById(userId);
    const sessionToken = await this.sessions.create(userId);
    return {
      token: sessionToken,
      session: { user: toUserDto(user), memberships: await this.memberships.forUser(userId) },
    };
  }
}
