import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
  type ActionItemStatus,
} from '@regiokracht/shared';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NullOrValid } from '../../../common/validation/field-validators';
import { ActionItemLinksDto } from './action-item-links.dto';

export class CreateActionItemDto extends ActionItemLinksDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The one owner; null or absent = unowned',
  })
  @NullOrValid()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string | null;

  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES, { message: `must be one of ${ACTION_ITEM_STATUSES.join(', ')}` })
  status?: ActionItemStatus;

  @ApiPropertyOptional({ enum: ACTION_ITEM_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(ACTION_ITEM_PRIORITIES, { message: `must be one of ${ACTION_ITEM_PRIORITIES.join(', ')}` })
  priority?: ActionItemPriority;
}
