import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
  type ActionItemStatus,
} from '@regiokracht/shared';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { NullOrValid, OmitOrValid } from '../../../common/validation/field-validators';
import { ActionItemLinksDto } from './action-item-links.dto';

export class UpdateActionItemDto extends ActionItemLinksDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ maxLength: 300 })
  @OmitOrValid()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null makes the item unowned',
  })
  @NullOrValid()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string | null;

  @ApiPropertyOptional({
    enum: ACTION_ITEM_STATUSES,
    description: 'done sets completedAt; leaving done clears it',
  })
  @OmitOrValid()
  @IsIn(ACTION_ITEM_STATUSES, { message: `must be one of ${ACTION_ITEM_STATUSES.join(', ')}` })
  status?: ActionItemStatus;

  @ApiPropertyOptional({ enum: ACTION_ITEM_PRIORITIES })
  @OmitOrValid()
  @IsIn(ACTION_ITEM_PRIORITIES, { message: `must be one of ${ACTION_ITEM_PRIORITIES.join(', ')}` })
  priority?: ActionItemPriority;
}
