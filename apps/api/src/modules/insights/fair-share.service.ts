import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FairShareDto } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { invalidField } from '../../common/errors/conflict';
import { sqlRows } from '../../database/sql';
import { FAIR_SHARE_SQL, type FairShareRow } from './fair-share.sql';

export interface Period {
  from: string;
  to: string;
}

@Injectable()
export class FairShareService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(ctx: CoalitionContext, query: { from?: string; to?: string }): Promise<FairShareDto> {
    const period = this.period(query.from, query.to);
    return { ...period, ...(await this.companies(this.db.manager, ctx.coalitionId, period)) };
  }

  /** The period asked for; by default the 12 months up to today (UTC), both days inclusive. */
  period(from?: string, to?: string): Period {
    const last = to ?? this.clock.now().toISOString().slice(0, 10);
    const first = from ?? dayAfterYearBefore(last);
    if (first > last) throw invalidField('from', `must not be after to (${last})`);
    return { from: first, to: last };
  }

  async companies(
    manager: EntityManager,
    coalitionId: string,
    period: Period,
  ): Promise<Omit<FairShareDto, 'from' | 'to'>> {
    const rows = await sqlRows<FairShareRow>(manager, FAIR_SHARE_SQL, [
      coalitionId,
      period.from,
      period.to,
    ]);
    return {
      totalDeliveredValueEur: Number(rows[0]?.total_delivered ?? 0),
      companies: rows.map((row) => ({
        organisationId: row.organisation_id,
        name: row.name,
        sizeClass: row.size_class,
        deliveredValueEur: Number(row.delivered),
        index: row.index === null ? null : Number(row.index),
      })),
    };
  }
}

/** `YYYY-MM-DD` one year before `day` (29 February → 28 February), plus one day. */
function dayAfterYearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return new Date(Date.UTC(year - 1, month - 1, Math.min(date, lastOfMonth) + 1))
    .toISOString()
    .slice(0, 10);
}
