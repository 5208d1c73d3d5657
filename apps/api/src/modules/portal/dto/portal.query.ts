import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class PortalQuery {
  @ApiPropertyOptional({
    description: 'Staff only: the organisation whose portal to preview (partners see their own)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;
}
