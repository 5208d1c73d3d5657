import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { QueryBoolean } from '../../../common/validation/field-validators';

/** `sort`: createdAt (default `-createdAt`, newest first); `q` searches the title. */
export class ListNotificationsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only unread notifications. `false` is the same as leaving it out',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  unreadOnly?: boolean;
}
