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
import { sqlOne } from '../../database/sql';
import { FairShareService } from '../insights/fair-share.service';
import {
  actionItemsRepository,
  type PortalActionItemRow,
} from '../action-items/action-items.repository';
import { benefitsRepository, type PortalBenefitRow } from '../benefits/benefits.repository';
import {
  commitmentsRepository,
  type PortalCommitmentRow,
} from '../commitments/commitments.repository';
import { PORTAL_ORGANISATION_SQL } from './portal.sql';

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
      commitmentsRepository.ofOrganisationForPortal(
        manager,
        ctx.coalitionId,
        organisationId,
        period.to,
      ),
      benefitsRepository.ofOrganisationForPortal(manager, ctx.coalitionId, organisationId),
      actionItemsRepository.openOfOrganisationForPortal(manager, ctx.coalitionId, organisationId),
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

function toCommitment(row: PortalCommitmentRow): PortalCommitmentDto {
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

function toBenefit(row: PortalBenefitRow): PortalBenefitDto {
  return {
    id: row.id,
    kind: row.kind,
    quantity: Number(row.quantity),
    receivedOn: row.received_on,
    note: row.note,
  };
}

function toActionItem(row: PortalActionItemRow): PortalActionItemDto {
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
