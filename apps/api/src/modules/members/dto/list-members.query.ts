import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@regiokracht/shared';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export class ListMembersQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
