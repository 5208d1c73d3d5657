import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoalitionDto, CoalitionSettings, MemberInvitation } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, CoalitionContext } from '../../common/auth/request-context';
import { actorOf } from '../../common/db/audited-write';
import { invalidField } from '../../common/errors/conflict';
import { MembersService } from '../members/members.service';
import type { CoalitionEntity } from './coalition.entity';
import { coalitionsRepository } from './coalitions.repository';
import { effectiveSettings, toCoalitionDto } from './coalition.mapper';
import type { CreateCoalitionDto } from './dto/create-coalition.dto';
import type { UpdateCoalitionDto } from './dto/update-coalition.dto';

@Injectable()
export class CoalitionsService {
  private readonly repo = coalitionsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly members: MembersService,
  ) {}

  /** The caller's coalitions; installation admins see every coalition. */
  async listMine(user: AuthenticatedUser): Promise<CoalitionDto[]> {
    const rows = await this.repo.listForUser(this.db.manager, user);
    return rows.map((r) => toCoalitionDto(r.entity, r.role ?? undefined));
  }

  async create(
    user: AuthenticatedUser,
    input: CreateCoalitionDto,
  ): Promise<CoalitionDto & { invitationUrl?: string; coordinatorInvitation?: MemberInvitation }> {
    if (!user.isAdmin) throw new ForbiddenException('Only installation admins create coalitions');
    const settings = validatedSettings({}, input.settings);
    const created = await this.db.transaction(async (manager) => {
      const coalition = await this.repo.insert(manager, {
        name: input.name.trim(),
        region: input.region ?? null,
        description: input.description ?? null,
        themes: input.themes ?? [],
        settings,
      });
      const dto = await this.repo.writes.created(
        manager,
        { coalitionId: coalition.id, actorUserId: user.id },
        coalition.id,
        toCoalitionDto(coalition),
      );
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
    const entity = await this.repo.find(this.db.manager, ctx.coalitionId);
    return toCoalitionDto(entity, ctx.role);
  }

  async update(ctx: CoalitionContext, input: UpdateCoalitionDto): Promise<CoalitionDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.repo.find(manager, ctx.coalitionId);
      const set: Record<string, unknown> = {};
      if (input.name !== undefined) set.name = input.name.trim();
      if (input.region !== undefined) set.region = input.region;
      if (input.description !== undefined) set.description = input.description;
      if (input.themes !== undefined) set.themes = input.themes;
      if (input.settings !== undefined)
        set.settings = validatedSettings(before.settings, input.settings);
      let after: CoalitionEntity | undefined;
      await this.repo.writes.update(manager, actorOf(ctx), {
        id: ctx.coalitionId,
        version: input.version,
        set,
        before: toCoalitionDto(before),
        reload: async () => {
          after = await this.repo.find(manager, ctx.coalitionId);
          return toCoalitionDto(after);
        },
      });
      return toCoalitionDto(after!, ctx.role);
    });
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
