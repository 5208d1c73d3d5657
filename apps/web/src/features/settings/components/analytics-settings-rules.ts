import {
  engagementHealth,
  HEALTHS,
  type CoalitionSettings,
  type Health,
} from '@regiokracht/shared';
import type { EngagementNumbers } from '../api/get-engagement-numbers';

export const SETTING_KEYS = [
  'halfLifeDays',
  'coolingDays',
  'dormantDays',
  'coolingRatio',
  'dormantRatio',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** As typed: text, so "0,35" and an empty box are possible while editing. */
export type SettingsFormValues = Record<SettingKey, string>;

/** Message keys under `settings.analytics.errors`, with their values. */
export type SettingsError =
  | { key: 'required' }
  | { key: 'wholeNumber' }
  | { key: 'number' }
  | { key: 'range'; min: number; max: number }
  | { key: 'coolingBeforeDormant' }
  | { key: 'dormantRatioBelowCooling' };

// The API's rules (coalition-settings.dto.ts and validatedSettings in coalitions.service.ts).
const LIMITS: Record<SettingKey, { min: number; max: number; integer: boolean }> = {
  halfLifeDays: { min: 7, max: 365, integer: true },
  coolingDays: { min: 1, max: 3650, integer: true },
  dormantDays: { min: 1, max: 3650, integer: true },
  coolingRatio: { min: 0, max: 1, integer: false },
  dormantRatio: { min: 0, max: 1, integer: false },
};

export function limitsOf(key: SettingKey) {
  return LIMITS[key];
}

export function parseSetting(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function toFormValues(settings: CoalitionSettings): SettingsFormValues {
  return {
    halfLifeDays: String(settings.halfLifeDays),
    coolingDays: String(settings.coolingDays),
    dormantDays: String(settings.dormantDays),
    coolingRatio: String(settings.coolingRatio),
    dormantRatio: String(settings.dormantRatio),
  };
}

/** Each field on its own, then the two rules that tie fields together. */
export function validateSettings(
  values: SettingsFormValues,
): Partial<Record<SettingKey, SettingsError>> {
  const errors: Partial<Record<SettingKey, SettingsError>> = {};
  for (const key of SETTING_KEYS) {
    const { min, max, integer } = LIMITS[key];
    if (!values[key].trim()) {
      errors[key] = { key: 'required' };
      continue;
    }
    const value = parseSetting(values[key]);
    if (!Number.isFinite(value)) errors[key] = { key: 'number' };
    else if (integer && !Number.isInteger(value)) errors[key] = { key: 'wholeNumber' };
    else if (value < min || value > max) errors[key] = { key: 'range', min, max };
  }
  if (!errors.coolingDays && !errors.dormantDays) {
    if (parseSetting(values.coolingDays) >= parseSetting(values.dormantDays)) {
      errors.coolingDays = { key: 'coolingBeforeDormant' };
    }
  }
  if (!errors.coolingRatio && !errors.dormantRatio) {
    if (parseSetting(values.dormantRatio) >= parseSetting(values.coolingRatio)) {
      errors.dormantRatio = { key: 'dormantRatioBelowCooling' };
    }
  }
  return errors;
}

export function toSettings(values: SettingsFormValues): CoalitionSettings {
  return {
    halfLifeDays: parseSetting(values.halfLifeDays),
    coolingDays: parseSetting(values.coolingDays),
    dormantDays: parseSetting(values.dormantDays),
    coolingRatio: parseSetting(values.coolingRatio),
    dormantRatio: parseSetting(values.dormantRatio),
  };
}

export interface HealthChange {
  organisationId: string;
  name: string;
  from: Health;
  to: Health;
}

export interface HealthPreview {
  before: Record<Health, number>;
  after: Record<Health, number>;
  changes: HealthChange[];
}

const emptyCounts = (): Record<Health, number> =>
  Object.fromEntries(HEALTHS.map((health) => [health, 0])) as Record<Health, number>;

/**
 * How many organisations would change health under new thresholds. Both sides are classified
 * here with the shared `engagementHealth`, from the same (rounded) score and peak, so only the
 * thresholds make a difference. The scores themselves depend on the half-life, which this does
 * not recompute.
 */
export function previewHealth(
  organisations: readonly EngagementNumbers[],
  current: CoalitionSettings,
  proposed: CoalitionSettings,
): HealthPreview {
  const before = emptyCounts();
  const after = emptyCounts();
  const changes: HealthChange[] = [];
  for (const organisation of organisations) {
    const ratio = organisation.peak > 0 ? organisation.score / organisation.peak : 0;
    const from = engagementHealth(organisation.daysSinceLastInteraction, ratio, current);
    const to = engagementHealth(organisation.daysSinceLastInteraction, ratio, proposed);
    before[from] += 1;
    after[to] += 1;
    if (from !== to)
      changes.push({
        organisationId: organisation.organisationId,
        name: organisation.name,
        from,
        to,
      });
  }
  return { before, after, changes };
}
