import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BENEFIT_KINDS, type BenefitKind } from '@regiokracht/shared';
import { IsIn, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import {
  IsDateOnly,
  IsQuantity,
  MAX_AMOUNT,
  NullOrValid,
  OmitOrValid,
} from '../../../common/validation/field-validators';

export class UpdateBenefitDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @OmitOrValid()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: BENEFIT_KINDS })
  @OmitOrValid()
  @IsIn(BENEFIT_KINDS, { message: `must be one of ${BENEFIT_KINDS.join(', ')}` })
  kind?: BenefitKind;

  @ApiPropertyOptional({ minimum: 0.01, maximum: MAX_AMOUNT })
  @OmitOrValid()
  @IsQuantity()
  quantity?: number;

  @ApiPropertyOptional({ format: 'date' })
  @OmitOrValid()
  @IsDateOnly()
  receivedOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @NullOrValid()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
