import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INTERACTION_INITIATORS,
  INTERACTION_KINDS,
  type InteractionInitiator,
  type InteractionKind,
} from '@regiokracht/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsInstant, OmitOrValid } from '../../../common/validation/field-validators';

export class CreateInteractionDto {
  @ApiProperty({ format: 'date-time', description: 'At most one day in the future' })
  @IsString({ message: 'must be an ISO 8601 instant' })
  @IsInstant()
  occurredAt: string;

  @ApiProperty({ enum: INTERACTION_KINDS })
  @IsIn(INTERACTION_KINDS, { message: `must be one of ${INTERACTION_KINDS.join(', ')}` })
  kind: InteractionKind;

  @ApiPropertyOptional({ enum: INTERACTION_INITIATORS, default: 'coalition' })
  @OmitOrValid()
  @IsIn(INTERACTION_INITIATORS, { message: `must be one of ${INTERACTION_INITIATORS.join(', ')}` })
  initiatedBy?: InteractionInitiator;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(10000)
  summary?: string | null;

  @ApiProperty({ type: [String], minItems: 1, description: 'Organisations of this coalition' })
  @IsArray({ message: 'must be a list of organisation ids' })
  @ArrayMinSize(1, { message: 'must name at least one organisation' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'must not repeat an organisation' })
  @IsUUID('all', { each: true, message: 'must be organisation ids' })
  organisationIds: string[];

  @ApiPropertyOptional({ type: [String], description: 'People of this coalition' })
  @OmitOrValid()
  @IsArray({ message: 'must be a list of person ids' })
  @ArrayMaxSize(200)
  @ArrayUnique({ message: 'must not repeat a person' })
  @IsUUID('all', { each: true, message: 'must be person ids' })
  participantIds?: string[];

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
