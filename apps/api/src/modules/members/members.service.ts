import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberDto, Page, Role } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.token';
import type { AppConfig } from '../../config';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne, sqlRows } from '../../database/sql';
import { MAILER, type Mailer, type MailMessage } from '../notifications/mailer';
import { UsersService } from '../users/users.service';
import type { CreateMemberDto } from './dto/create-member.dto';
import type { ListMembersQuery } from './dto/list-members.query';
import type { UpdateMemberDto } from './dto/update-member.dto';
import { InvitationsRepository } from './invitations.repository';
import {
  MEMBER_EMAIL,
  MEMBER_NAME,
  MEMBER_SELECT,
  type MemberRow,
  toMemberDto,
} from './member.mapper';
import { renderMembershipMail } from './membership-mail';

const SORTS = { name: MEMBER_NAME, email: MEMBER_EMAIL, role: 'm.role', createdAt: 'm.created_at' };

/** A membership just added, and the e-mail to send to the person once the transaction commits. */
export interface AddedMember {
  member: MemberDto;
  mail: MailMessage | null;
}

@Injectable()
export class MembersService {
  private readonly logger = new Logger(MembersService.name);
  private readonly invitations = new InvitationsRepository();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(ctx: CoalitionContext, query: ListMembersQuery): Promise<Page<MemberDto>> {
    const params: unknown[] = [ctx.coalitionId];
    const where = ['m.coalition_id = $1', 'm.deleted_at IS NULL'];
    if (query.role) {
      params.push(query.role);
      where.push(`m.role = $${params.length}`);
    }
    if (query.q) {
      params.push(likePattern(query.q));
      // The shown name and e-mail, not the stored ones: a search must not probe another coalition's data.
      where.push(
        `(${MEMBER_NAME} ILIKE $${params.length} OR ${MEMBER_EMAIL} ILIKE $${params.length})`,
      );
    }
    return listPage(this.db.manager, {
      select: MEMBER_SELECT,
      where: new SqlFilter(where, params),
      orderBy: orderBy(query.sort, SORTS, 'name', 'm.id'),
      map: (row: MemberRow) => toMemberDto(row),
      ...query,
    });
  }

  async get(ctx: CoalitionContext, id: string): Promise<MemberDto> {
    return toMemberDto(await this.findRow(this.db.manager, ctx.coalitionId, id));
  }

  async add(ctx: CoalitionContext, input: CreateMemberDto): Promise<MemberDto> {
    const added = await this.db.transaction((manager) =>
      this.addInTransaction(manager, ctx, input),
    );
    await this.deliver(added.mail);
    return added.member;
  }

