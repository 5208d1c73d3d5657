/**
 * Vocabulary of the analytics (docs/analytics.md). Each enumeration is a `const` array so
 * validators and SQL builders can iterate it, plus the union type derived from it.
 */

export const INTERACTION_KINDS = [
  'meeting',
  'site_visit',
  'workshop',
  'event',
  'call',
  'email',
  'message',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_INITIATORS = ['coalition', 'partner'] as const;
export type InteractionInitiator = (typeof INTERACTION_INITIATORS)[number];

export const HEALTHS = ['engaged', 'cooling', 'dormant', 'no_contact'] as const;
export type Health = (typeof HEALTHS)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** In the order in which an answer lists them (docs/analytics.md). */
export const SUCCESSION_FACTOR_CODES = [
  'no_contact',
  'key_contact_leaving',
  'key_contact_left',
  'owner_leaving',
  'single_contact',
  'concentrated',
  'orphaned_actions',
] as const;
export type SuccessionFactorCode = (typeof SUCCESSION_FACTOR_CODES)[number];

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Per-coalition parameters of the engagement analytics. */
export interface AnalyticsSettings {
  /** Days after which an interaction counts half. */
  halfLifeDays: number;
  /** More days than this since the last interaction make a partner `cooling`. */
  coolingDays: number;
  /** More days than this since the last interaction make a partner `dormant`. */
  dormantDays: number;
  /** score / peak below this makes a partner `cooling`. */
  coolingRatio: number;
  /** score / peak below this makes a partner `dormant`. */
  dormantRatio: number;
}

export const DEFAULT_ANALYTICS_SETTINGS: Readonly<AnalyticsSettings> = Object.freeze({
  halfLifeDays: 60,
  coolingDays: 60,
  dormantDays: 120,
  coolingRatio: 0.35,
  dormantRatio: 0.1,
});

/** An instant as the API and the database hand it over: a Date or an ISO 8601 string. */
export type Instant = Date | string;
