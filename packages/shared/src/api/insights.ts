/**
 * Insights (docs/analytics.md): the numbers of the pure functions in `../analytics`, computed
 * by the API in set-based SQL for every organisation of a coalition at an explicit `asOf`.
 */
import type { AnonymisedAggregate } from '../analytics/anonymity';
import type { Engagement, EngagementPoint } from '../analytics/engagement';
import type { SuccessionFactor } from '../analytics/succession';
import type { Health, RiskLevel, SizeClass, SuccessionFactorCode } from '../analytics/types';
import type { ActionItemPriority, ActionItemStatus } from './action-items';
import type { BenefitKind } from './benefits';
import type { CoalitionSettings } from './coalitions';
import type { CommitmentKind, CommitmentStatus, CommitmentUnit } from './commitments';
import type { Page } from './common';
import type { InitiativePhase } from './initiatives';
import type { OrganisationKind, OrganisationStatus } from './organisations';
import type { PersonStatus } from './people';

export interface PersonRefDto {
  id: string;
  name: string;
}

/** The pure function's factor plus the names of the people behind it, for the UI. */
export interface SuccessionFactorDto extends SuccessionFactor {
  people: PersonRefDto[];
}

export interface SuccessionDto {
  level: RiskLevel;
  score: number;
  /** In the order of SUCCESSION_FACTOR_CODES. */
  factors: SuccessionFactorDto[];
}

/**
 * One organisation at asOf. Insights cover the coalition's current organisations: not deleted and
 * not `left` (a partner who left is no longer drifting away).
 */
export interface OrganisationInsightDto {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
  engagement: Engagement;
  succession: SuccessionDto;
  /** 12 monthly points ending at asOf, oldest first (`engagementSeries`). */
  series: EngagementPoint[];
}

/** `GET insights/organisations`: a page plus the instant and settings it was computed with. */
export interface OrganisationInsightsPage extends Page<OrganisationInsightDto> {
  asOf: string;
  settings: CoalitionSettings;
}

