import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResponsibilitiesDto } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { sqlRows } from '../../database/sql';
import {
  addHeld,
  countHoldings,
  emptyHoldings,
  type HeldRow,
  type HolderRow,
  holdingsByHolder,
  toHolderDto,
} from './holdings.mapper';
import { holderSql, holdingsSql } from './responsibilities.sql';

/** Who holds what, now: people who are not active come first, their holdings are orphaned. */
const HOLDER_ORDER = `array_position(ARRAY['left', 'leaving', 'active'], p.status), lower(p.name), p.id`;

@Injectable()
export class ResponsibilitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(ctx: CoalitionContext): Promise<ResponsibilitiesDto> {
    const now = this.clock.now().toISOString();
    const held = await sqlRows<HeldRow>(this.db.manager, holdingsSql('true'), [
      ctx.coalitionId,
      now,
    ]);
    const byHolder = holdingsByHolder(held);
    const holders = await sqlRows<HolderRow>(
      this.db.manager,
      holderSql('p.id = ANY($2::uuid[])', HOLDER_ORDER),
      [ctx.coalitionId, [...byHolder.keys()]],
    );
    const unowned = emptyHoldings();
    for (const row of held) {
      if (row.holder_id === null) addHeld(unowned, row);
    }
    // Every key contact is somebody: only the other kinds can be unowned.
    const { keyContactOf: _none, ...unownedKinds } = unowned;
    return {
      people: holders.map((holder) => {
        const holds = byHolder.get(holder.id)!;
        return { person: toHolderDto(holder), holds, total: countHoldings(holds) };
      }),
      unowned: unownedKinds,
    };
  }
}
