import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_UNITS,
  type CommitmentKind,
  type CommitmentStatus,
  type CommitmentUnit,
} from '@regiokracht/shared';
import { IsIn, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import {
  IsDateOnly,
  IsEuroAmount,
  IsQuantity,
  MAX_AMOUNT,
  NullOrValid,
  OmitOrValid,
} from '../../../common/validation/field-validators';

/** Every field optional; `null` clears the nullable ones. */
export class UpdateCommitmentDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @OmitOrValid()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @NullOrValid()
  @IsUUID('all', { message: 'must be a person id' })
  contactId?: string | null;

  @ApiPropertyOptional({ enum: COMMITMENT_KINDS })
  @OmitOrValid()
  @IsIn(COMMITMENT_KINDS, { message: `must be one of ${COMMITMENT_KINDS.join(', ')}` })
  kind?: CommitmentKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @NullOrValid()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ minimum: 0.01, maximum: MAX_AMOUNT })
  @OmitOrValid()
  @IsQuantity()
  quantity?: number;

  @ApiPropertyOptional({ enum: COMMITMENT_UNITS })
  @OmitOrValid()
  @IsIn(COMMITMENT_UNITS, { message: `must be one of ${COMMITMENT_UNITS.join(', ')}` })
  unit?: CommitmentUnit;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_AMOUNT })
  @OmitOrValid()
  @IsEuroAmount()
  unitValueEur?: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @NullOrValid()
  @IsDateOnly()
  startsOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @NullOrValid()
  @IsDateOnly()
  endsOn?: string | null;

  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES })
  @OmitOrValid()
  @IsIn(COMMITMENT_STATUSES, { message: `must be one of ${COMMITMENT_STATUSES.join(', ')}` })
  status?: CommitmentStatus;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @NullOrValid()
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId?: string | null;
}
