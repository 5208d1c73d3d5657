import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_UNITS,
  type CommitmentKind,
  type CommitmentStatus,
  type CommitmentUnit,
} from '@regiokracht/shared';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  IsDateOnly,
  IsEuroAmount,
  IsQuantity,
  MAX_AMOUNT,
  NullOrValid,
} from '../../../common/validation/field-validators';

export class CreateCommitmentDto {
  @ApiProperty({ format: 'uuid', description: 'The pledging organisation' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The contact person',
  })
  @NullOrValid()
  @IsUUID('all', { message: 'must be a person id' })
  contactId?: string | null;

  @ApiProperty({ enum: COMMITMENT_KINDS })
  @IsIn(COMMITMENT_KINDS, { message: `must be one of ${COMMITMENT_KINDS.join(', ')}` })
  kind: CommitmentKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @NullOrValid()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ minimum: 0.01, maximum: MAX_AMOUNT, example: 10 })
  @IsQuantity()
  quantity: number;

  @ApiProperty({ enum: COMMITMENT_UNITS })
  @IsIn(COMMITMENT_UNITS, { message: `must be one of ${COMMITMENT_UNITS.join(', ')}` })
  unit: CommitmentUnit;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_AMOUNT,
    default: 0,
    description: 'In-kind value of one unit (EUR)',
  })
  @IsOptional()
  @IsEuroAmount()
  unitValueEur?: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @NullOrValid()
  @IsDateOnly()
  startsOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'On or after startsOn',
  })
  @NullOrValid()
  @IsDateOnly()
  endsOn?: string | null;

  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES, default: 'pledged' })
  @IsOptional()
  @IsIn(COMMITMENT_STATUSES, { message: `must be one of ${COMMITMENT_STATUSES.join(', ')}` })
  status?: CommitmentStatus;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @NullOrValid()
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId?: string | null;
}
