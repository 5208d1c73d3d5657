import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  roundTo,
  anonymisedAggregate,
  SIZE_CLASSES,
  type AnonymisedAggregate,
  type FairShareCompanyDto,
  type PortalActionItemDto,
  type PortalBenefitDto,
  type PortalCommitmentDto,
  type PortalComparisonDto,
  type PortalDto,
} from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { invalidField, notFound } from '../../common/errors/conflict';
import { sqlOne, sqlRows } from '../../database/sql';
import { FairShareService } from '../insights/fair-share.service';
import {
  PORTAL_ACTION_ITEMS_SQL,
  PORTAL_BENEFITS_SQL,
  PORTAL_COMMITMENTS_SQL,
  PORTAL_ORGANISATION_SQL,
} from './portal.sql';

type Numeric = string | number;

@Injectable()
export class PortalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly fairShare: FairShareService,
  ) {}

  async get(ctx: CoalitionContext, previewOrganisationId: string | undefined): Promise<PortalDto> {
    const organisationId = this.organisationOf(ctx, previewOrganisationId);
    const manager = this.db.manager;
    const params = [ctx.coalitionId, organisationId];
    const organisation = await sqlOne<
      PortalDto['organisation'] & { size_class: PortalDto['organisation']['sizeClass'] }
    >(manager, PORTAL_ORGANISATION_SQL, params);
    if (!organisation) throw notFound('Organisation');
    const period = this.fairShare.period();
    const [commitments, benefits, actionItems, fairShare] = await Promise.all([
      sqlRows<CommitmentRow>(manager, PORTAL_COMMITMENTS_SQL, [...params, period.to]),
      sqlRows<BenefitRow>(manager, PORTAL_BENEFITS_SQL, params),
      sqlRows<ActionItemRow>(manager, PORTAL_ACTION_ITEMS_SQL, params),
      this.fairShare.companies(manager, ctx.coalitionId, period),
    ]);
    const own = fairShare.companies.find((c) => c.organisationId === organisationId);
    const others = fairShare.companies.filter((c) => c.organisationId !== organisationId);
    return {
      organisation: {
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        sizeClass: organisation.size_class,
        status: organisation.status,
      },
      period,
      commitments: commitments.map(toCommitment),
      benefits: benefits.map(toBenefit),
      fairShare: own ? ownFairShare(own, others) : null,
      actionItems: actionItems.map(toActionItem),
      comparison: SIZE_CLASSES.map((sizeClass): PortalComparisonDto => {
        const peers = others.filter((c) => c.sizeClass === sizeClass);
        return {
          sizeClass,
          yours: own?.sizeClass === sizeClass,
          deliveredValueEur: inCents(anonymisedAggregate(peers.map((c) => c.deliveredValueEur))),
          fairShareIndex: inCents(anonymisedAggregate(indexesOf(peers))),
        };
      }),
    };
  }

  /** A partner's own organisation; staff name the one to preview. */
  private organisationOf(ctx: CoalitionContext, previewOrganisationId: string | undefined): string {
    if (ctx.role === 'partner') {
      if (previewOrganisationId !== undefined && previewOrganisationId !== ctx.organisationId) {
        throw new ForbiddenException('A partner sees only the portal of their own organisation');
      }
      return ctx.organisationId!;
    }
    if (previewOrganisationId === undefined) {
      throw invalidField('organisationId', 'is required to preview a partner portal');
    }
    return previewOrganisationId;
  }
}

/** The own index, unless the others are too few to hide behind the totals it is made of. */
function ownFairShare(
  own: FairShareCompanyDto,
  others: readonly FairShareCompanyDto[],
): NonNullable<PortalDto['fairShare']> {
  const total = anonymisedAggregate(others.map((c) => c.deliveredValueEur));
  return {
    deliveredValueEur: own.deliveredValueEur,
    index: total.withheld ? null : own.index,
    indexWithheld: total.withheld ? total.reason : null,
  };
}

function indexesOf(companies: readonly FairShareCompanyDto[]): number[] {
  return companies.flatMap((c) => (c.index === null ? [] : [c.index]));
}

/** Interpolated quartiles of euro amounts and 2-decimal indexes, shown to 2 decimals. */
function inCents(aggregate: AnonymisedAggregate): AnonymisedAggregate {
  if (aggregate.withheld) return aggregate;
  const cents = (x: number) => roundTo(x, 2);
  return {
    ...aggregate,
    p25: cents(aggregate.p25),
    median: cents(aggregate.median),
    p75: cents(aggregate.p75),
  };
}

interface CommitmentRow {
  id: string;
  kind: PortalCommitmentDto['kind'];
  description: string | null;
  status: PortalCommitmentDto['status'];
  unit: PortalCommitmentDto['unit'];
  quantity: Numeric;
  delivered_quantity: Numeric;
  pledged_value: Numeric;
  delivered_value: Numeric;
  starts_on: string | null;
  ends_on: string | null;
}

function toCommitment(row: CommitmentRow): PortalCommitmentDto {
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    status: row.status,
    unit: row.unit,
    quantity: Number(row.quantity),
    deliveredQuantity: Number(row.delivered_quantity),
    pledgedValueEur: Number(row.pledged_value),
    deliveredValueEur: Number(row.delivered_value),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

interface BenefitRow {
  id: string;
  kind: PortalBenefitDto['kind'];
  quantity: Numeric;
  received_on: string;
  note: string | null;
}

function toBenefit(row: BenefitRow): PortalBenefitDto {
  return {
    id: row.id,
    kind: row.kind,
    quantity: Number(row.quantity),
    receivedOn: row.received_on,
    note: row.note,
  };
}

interface ActionItemRow {
  id: string;
  title: string;
  status: PortalActionItemDto['status'];
  priority: PortalActionItemDto['priority'];
  due_on: string | null;
  owned: boolean;
  owner_name: string | null;
}

function toActionItem(row: ActionItemRow): PortalActionItemDto {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    priority: row.priority,
    dueOn: row.due_on,
    ownerName: row.owner_name,
    owned: row.owned,
  };
}
