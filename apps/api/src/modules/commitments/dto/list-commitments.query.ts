import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
} from '@regiokracht/shared';
import { IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CsvList, IsDateOnly } from '../../../common/validation/field-validators';

export const COMMITMENT_SORTS = {
  startsOn: 'c.starts_on',
  endsOn: 'c.ends_on',
  kind: 'c.kind',
  status: 'c.status',
  quantity: 'c.quantity',
  organisationName: 'lower(o.name)',
  createdAt: 'c.created_at',
};

export class ListCommitmentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  contactId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId?: string;

  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated: ${COMMITMENT_KINDS.join(', ')}`,
  })
  @IsOptional()
  @CsvList()
  @IsArray()
  @IsIn(COMMITMENT_KINDS, { each: true, message: `must be one of ${COMMITMENT_KINDS.join(', ')}` })
  kind?: CommitmentKind[];

  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated: ${COMMITMENT_STATUSES.join(', ')}`,
  })
  @IsOptional()
  @CsvList()
  @IsArray()
  @IsIn(COMMITMENT_STATUSES, {
    each: true,
    message: `must be one of ${COMMITMENT_STATUSES.join(', ')}`,
  })
  status?: CommitmentStatus[];

  @ApiPropertyOptional({ format: 'date', description: 'startsOn on or after this date' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'startsOn on or before this date' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}
