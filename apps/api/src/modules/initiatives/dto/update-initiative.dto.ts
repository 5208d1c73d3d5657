import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INITIATIVE_PHASES, type InitiativePhase } from '@regiokracht/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { NullOrValid, OmitOrValid } from '../../../common/validation/field-validators';
import { MAX_INITIATIVE_ORGANISATIONS } from './create-initiative.dto';

export class UpdateInitiativeDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @OmitOrValid()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @NullOrValid()
  @IsString()
  @MaxLength(200)
  theme?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @NullOrValid()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ enum: INITIATIVE_PHASES })
  @OmitOrValid()
  @IsIn(INITIATIVE_PHASES, { message: `must be one of ${INITIATIVE_PHASES.join(', ')}` })
  phase?: InitiativePhase;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @NullOrValid()
  @IsUUID('all', { message: 'must be a person id' })
  leadId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the whole set' })
  @OmitOrValid()
  @IsArray()
  @ArrayMaxSize(MAX_INITIATIVE_ORGANISATIONS)
  @ArrayUnique({ message: 'must not list an organisation twice' })
  @IsUUID('all', { each: true, message: 'must hold organisation ids' })
  organisationIds?: string[];
}
