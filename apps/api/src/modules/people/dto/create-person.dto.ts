import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PERSON_LAYERS,
  PERSON_STATUSES,
  type PersonLayer,
  type PersonStatus,
} from '@regiokracht/shared';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsDateOnly, OmitOrValid } from '../../../common/validation/field-validators';

export class CreatePersonDto {
  @ApiProperty({ maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Null for coalition staff. Changing it ends the current affiliation and starts a new one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'Job title' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200)
  role?: string | null;

  @ApiPropertyOptional({ enum: PERSON_LAYERS, nullable: true })
  @IsOptional()
  @IsIn(PERSON_LAYERS, { message: `must be one of ${PERSON_LAYERS.join(', ')}` })
  layer?: PersonLayer | null;

  @ApiPropertyOptional({ default: false })
  @OmitOrValid()
  @IsBoolean({ message: 'must be true or false' })
  isKeyContact?: boolean;

  @ApiPropertyOptional({ enum: PERSON_STATUSES, default: 'active' })
  @OmitOrValid()
  @IsIn(PERSON_STATUSES, { message: `must be one of ${PERSON_STATUSES.join(', ')}` })
  status?: PersonStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: "Required when status is 'leaving'",
  })
  @IsOptional()
  @IsDateOnly()
  leavingOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: "Required when status is 'left'",
  })
  @IsOptional()
  @IsDateOnly()
  leftOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Another person of this coalition',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  successorId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 10000,
    description: 'Internal; never shown to partners',
  })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(10000)
  notes?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    description: 'Key in a source system; unique in the coalition',
  })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  externalId?: string | null;
}
