import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateOnly } from '../../../common/validation/field-validators';

export class FairShareQuery {
  @ApiPropertyOptional({
    description: 'First day of the period (inclusive); default 12 months before `to`',
    example: '2025-07-01',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({
    description: 'Last day of the period (inclusive); default today',
    example: '2026-06-30',
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}
