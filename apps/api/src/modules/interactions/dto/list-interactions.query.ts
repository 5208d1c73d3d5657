import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  INTERACTION_INITIATORS,
  INTERACTION_KINDS,
  type InteractionInitiator,
  type InteractionKind,
} from '@regiokracht/shared';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsInstant } from '../../../common/validation/field-validators';

export class ListInteractionsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Interactions that list this organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Interactions this person took part in' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  personId?: string;

  @ApiPropertyOptional({ enum: INTERACTION_KINDS })
  @IsOptional()
  @IsIn(INTERACTION_KINDS, { message: `must be one of ${INTERACTION_KINDS.join(', ')}` })
  kind?: InteractionKind;

  @ApiPropertyOptional({ enum: INTERACTION_INITIATORS })
  @IsOptional()
  @IsIn(INTERACTION_INITIATORS, { message: `must be one of ${INTERACTION_INITIATORS.join(', ')}` })
  initiatedBy?: InteractionInitiator;

  @ApiPropertyOptional({ format: 'date-time', description: 'occurredAt from (inclusive)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'occurredAt before (exclusive)' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
