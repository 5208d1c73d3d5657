import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import {
  IsDateOnly,
  IsQuantity,
  MAX_AMOUNT,
  NullOrValid,
} from '../../../common/validation/field-validators';

export class CreateContributionDto {
  @ApiProperty({ format: 'date', description: 'When it was delivered' })
  @IsDateOnly()
  deliveredOn: string;

  @ApiProperty({ minimum: 0.01, maximum: MAX_AMOUNT, description: "In the commitment's unit" })
  @IsQuantity()
  quantity: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @NullOrValid()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
