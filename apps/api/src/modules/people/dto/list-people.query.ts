import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  PERSON_LAYERS,
  PERSON_STATUSES,
  type PersonLayer,
  type PersonStatus,
} from '@regiokracht/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { parseBooleanQuery } from '../../../common/validation/field-validators';

export class ListPeopleQuery extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: PERSON_STATUSES })
  @IsOptional()
  @IsIn(PERSON_STATUSES, { message: `must be one of ${PERSON_STATUSES.join(', ')}` })
  status?: PersonStatus;

  @ApiPropertyOptional({ enum: PERSON_LAYERS })
  @IsOptional()
  @IsIn(PERSON_LAYERS, { message: `must be one of ${PERSON_LAYERS.join(', ')}` })
  layer?: PersonLayer;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(parseBooleanQuery)
  @IsBoolean({ message: 'must be true or false' })
  isKeyContact?: boolean;

  @ApiPropertyOptional({ description: 'Coordinators only: include soft-deleted people' })
  @IsOptional()
  @Transform(parseBooleanQuery)
  @IsBoolean({ message: 'must be true or false' })
  includeDeleted?: boolean;
}
