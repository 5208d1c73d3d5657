import { ApiPropertyOptional } from '@nestjs/swagger';
import { HEALTHS, RISK_LEVELS, type Health, type RiskLevel } from '@regiokracht/shared';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { AsOfProperty } from './as-of.query';

export class OrganisationInsightsQuery extends PageQueryDto {
  @AsOfProperty()
  asOf?: string;

  @ApiPropertyOptional({ enum: HEALTHS })
  @IsOptional()
  @IsIn(HEALTHS, { message: `must be one of ${HEALTHS.join(', ')}` })
  health?: Health;

  @ApiPropertyOptional({ enum: RISK_LEVELS, description: 'Succession risk level' })
  @IsOptional()
  @IsIn(RISK_LEVELS, { message: `must be one of ${RISK_LEVELS.join(', ')}` })
  risk?: RiskLevel;
}
