import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../../common/validation/field-validators';

/** Optional `asOf` (docs/analytics.md: every analytics answer is evaluated at an explicit instant). */
export const AsOfProperty = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'ISO 8601 instant the analytics are evaluated at; default now',
      example: '2026-06-30T12:00:00Z',
    }),
    IsOptional(),
    IsInstant(),
  );

export class AsOfQuery {
  @AsOfProperty()
  asOf?: string;
}
