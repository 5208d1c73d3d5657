import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BENEFIT_KINDS, type BenefitKind } from '@regiokracht/shared';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  IsDateOnly,
  IsQuantity,
  MAX_AMOUNT,
  NullOrValid,
} from '../../../common/validation/field-validators';

export class CreateBenefitDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation that received it' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId: string;

  @ApiProperty({ enum: BENEFIT_KINDS })
  @IsIn(BENEFIT_KINDS, { message: `must be one of ${BENEFIT_KINDS.join(', ')}` })
  kind: BenefitKind;

  @ApiPropertyOptional({ minimum: 0.01, maximum: MAX_AMOUNT, default: 1 })
  @IsOptional()
  @IsQuantity()
  quantity?: number;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  receivedOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @NullOrValid()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
