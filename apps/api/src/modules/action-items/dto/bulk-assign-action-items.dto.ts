import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsUUID,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export const MAX_BULK_ITEMS = 200;

export class BulkAssignItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be an action item id' })
  id: string;

  @ApiProperty({ description: 'The version you read; a stale one refuses the whole request (409)' })
  @IsInt()
  @Min(1)
  version: number;
}

export class BulkAssignActionItemsDto {
  @ApiProperty({ type: [BulkAssignItemDto], minItems: 1, maxItems: MAX_BULK_ITEMS })
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one action item' })
  @ArrayMaxSize(MAX_BULK_ITEMS, { message: `must list at most ${MAX_BULK_ITEMS} action items` })
  @ValidateNested({ each: true })
  @Type(() => BulkAssignItemDto)
  items: BulkAssignItemDto[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The new owner of every item; null makes them unowned',
  })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a person id (or null)' })
  ownerId: string | null;
}
