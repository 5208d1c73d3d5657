import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INITIATIVE_PHASES, type InitiativePhase } from '@regiokracht/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { NullOrValid } from '../../../common/validation/field-validators';

export const MAX_INITIATIVE_ORGANISATIONS = 500;

export class CreateInitiativeDto {
  @ApiProperty({ maxLength: 200, example: 'Hybride docent techniek' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    example: 'fossil → sustainable',
  })
  @NullOrValid()
  @IsString()
  @MaxLength(200)
  theme?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @NullOrValid()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ enum: INITIATIVE_PHASES, default: 'idea' })
  @IsOptional()
  @IsIn(INITIATIVE_PHASES, { message: `must be one of ${INITIATIVE_PHASES.join(', ')}` })
  phase?: InitiativePhase;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The person leading it',
  })
  @NullOrValid()
  @IsUUID('all', { message: 'must be a person id' })
  leadId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Organisations taking part' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INITIATIVE_ORGANISATIONS)
  @ArrayUnique({ message: 'must not list an organisation twice' })
  @IsUUID('all', { each: true, message: 'must hold organisation ids' })
  organisationIds?: string[];
}
