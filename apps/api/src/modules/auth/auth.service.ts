import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthErrorCode, type SessionResponse } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.token';
import type { AppConfig } from '../../config';
import type { AuthenticatedUser } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { InvitationsRepository } from '../members/invitations.repository';
import { MembersService } from '../members/members.service';
import { MembershipsLookup } from '../members/memberships.lookup';
import { MAILER, type Mailer } from '../notifications/mailer';
import { hashPassword, verifyPassword } from '../users/passwords';
import type { UserEntity } from '../users/user.entity';
import { toUserDto, UsersService } from '../users/users.service';
import { endOtherCredentials } from './credentials';
import { renderPasswordResetMail } from './password-reset-mail';
import { PasswordResetsRepository, RESET_LINK_MS } from './password-resets.repository';
import { SessionsService } from './sessions.service';

/** Same answer for an unknown e-mail and a wrong password: do not reveal who has an account. */
const INVALID_LOGIN = 'Invalid email or password';
const INVALID_INVITATION = 'This invitation link is invalid, used or expired';
const INVALID_RESET = 'This link to set a new password is invalid, used or expired';
const ALREADY_HAS_PASSWORD =
  'This account already has a password: sign in, or choose "Forgot password?"';
/** Same answer whether or not the address has an account: "forgot password" must not enumerate. */
export const RESET_REQUESTED =
  'If an account exists for this address, we have e-mailed it a link to set a new password. The link works once and for one hour.';
/** At most this many reset mails an hour to one address, whatever the number of instances. */
const RESETS_PER_HOUR = 3;

type SignedIn = { token: string; session: SessionResponse };

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  private readonly invitations = new InvitationsRepository();
  private readonly resets = new PasswordResetsRepository();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly memberships: MembershipsLookup,
    private readonly members: MembersService,
    private readonly clock: Clock,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<SignedIn> {
    const user = await this.users.findByEmail(this.db.manager, email);
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok)
      throw new UnauthorizedException({
        code: AuthErrorCode.INVALID_CREDENTIALS,
        message: INVALID_LOGIN,
      });
    await this.db.transaction((manager) => this.members.confirmInvitedMemberships(manager, user));
    return this.signIn(user);
  }

  async me(user: AuthenticatedUser): Promise<SessionResponse> {
    return { user, memberships: await this.memberships.forUser(user.id) };
  }

  /**
   * Sets the password of an account that has none, from a one-time invitation link (7 days), and
   * signs them in. Never overwrites a password: once one is set, every invitation of the account
   * is revoked, and a link that is somehow still open is spent with a 409.
   */
  async acceptInvitation(token: string, password: string): Promise<SignedIn> {
    // Checked before hashing, so guessed links cost no argon2 run.
    if (!(await this.invitations.userOf(this.db.manager, token)))
      throw new NotFoundException({
        code: AuthErrorCode.INVITATION_INVALID,
        message: INVALID_INVITATION,
      });
    const passwordHash = await hashPassword(password);
    const now = this.clock.now();
    const outcome = await this.db.transaction(async (manager) => {
      const userId = await this.invitations.userOf(manager, token);
      if (!userId)
        throw new NotFoundException({
          code: AuthErrorCode.INVITATION_INVALID,
          message: INVALID_INVITATION,
        });
      // The account row first: concurrent links, resets and new memberships queue behind it.
      const { hasPassword } = await this.users.lockCredentials(manager, userId);
      if (!(await this.invitations.claim(manager, token, now)))
        throw new NotFoundException({
          code: AuthErrorCode.INVITATION_INVALID,
          message: INVALID_INVITATION,
        });
      if (hasPassword) return null;
      return this.setPassword(manager, userId, passwordHash, now);
    });
    if (!outcome)
      throw new ConflictException({
        code: AuthErrorCode.PASSWORD_ALREADY_SET,
        message: ALREADY_HAS_PASSWORD,
      });
    return this.signIn(outcome);
  }

  /**
   * "Forgot password": e-mails a single-use link (1 hour) to the address if it has an account
   * (with or without a password). The caller learns nothing either way: same answer, same status.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(this.db.manager, email);
    if (!user) return;
    const now = this.clock.now();
    const token = await this.db.transaction(async (manager) => {
      await this.users.lockCredentials(manager, user.id);
      const recent = await this.resets.countSince(
        manager,
        user.id,
        new Date(now.getTime() - RESET_LINK_MS),
      );
      return recent >= RESETS_PER_HOUR ? null : this.resets.create(manager, user.id, now);
    });
    if (!token) {
      this.logger.warn({ msg: 'Password reset mail cap reached', userId: user.id });
      return;
    }
    // Not awaited: an SMTP round trip for existing addresses only would tell them apart by timing.
    this.mailer
      .send(renderPasswordResetMail(user.email, token, this.config.publicUrl))
      .catch((error: unknown) =>
        this.logger.error({
          msg: 'Could not e-mail a password reset link',
          userId: user.id,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  }

  /** Sets a new password from a reset link (single use, 1 hour) and signs in; other sessions end. */
  async resetPassword(token: string, password: string): Promise<SignedIn> {
    if (!(await this.resets.userOf(this.db.manager, token)))
      throw new NotFoundException({
        code: AuthErrorCode.RESET_LINK_INVALID,
        message: INVALID_RESET,
      });
    const passwordHash = await hashPassword(password);
    const now = this.clock.now();
    const user = await this.db.transaction(async (manager) => {
      const userId = await this.resets.userOf(manager, token);
      if (!userId)
        throw new NotFoundException({
          code: AuthErrorCode.RESET_LINK_INVALID,
          message: INVALID_RESET,
        });
      await this.users.lockCredentials(manager, userId);
      if (!(await this.resets.claim(manager, token, now)))
        throw new NotFoundException({
          code: AuthErrorCode.RESET_LINK_INVALID,
          message: INVALID_RESET,
        });
      return this.setPassword(manager, userId, passwordHash, now);
    });
    return this.signIn(user);
  }

  /** The one way a password is set through the API: everything handed out before stops working. */
  private async setPassword(
    manager: EntityManager,
    userId: string,
    passwordHash: string,
    now: Date,
  ): Promise<UserEntity> {
    await this.users.setPasswordHash(manager, userId, passwordHash);
    await endOtherCredentials(manager, userId, now);
    const user = await this.users.findById(userId, manager);
    await this.members.confirmInvitedMemberships(manager, user);
    return user;
  }

  private async signIn(user: UserEntity): Promise<SignedIn> {
    const token = await this.sessions.create(user.id);
    return {
      token,
      session: { user: toUserDto(user), memberships: await this.memberships.forUser(user.id) },
    };
  }
}
