import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export const MAX_HANDOVER_ITEMS_PER_PATCH = 500;
export const MAX_NOTES_LENGTH = 50_000;

export class UpdateHandoverItemDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A handover item id; listing an item also marks it reviewed',
  })
  @IsUUID('all', { message: 'must be an item id of this handover' })
  id: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description:
      'An active person of the coalition; null clears the choice so the default successor applies',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a person id (or null)' })
  successorId?: string | null;

  @ApiPropertyOptional({
    description: 'Action items only: close it (status dropped) instead of moving it',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  drop?: boolean;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Why the item is dropped; required with drop: true',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString({ message: 'must be text' })
  @MaxLength(2000)
  dropReason?: string | null;
}

export class UpdateHandoverDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt({ message: 'must be the version you read' })
  @Min(1)
  version: number;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The dossier: what the successor must know, open promises, who to call',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString({ message: 'must be text' })
  @MaxLength(MAX_NOTES_LENGTH, { message: `must be at most ${MAX_NOTES_LENGTH} characters` })
  notes?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description:
      'Successor for every item without one of its own; also becomes the person’s successor',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a person id (or null)' })
  defaultSuccessorId?: string | null;

  @ApiPropertyOptional({ type: [UpdateHandoverItemDto] })
  @IsOptional()
  @IsArray({ message: 'must be a list of items' })
  @ArrayMaxSize(MAX_HANDOVER_ITEMS_PER_PATCH)
  @ValidateNested({ each: true })
  @Type(() => UpdateHandoverItemDto)
  items?: UpdateHandoverItemDto[];
}
