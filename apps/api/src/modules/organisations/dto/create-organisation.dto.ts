import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  SIZE_CLASSES,
  type OrganisationKind,
  type OrganisationStatus,
  type SizeClass,
} from '@regiokracht/shared';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsDateOnly, OmitOrValid } from '../../../common/validation/field-validators';

export class CreateOrganisationDto {
  @ApiProperty({ maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind: OrganisationKind;

  @ApiPropertyOptional({
    enum: SIZE_CLASSES,
    nullable: true,
    description: 'micro <10, small 10–49, medium 50–249, large 250+ staff',
  })
  @IsOptional()
  @IsIn(SIZE_CLASSES, { message: `must be one of ${SIZE_CLASSES.join(', ')}` })
  sizeClass?: SizeClass | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200)
  sector?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200)
  city?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    example: 'https://www.example.nl',
  })
  @IsOptional()
  @IsUrl({ require_protocol: false }, { message: 'must be a web address' })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, default: 'active' })
  @OmitOrValid()
  @IsIn(ORGANISATION_STATUSES, { message: `must be one of ${ORGANISATION_STATUSES.join(', ')}` })
  status?: OrganisationStatus;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @IsDateOnly()
  joinedOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Not before joinedOn',
  })
  @IsOptional()
  @IsDateOnly()
  leftOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 5000,
    description: "What's in it for them",
  })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(5000)
  interests?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'A person of this coalition' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  relationshipOwnerId?: string | null;

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
