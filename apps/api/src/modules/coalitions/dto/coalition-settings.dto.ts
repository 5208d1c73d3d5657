import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** Analytics parameters (docs/analytics.md); each optional, defaults apply when absent. */
export class CoalitionSettingsDto {
  @ApiPropertyOptional({ minimum: 7, maximum: 365, default: 60 })
  @IsOptional()
  @IsInt()
  @Min(7)
  @Max(365)
  halfLifeDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650, default: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  coolingDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650, default: 120 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  dormantDays?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0.35 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  coolingRatio?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0.1 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  dormantRatio?: number;
}