  /**
   * Adds a user with a role; used by coalition creation too. Only an account that this very call
   * creates may answer with an invitation link (the caller hands it on). An account that already
   * exists — with or without a password — is never handed to the caller: the person is e-mailed
   * (with a link of their own if they have no password yet) and sees the membership at next login.
   * Send `mail` with `deliver()` after the transaction has committed.
   */
  async addInTransaction(
    manager: EntityManager,
    ctx: CoalitionContext,
    input: { email: string; name: string; role: Role; organisationId?: string; password?: string },
  ): Promise<AddedMember> {
    await this.checkOrganisation(
      manager,
      ctx.coalitionId,
      input.role,
      input.organisationId ?? null,
    );
    const now = this.clock.now();
    const found = await this.users.findByEmail(manager, input.email);
    if (found) await this.refuseSecondMembership(manager, ctx.coalitionId, found.id, input.email);
    const user =
      found ??
      (await this.users.create(manager, {
        email: input.email,
        name: input.name,
        password: input.password,
      }));
    let invitationUrl: string | undefined;
    let mailToken: string | null = null;
    if (!found) {
      if (!input.password) {
        const token = await this.invitations.create(manager, {
          userId: user.id,
          coalitionId: ctx.coalitionId,
          mailed: false,
          now,
        });
        invitationUrl = `${this.config.publicUrl}/invitation/${token}`;
      }
    } else if (!(await this.users.lockCredentials(manager, user.id)).hasPassword) {
      // A link some coordinator was handed for this account would now open this coalition too.
      await this.invitations.revokeHandedOut(manager, user.id, now);
      mailToken = await this.invitations.create(manager, {
        userId: user.id,
        coalitionId: ctx.coalitionId,
        mailed: true,
        now,
      });
    }
    const inserted = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO membership (coalition_id, user_id, role, organisation_id, invited_name, invited_email)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        ctx.coalitionId,
        user.id,
        input.role,
        input.organisationId ?? null,
        found ? input.name.trim() : null,
        found ? input.email.trim() : null,
      ],
    );
    const member = toMemberDto(await this.findRow(manager, ctx.coalitionId, inserted!.id));
    await this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'membership',
      entityId: member.id,
      action: 'create',
      after: member,
    });
    if (invitationUrl)
      return { member: { ...member, invitation: 'link', invitationUrl }, mail: null };
    if (!found) return { member, mail: null };
    const coalition = await sqlOne<{ name: string }>(
      manager,
      'SELECT name FROM coalition WHERE id = $1',
      [ctx.coalitionId],
    );
    const mail = renderMembershipMail({
      to: user.email,
      coalitionName: coalition!.name,
      role: input.role,
      invitedBy: ctx.user.name,
      publicUrl: this.config.publicUrl,
      invitationToken: mailToken,
    });
    return { member: { ...member, invitation: 'notified' }, mail };
  }

  /**
   * Sends the e-mail of an added membership. A failing mail server does not undo the membership:
   * the person sees it at next login, and "forgot password" mails a new link.
   */
  async deliver(mail: MailMessage | null): Promise<void> {
    if (!mail) return;
    try {
      await this.mailer.send(mail);
    } catch (error) {
      this.logger.error({
        msg: 'Could not e-mail a new membership',
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * An account signed in (login, invitation, password reset): its memberships now show its own
   * name and e-mail instead of what the adding coordinator typed. One audit event per membership.
   */
  async confirmInvitedMemberships(
    manager: EntityManager,
    user: { id: string; name: string; email: string },
  ): Promise<void> {
    const confirmed = await sqlRows<{
      id: string;
      coalition_id: string;
      invited_name: string | null;
      invited_email: string | null;
    }>(
      manager,
      `WITH invited AS (
         SELECT coalition_id, id, invited_name, invited_email FROM membership
          WHERE user_id = $1 AND deleted_at IS NULL
            AND (invited_name IS NOT NULL OR invited_email IS NOT NULL)
          FOR UPDATE)
       UPDATE membership m SET invited_name = NULL, invited_email = NULL
         FROM invited i
        WHERE m.coalition_id = i.coalition_id AND m.id = i.id
       RETURNING m.id, m.coalition_id, i.invited_name, i.invited_email`,
      [user.id],
    );
    await this.audit.recordMany(
      manager,
      confirmed.map((row) => ({
        coalitionId: row.coalition_id,
        actorUserId: user.id,
        entityType: 'membership',
        entityId: row.id,
        action: 'update' as const,
        before: { name: row.invited_name, email: row.invited_email },
        after: { name: user.name, email: user.email },
      })),
    );
  }

  update(ctx: CoalitionContext, id: string, input: UpdateMemberDto): Promise<MemberDto> {
    return this.db.transaction(async (manager) => {
      const before = toMemberDto(await this.findRow(manager, ctx.coalitionId, id));
      const role = input.role ?? before.role;
      const organisationId =
        input.organisationId !== undefined
          ? input.organisationId
          : role === 'partner'
            ? before.organisationId
            : null;
      await this.checkOrganisation(manager, ctx.coalitionId, role, organisationId);
      if (before.role === 'coordinator' && role !== 'coordinator')
        await this.keepOneCoordinator(manager, ctx.coalitionId, id);
      await updateVersioned(manager, {
        table: 'membership',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set: { role, organisation_id: organisationId },
        label: 'Member',
      });
      const after = toMemberDto(await this.findRow(manager, ctx.coalitionId, id));
      await this.audit.record(manager, {
        coalitionId: ctx.coalitionId,
        actorUserId: ctx.user.id,
        entityType: 'membership',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return after;
    });
  }

  /** Soft delete: the membership ends, the account and its history stay. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = toMemberDto(await this.findRow(manager, ctx.coalitionId, id));
      if (before.role === 'coordinator')
        await this.keepOneCoordinator(manager, ctx.coalitionId, id);
      await manager.query(
        'UPDATE membership SET deleted_at = now(), version = version + 1 WHERE coalition_id = $1 AND id = $2',
        [ctx.coalitionId, id],
      );
      await this.audit.record(manager, {
        coalitionId: ctx.coalitionId,
        actorUserId: ctx.user.id,
        entityType: 'membership',
        entityId: id,
        action: 'delete',
        before,
        after: null,
      });
    });
  }

  private async findRow(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<MemberRow> {
    const row = await sqlOne<MemberRow>(
      manager,
      `${MEMBER_SELECT} WHERE m.coalition_id = $1 AND m.id = $2 AND m.deleted_at IS NULL`,
      [coalitionId, id],
    );
    if (!row) throw notFound('Member');
    return row;
  }

  /** A coalition without a coordinator could not be administered any more. */
  private async keepOneCoordinator(
    manager: EntityManager,
    coalitionId: string,
    leavingId: string,
  ): Promise<void> {
    const others = await sqlOne<{ n: string }>(
      manager,
      `SELECT count(*) AS n FROM membership
        WHERE coalition_id = $1 AND role = 'coordinator' AND deleted_at IS NULL AND id <> $2`,
      [coalitionId, leavingId],
    );
    if (Number(others?.n ?? 0) === 0) throw conflict('A coalition needs at least one coordinator');
  }

  private async checkOrganisation(
    manager: EntityManager,
    coalitionId: string,
    role: Role,
    organisationId: string | null,
  ): Promise<void> {
    if (role !== 'partner') {
      if (organisationId) throw invalidField('organisationId', 'is only for partners');
      return;
    }
    if (!organisationId) throw invalidField('organisationId', 'is required for a partner');
    const exists = await sqlOne(
      manager,
      `SELECT 1 FROM organisation WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL`,
      [coalitionId, organisationId],
    );
    if (!exists) throw invalidField('organisationId', 'is not an organisation of this coalition');
  }

  private async refuseSecondMembership(
    manager: EntityManager,
    coalitionId: string,
    userId: string,
    email: string,
  ): Promise<void> {
    const existing = await sqlOne(
      manager,
      'SELECT id FROM membership WHERE coalition_id = $1 AND user_id = $2 AND deleted_at IS NULL',
      [coalitionId, userId],
    );
    if (existing)
      throw conflict(`${email} is already a member of this coalition`, [
        { field: 'email', message: 'is already a member' },
      ]);
  }
}
