import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoalitionDto, CoalitionSettings, MemberInvitation, Role } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser, CoalitionContext } from '../../common/auth/request-context';
import { updateVersioned } from '../../common/db/versioned-update';
import { invalidField, notFound } from '../../common/errors/conflict';
import { sqlRows } from '../../database/sql';
import { MembersService } from '../members/members.service';
import { CoalitionEntity } from './coalition.entity';
import { effectiveSettings, toCoalitionDto } from './coalition.mapper';
import type { CreateCoalitionDto } from './dto/create-coalition.dto';
import type { UpdateCoalitionDto } from './dto/update-coalition.dto';

@Injectable()
export class CoalitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly members: MembersService,
  ) {}

  /** The caller's coalitions; installation admins see every coalition. */
  async listMine(user: AuthenticatedUser): Promise<CoalitionDto[]> {
    const rows = await sqlRows<{ id: string; role: Role | null }>(
      this.db.manager,
      `SELECT c.id, m.role
         FROM coalition c
         LEFT JOIN membership m ON m.coalition_id = c.id AND m.user_id = $1 AND m.deleted_at IS NULL
        WHERE c.deleted_at IS NULL AND (m.id IS NOT NULL OR $2::boolean)
        ORDER BY c.name`,
      [user.id, user.isAdmin],
    );
    if (rows.length === 0) return [];
    const entities = await this.db
      .getRepository(CoalitionEntity)
      .find({ where: rows.map((r) => ({ id: r.id })) });
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows.map((r) => toCoalitionDto(byId.get(r.id)!, r.role ?? undefined));
  }

  async create(
    user: AuthenticatedUser,
    input: CreateCoalitionDto,
  ): Promise<CoalitionDto & { invitationUrl?: string; coordinatorInvitation?: MemberInvitation }> {
    if (!user.isAdmin) throw new ForbiddenException('Only installation admins create coalitions');
    const settings = validatedSettings({}, input.settings);
    const created = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(CoalitionEntity);
      const coalition = await repo.save(
        repo.create({
          name: input.name.trim(),
          region: input.region ?? null,
          description: input.description ?? null,
          themes: input.themes ?? [],
          settings,
        }),
      );
      const dto = toCoalitionDto(coalition);
      await this.audit.record(manager, {
        coalitionId: coalition.id,
        actorUserId: user.id,
        entityType: 'coalition',
        entityId: coalition.id,
        action: 'create',
        after: dto,
      });
      if (!input.coordinator) return { dto, mail: null };
      const ctx: CoalitionContext = {
        user,
        coalitionId: coalition.id,
        role: 'coordinator',
        organisationId: null,
      };
      const { member, mail } = await this.members.addInTransaction(manager, ctx, {
        ...input.coordinator,
        role: 'coordinator',
      });
      // A link only for an account this request created; an existing one is e-mailed instead.
      const { invitation, invitationUrl } = member;
      return {
        dto: {
          ...dto,
          ...(invitation ? { coordinatorInvitation: invitation } : {}),
          ...(invitationUrl ? { invitationUrl } : {}),
        },
        mail,
      };
    });
    await this.members.deliver(created.mail);
    return created.dto;
  }

  async get(ctx: CoalitionContext): Promise<CoalitionDto> {
    const entity = await this.find(this.db.manager, ctx.coalitionId);
    return toCoalitionDto(entity, ctx.role);
  }

  async update(ctx: CoalitionContext, input: UpdateCoalitionDto): Promise<CoalitionDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx.coalitionId);
      const set: Record<string, unknown> = {};
      if (input.name !== undefined) set.name = input.name.trim();
      if (input.region !== undefined) set.region = input.region;
      if (input.description !== undefined) set.description = input.description;
      if (input.themes !== undefined) set.themes = input.themes;
      if (input.settings !== undefined)
        set.settings = validatedSettings(before.settings, input.settings);
      await updateVersioned(manager, {
        table: 'coalition',
        tenantColumn: 'id',
        coalitionId: ctx.coalitionId,
        id: ctx.coalitionId,
        version: input.version,
        set,
        label: 'Coalition',
      });
      const after = await this.find(manager, ctx.coalitionId);
      await this.audit.record(manager, {
        coalitionId: ctx.coalitionId,
        actorUserId: ctx.user.id,
        entityType: 'coalition',
        entityId: ctx.coalitionId,
        action: 'update',
        before: toCoalitionDto(before),
        after: toCoalitionDto(after),
      });
      return toCoalitionDto(after, ctx.role);
    });
  }

  private async find(manager: EntityManager, id: string): Promise<CoalitionEntity> {
    const entity = await manager.getRepository(CoalitionEntity).findOneBy({ id });
    if (!entity) throw notFound('Coalition');
    return entity;
  }
}

/** Merges a settings change into the stored ones and checks the rule that spans fields. */
export function validatedSettings(
  stored: Partial<CoalitionSettings>,
  change: Partial<CoalitionSettings> | undefined,
): Partial<CoalitionSettings> {
  const merged = { ...stored, ...stripUndefined(change ?? {}) };
  const effective = effectiveSettings(merged);
  if (effective.coolingDays >= effective.dormantDays) {
    throw invalidField(
      'settings.coolingDays',
      `must be less than dormantDays (${effective.dormantDays})`,
    );
  }
  if (effective.dormantRatio >= effective.coolingRatio) {
    throw invalidField(
      'settings.dormantRatio',
      `must be less than coolingRatio (${effective.coolingRatio})`,
    );
  }
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
