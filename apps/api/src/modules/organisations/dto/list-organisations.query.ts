import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  SIZE_CLASSES,
  type OrganisationKind,
  type OrganisationStatus,
  type SizeClass,
} from '@regiokracht/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { parseBooleanQuery } from '../../../common/validation/field-validators';

export class ListOrganisationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS, { message: `must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind?: OrganisationKind;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES, { message: `must be one of ${ORGANISATION_STATUSES.join(', ')}` })
  status?: OrganisationStatus;

  @ApiPropertyOptional({ enum: SIZE_CLASSES })
  @IsOptional()
  @IsIn(SIZE_CLASSES, { message: `must be one of ${SIZE_CLASSES.join(', ')}` })
  sizeClass?: SizeClass;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  relationshipOwnerId?: string;

  @ApiPropertyOptional({ description: 'Coordinators only: include soft-deleted organisations' })
  @IsOptional()
  @Transform(parseBooleanQuery)
  @IsBoolean({ message: 'must be true or false' })
  includeDeleted?: boolean;
}
