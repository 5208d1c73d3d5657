import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMITMENT_STATUSES,
  HEALTHS,
  RISK_LEVELS,
  type AttentionItemDto,
  type AttentionReasonDto,
  type CommitmentStatus,
  type CommitmentStatusSummaryDto,
  type DashboardDto,
  type DepartureDto,
  type Health,
  type RiskLevel,
  type SuccessionFactorDto,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { sqlOne, sqlRows } from '../../database/sql';
import {
  type AnalyticsContext,
  analyticsParams,
  loadAnalyticsContext,
  resolveAsOf,
} from './analytics-context';
import {
  ACTION_ITEM_COUNTS_SQL,
  COMMITMENT_SUMMARY_SQL,
  DEPARTING_CONDITION,
  type CommitmentSummaryRow,
  ORGANISATION_SUMMARY_SQL,
  type OrganisationSummaryRow,
  type AttentionRow,
} from './dashboard.sql';
import {
  emptyHoldings,
  type HeldRow,
  type HolderRow,
  holdingsByHolder,
  toHolderDto,
} from './holdings.mapper';
import { loadPersonNames, personIdsOf, toEngagement, toSuccession } from './insight.mapper';
import { holderSql, holdingsSql } from './responsibilities.sql';

/** How many organisations the "needs attention" list shows (its total is given too). */
const ATTENTION_LIMIT = 20;
const MS_PER_DAY = 86_400_000;

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(ctx: CoalitionContext, asOf: string | undefined): Promise<DashboardDto> {
    const manager = this.db.manager;
    const analytics = await loadAnalyticsContext(
      manager,
      ctx.coalitionId,
      resolveAsOf(asOf, this.clock),
    );
    const [summary, actionItems, commitments, departures] = await Promise.all([
      this.organisations(manager, analytics),
      sqlOne<DashboardDto['actionItems']>(manager, ACTION_ITEM_COUNTS_SQL, [
        ctx.coalitionId,
        analytics.asOf.toISOString(),
      ]),
      this.commitments(manager, analytics),
      this.departures(manager, analytics),
    ]);
    return {
      asOf: analytics.asOf.toISOString(),
      settings: analytics.settings,
      ...summary,
      actionItems: actionItems!,
      commitments,
      departures,
    };
  }

  private async organisations(
    manager: EntityManager,
    analytics: AnalyticsContext,
  ): Promise<Pick<DashboardDto, 'organisations' | 'needsAttention'>> {
    const rows = await sqlRows<OrganisationSummaryRow>(manager, ORGANISATION_SUMMARY_SQL, [
      ...analyticsParams(analytics),
      ATTENTION_LIMIT,
    ]);
    const counts = rows[0];
    const listed = rows.filter(
      (r): r is OrganisationSummaryRow & AttentionRow => r.organisation_id !== null,
    );
    const names = await loadPersonNames(manager, analytics.coalitionId, personIdsOf(listed));
    return {
      organisations: {
        total: counts.organisations,
        byHealth: Object.fromEntries(HEALTHS.map((h) => [h, counts[`health_${h}`]])) as Record<
          Health,
          number
        >,
        byRisk: Object.fromEntries(RISK_LEVELS.map((r) => [r, counts[`risk_${r}`]])) as Record<
          RiskLevel,
          number
        >,
      },
      needsAttention: {
        total: counts.attention_total,
        items: listed.map((row) => toAttentionItem(row, toSuccession(row, names).factors)),
      },
    };
  }

  private async commitments(
    manager: EntityManager,
    analytics: AnalyticsContext,
  ): Promise<DashboardDto['commitments']> {
    const rows = await sqlRows<CommitmentSummaryRow>(manager, COMMITMENT_SUMMARY_SQL, [
      analytics.coalitionId,
      analytics.asOf.toISOString(),
    ]);
    const byStatus = new Map<CommitmentStatus, CommitmentStatusSummaryDto>(
      COMMITMENT_STATUSES.map((status) => [
        status,
        { status, count: 0, pledgedValueEur: 0, deliveredValueEur: 0, quantities: [] },
      ]),
    );
    const total = { pledgedValueEur: 0, deliveredValueEur: 0 };
    for (const row of rows) {
      const values = {
        pledgedValueEur: Number(row.pledged_value ?? 0),
        deliveredValueEur: Number(row.delivered_value),
      };
      if (row.status === null) {
        Object.assign(total, values);
      } else if (row.unit === null) {
        Object.assign(byStatus.get(row.status)!, { count: row.count, ...values });
      } else {
        byStatus.get(row.status)!.quantities.push({
          unit: row.unit,
          pledged: Number(row.pledged_quantity),
          delivered: Number(row.delivered_quantity),
        });
      }
    }
    return { byStatus: [...byStatus.values()], ...total };
  }

  private async departures(
    manager: EntityManager,
    analytics: AnalyticsContext,
  ): Promise<DepartureDto[]> {
    const asOf = analytics.asOf.toISOString();
    const people = await sqlRows<HolderRow>(
      manager,
      holderSql(DEPARTING_CONDITION, 'p.leaving_on, lower(p.name), p.id'),
      [analytics.coalitionId, asOf],
    );
    if (people.length === 0) return [];
    const held = await sqlRows<HeldRow>(manager, holdingsSql('held.holder_id = ANY($3::text[])'), [
      analytics.coalitionId,
      asOf,
      people.map((p) => p.id),
    ]);
    const byHolder = holdingsByHolder(held);
    const asOfDay = Date.parse(asOf.slice(0, 10));
    return people.map((person) => ({
      person: toHolderDto(person),
      daysUntilLeaving: Math.round((Date.parse(person.leaving_on!) - asOfDay) / MS_PER_DAY),
      holds: byHolder.get(person.id) ?? emptyHoldings(),
    }));
  }
}