export interface OrganisationInsightsQuery {
  /** ISO 8601 instant; default now. */
  asOf?: string;
  health?: Health;
  risk?: RiskLevel;
  /**
   * name, score, peak, index, daysSinceLastInteraction, health, risk, riskScore; `-` for
   * descending. `health` orders dormant, cooling, no_contact, engaged; `risk` high → low (then by
   * riskScore).
   */
  sort?: string;
  /** Searches the name. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface HeldActionItemDto {
  id: string;
  title: string;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  dueOn: string | null;
  organisationId: string | null;
  organisationName: string | null;
}

export interface HeldOrganisationDto {
  id: string;
  name: string;
}

export interface HeldCommitmentDto {
  id: string;
  kind: CommitmentKind;
  description: string | null;
  status: CommitmentStatus;
  organisationId: string;
  organisationName: string;
}

export interface HeldInitiativeDto {
  id: string;
  name: string;
  phase: InitiativePhase;
}

/**
 * What one person holds: open action items (open / in_progress / blocked) they own, organisations
 * whose relationship they own, live commitments (proposed / pledged / active) they are contact
 * for, initiatives they lead (not stopped), and their organisation when they are flagged key
 * contact.
 */
export interface HoldingsDto {
  actionItems: HeldActionItemDto[];
  organisations: HeldOrganisationDto[];
  commitments: HeldCommitmentDto[];
  initiatives: HeldInitiativeDto[];
  keyContactOf: HeldOrganisationDto[];
}

export interface HolderDto {
  id: string;
  name: string;
  status: PersonStatus;
  organisationId: string | null;
  organisationName: string | null;
  leavingOn: string | null;
  leftOn: string | null;
  successor: PersonRefDto | null;
}

export interface PersonHoldingsDto {
  person: HolderDto;
  holds: HoldingsDto;
  /** Number of things held, all kinds together. */
  total: number;
}

/** `GET insights/responsibilities`: who holds what. */
export interface ResponsibilitiesDto {
  /** People holding anything: left first, then leaving, then active; by name within. */
  people: PersonHoldingsDto[];
  /** The same kinds of things held by nobody (key contacts excepted: nobody to flag). */
  unowned: Omit<HoldingsDto, 'keyContactOf'>;
}

export interface CommitmentQuantityDto {
  unit: CommitmentUnit;
  pledged: number;
  delivered: number;
}

export interface CommitmentStatusSummaryDto {
  status: CommitmentStatus;
  count: number;
  pledgedValueEur: number;
  deliveredValueEur: number;
  /** Quantities only add up per unit. */
  quantities: CommitmentQuantityDto[];
}

export interface DepartureDto {
  person: HolderDto;
  /** Negative when the leaving date has passed and the person is not marked `left` yet. */
  daysUntilLeaving: number;
  holds: HoldingsDto;
}

export type AttentionReasonKind = 'succession' | 'engagement' | 'action_items';

export interface AttentionReasonDto {
  kind: AttentionReasonKind;
  /** A succession factor code; a health (`dormant`, `cooling`, `no_contact`); or `overdue`. */
  code: SuccessionFactorCode | Exclude<Health, 'engaged'> | 'overdue';
  message: string;
}

export interface AttentionItemDto {
  organisationId: string;
  name: string;
  risk: RiskLevel;
  riskScore: number;
  health: Health;
  engagementIndex: number;
  daysSinceLastInteraction: number | null;
  overdueActionItems: number;
  reasons: AttentionReasonDto[];
}

/**
 * `GET insights/dashboard`. Statuses of action items and commitments are the current ones; asOf
 * moves the analytics, what counts as overdue, delivered (delivered on or before asOf) and the
 * departure horizon.
 */
export interface DashboardDto {
  asOf: string;
  settings: CoalitionSettings;
  organisations: {
    total: number;
    byHealth: Record<Health, number>;
    byRisk: Record<RiskLevel, number>;
  };
  actionItems: {
    /** open, in_progress or blocked. */
    open: number;
    /** Open with a due date before asOf's date. */
    overdue: number;
    /** Open without an owner. */
    unowned: number;
    /** Open, owned by a person who is not active (leaving, left or deleted). */
    orphaned: number;
  };
  commitments: {
    byStatus: CommitmentStatusSummaryDto[];
    pledgedValueEur: number;
    deliveredValueEur: number;
  };
  /** People leaving within 180 days of asOf (or overdue to leave), soonest first. */
  departures: DepartureDto[];
  /**
   * Organisations needing attention: succession risk medium or high, health other than engaged,
   * or an overdue action item. Ranked by: risk level (high first); health (dormant, cooling,
   * no_contact, engaged); most overdue action items; higher risk score; lower engagement index;
   * name. The top 20, with the total.
   */
  needsAttention: { total: number; items: AttentionItemDto[] };
}

export interface FairShareCompanyDto {
  organisationId: string;
  name: string;
  /** Null: the company has no size class yet and is left out of the index. */
  sizeClass: SizeClass | null;
  deliveredValueEur: number;
  /** 1.0 is a fair share; null when nothing was delivered or no size class. */
  index: number | null;
}

/**
 * `GET insights/fair-share?from=&to=` (dates inclusive; default the 12 months up to today).
 * Companies: not deleted, active or paused, or delivered something in the period.
 */
export interface FairShareDto {
  from: string;
  to: string;
  totalDeliveredValueEur: number;
  companies: FairShareCompanyDto[];
}

export interface PortalCommitmentDto {
  id: string;
  kind: CommitmentKind;
  description: string | null;
  status: CommitmentStatus;
  unit: CommitmentUnit;
  quantity: number;
  deliveredQuantity: number;
  pledgedValueEur: number;
  deliveredValueEur: number;
  startsOn: string | null;
  endsOn: string | null;
}

export interface PortalBenefitDto {
  id: string;
  kind: BenefitKind;
  quantity: number;
  receivedOn: string;
  note: string | null;
}

export interface PortalActionItemDto {
  id: string;
  title: string;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  dueOn: string | null;
  /** The owner's name when they are one of the organisation's own people; otherwise null. */
  ownerName: string | null;
  /** Whether anybody owns the item (a coalition person not shown by name). */
  owned: boolean;
}

export interface PortalComparisonDto {
  sizeClass: SizeClass;
  /** Whether the asking organisation is in this size class (it is never part of the figures). */
  yours: boolean;
  deliveredValueEur: AnonymisedAggregate;
  fairShareIndex: AnonymisedAggregate;
}

/**
 * `GET portal`: a partner's own figures and anonymised comparisons. Never another organisation's
 * name, id or exact figure: every aggregate covers at least 3 other companies or is withheld.
 */
export interface PortalDto {
  organisation: {
    id: string;
    name: string;
    kind: OrganisationKind;
    sizeClass: SizeClass | null;
    status: OrganisationStatus;
  };
  /** Period of the fair-share figures and comparisons (the 12 months up to today). */
  period: { from: string; to: string };
  commitments: PortalCommitmentDto[];
  benefits: PortalBenefitDto[];
  /**
   * Over the period; null when the organisation is not among the fair-share companies. The index
   * is an aggregate over all companies (with its own figures it reveals their total per weight),
   * so it is withheld, with the reason, when fewer than 3 other companies take part.
   */
  fairShare: {
    deliveredValueEur: number;
    index: number | null;
    indexWithheld: string | null;
  } | null;
  actionItems: PortalActionItemDto[];
  /** Per size class, over the other companies of the coalition. */
  comparison: PortalComparisonDto[];
}
