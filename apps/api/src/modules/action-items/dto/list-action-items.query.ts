import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
  type ActionItemStatus,
} from '@regiokracht/shared';
import { IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CsvList, IsDateOnly, QueryBoolean } from '../../../common/validation/field-validators';

const inOrder = (values: readonly string[], column: string) =>
  `array_position(ARRAY[${values.map((v) => `'${v}'`).join(', ')}], ${column})`;

/** Priority and status sort by meaning (low → high, open → dropped), not alphabetically. */
export const ACTION_ITEM_SORTS = {
  dueOn: 'a.due_on',
  priority: inOrder(ACTION_ITEM_PRIORITIES, 'a.priority'),
  status: inOrder(ACTION_ITEM_STATUSES, 'a.status'),
  title: 'lower(a.title)',
  createdAt: 'a.created_at',
};

const ONLY_TRUE = 'Only `true` filters; `false` is the same as leaving it out';

export class ListActionItemsQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string;

  @ApiPropertyOptional({ description: `Items without an owner. ${ONLY_TRUE}` })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  unowned?: boolean;

  @ApiPropertyOptional({
    description: `Open/in-progress/blocked items whose owner is not an active person. ${ONLY_TRUE}`,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  orphaned?: boolean;

  @ApiPropertyOptional({
    description: `Open/in-progress/blocked items due before today (UTC). ${ONLY_TRUE}`,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId?: string;

  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated: ${ACTION_ITEM_STATUSES.join(', ')}`,
  })
  @IsOptional()
  @CsvList()
  @IsArray()
  @IsIn(ACTION_ITEM_STATUSES, {
    each: true,
    message: `must be one of ${ACTION_ITEM_STATUSES.join(', ')}`,
  })
  status?: ActionItemStatus[];

  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated: ${ACTION_ITEM_PRIORITIES.join(', ')}`,
  })
  @IsOptional()
  @CsvList()
  @IsArray()
  @IsIn(ACTION_ITEM_PRIORITIES, {
    each: true,
    message: `must be one of ${ACTION_ITEM_PRIORITIES.join(', ')}`,
  })
  priority?: ActionItemPriority[];

  @ApiPropertyOptional({ format: 'date', description: 'dueOn strictly before this date' })
  @IsOptional()
  @IsDateOnly()
  dueBefore?: string;
}
