import type { CoalitionDto, CoalitionSettings, Role } from '@regiokracht/shared';
import type { CoalitionEntity } from './coalition.entity';

/** docs/analytics.md defaults; stored settings only hold what a coalition changed. */
export const DEFAULT_SETTINGS: CoalitionSettings = {
  halfLifeDays: 60,
  coolingDays: 60,
  dormantDays: 120,
  coolingRatio: 0.35,
  dormantRatio: 0.1,
};

export function effectiveSettings(
  stored: Partial<CoalitionSettings> | null | undefined,
): CoalitionSettings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export function toCoalitionDto(entity: CoalitionEntity, myRole?: Role): CoalitionDto {
  return {
    id: entity.id,
    name: entity.name,
    region: entity.region,
    description: entity.description,
    themes: entity.themes,
    settings: effectiveSettings(entity.settings),
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    ...(myRole ? { myRole } : {}),
  };
}