const FACTOR_MESSAGES: Record<SuccessionFactorDto['code'], (names: string) => string> = {
  no_contact: () => 'No active contact person',
  key_contact_leaving: (names) => `Key contact leaving without a successor: ${names}`,
  key_contact_left: (names) => `Key contact left without a successor: ${names}`,
  owner_leaving: (names) => `Relationship owner is not active: ${names}`,
  single_contact: (names) => `Only one active contact: ${names}`,
  concentrated: (names) => `Contact concentrated on ${names}`,
  orphaned_actions: () => 'Open action items without an active owner',
};

function toAttentionItem(row: AttentionRow, factors: SuccessionFactorDto[]): AttentionItemDto {
  const engagement = toEngagement(row);
  const reasons: AttentionReasonDto[] = factors.map((factor) => ({
    kind: 'succession',
    code: factor.code,
    message:
      factor.code === 'orphaned_actions'
        ? `${plural(factor.actionItemIds?.length ?? 0, 'open action item')} without an active owner`
        : FACTOR_MESSAGES[factor.code](factor.people.map((p) => p.name).join(', ')),
  }));
  if (engagement.health !== 'engaged') {
    reasons.push({
      kind: 'engagement',
      code: engagement.health,
      message: healthMessage(engagement),
    });
  }
  if (row.overdue > 0) {
    reasons.push({
      kind: 'action_items',
      code: 'overdue',
      message: `${plural(row.overdue, 'overdue action item')}`,
    });
  }
  return {
    organisationId: row.organisation_id,
    name: row.name,
    risk: row.risk_level,
    riskScore: row.risk_score,
    health: engagement.health,
    engagementIndex: engagement.index,
    daysSinceLastInteraction: engagement.daysSinceLastInteraction,
    overdueActionItems: row.overdue,
    reasons,
  };
}

function healthMessage(engagement: ReturnType<typeof toEngagement>): string {
  if (engagement.health === 'no_contact') return 'No interaction recorded';
  const label = engagement.health === 'dormant' ? 'Dormant' : 'Cooling';
  return `${label}: last interaction ${plural(engagement.daysSinceLastInteraction ?? 0, 'day')} ago, engagement at ${engagement.index}% of its peak`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
