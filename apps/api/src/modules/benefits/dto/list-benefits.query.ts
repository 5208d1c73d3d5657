import { ApiPropertyOptional } from '@nestjs/swagger';
import { BENEFIT_KINDS, type BenefitKind } from '@regiokracht/shared';
import { IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CsvList, IsDateOnly } from '../../../common/validation/field-validators';

export const BENEFIT_SORTS = {
  receivedOn: 'b.received_on',
  kind: 'b.kind',
  quantity: 'b.quantity',
  organisationName: 'lower(o.name)',
  createdAt: 'b.created_at',
};

export class ListBenefitsQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated: ${BENEFIT_KINDS.join(', ')}`,
  })
  @IsOptional()
  @CsvList()
  @IsArray()
  @IsIn(BENEFIT_KINDS, { each: true, message: `must be one of ${BENEFIT_KINDS.join(', ')}` })
  kind?: BenefitKind[];

  @ApiPropertyOptional({ format: 'date', description: 'receivedOn on or after this date' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'receivedOn on or before this date' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}
