import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import {
  IsDateOnly,
  IsQuantity,
  MAX_AMOUNT,
  NullOrValid,
  OmitOrValid,
} from '../../../common/validation/field-validators';

export class UpdateContributionDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ format: 'date' })
  @OmitOrValid()
  @IsDateOnly()
  deliveredOn?: string;

  @ApiPropertyOptional({ minimum: 0.01, maximum: MAX_AMOUNT })
  @OmitOrValid()
  @IsQuantity()
  quantity?: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @NullOrValid()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
