import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberDto, Page, Role } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.token';
import type { AppConfig } from '../../config';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne } from '../../database/sql';
import { UsersService } from '../users/users.service';
import type { CreateMemberDto } from './dto/create-member.dto';
import type { ListMembersQuery } from './dto/list-members.query';
import type { UpdateMemberDto } from './dto/update-member.dto';
import { MEMBER_SELECT, type MemberRow, toMemberDto } from './member.mapper';

const INVITATION_DAYS = 7;
const SORTS = { name: 'u.name', email: 'u.email', role: 'm.role', createdAt: 'm.created_at' };

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
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
      where.push(`(u.name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
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

  add(ctx: CoalitionContext, input: CreateMemberDto): Promise<MemberDto> {
    return this.db.transaction((manager) => this.addInTransaction(manager, ctx, input));
  }

  /** Adds a user (creating the account for a new e-mail) with a role; used by coalition creation too. */
  async addInTransaction(
    manager: EntityManager,
    ctx: CoalitionContext,
    input: { email: string; name: string; role: Role; organisationId?: string; password?: string },
  ): Promise<MemberDto> {
    await this.checkOrganisation(
      manager,
      ctx.coalitionId,
      input.role,
      input.organisationId ?? null,
    );
    let user = await this.users.findByEmail(manager, input.email);
    let invitationUrl: string | undefined;
    if (!user) {
      user = await this.users.create(manager, {
        email: input.email,
        name: input.name,
        password: input.password,
      });
      if (!input.password) invitationUrl = await this.invite(manager, ctx.coalitionId, user.id);
    } else if (!user.passwordHash) {
      // Invited before but never set a password (the first link may have expired): a fresh link.
      invitationUrl = await this.invite(manager, ctx.coalitionId, user.id);
    }
    const existing = await sqlOne(
      manager,
      'SELECT id FROM membership WHERE coalition_id = $1 AND user_id = $2 AND deleted_at IS NULL',
      [ctx.coalitionId, user.id],
    );
    if (existing)
      throw conflict(`${input.email} is already a member of this coalition`, [
        { field: 'email', message: 'is already a member' },
      ]);
    const inserted = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO membership (coalition_id, user_id, role, organisation_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ctx.coalitionId, user.id, input.role, input.organisationId ?? null],
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
    return invitationUrl ? { ...member, invitationUrl } : member;
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

  private async invite(
    manager: EntityManager,
    coalitionId: string,
    userId: string,
  ): Promise<string> {
    const token = newToken();
    await manager.query(
      `INSERT INTO invitation (token_hash, user_id, coalition_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [hashToken(token), userId, coalitionId, INVITATION_DAYS],
    );
    return `${this.config.publicUrl}/invitation/${token}`;
  }
}
