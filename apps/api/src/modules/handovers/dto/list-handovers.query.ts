import { ApiPropertyOptional } from '@nestjs/swagger';
import { HANDOVER_STATUSES, type HandoverStatus } from '@regiokracht/shared';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export const HANDOVER_SORTS = {
  createdAt: 'h.created_at',
  completedAt: 'h.completed_at',
  personName: 'lower(p.name)',
  status: 'h.status',
};

export class ListHandoversQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: HANDOVER_STATUSES })
  @IsOptional()
  @IsIn(HANDOVER_STATUSES, { message: `must be one of ${HANDOVER_STATUSES.join(', ')}` })
  status?: HandoverStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  departingPersonId?: string;
}
