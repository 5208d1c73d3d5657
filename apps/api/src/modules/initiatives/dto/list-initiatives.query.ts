import { ApiPropertyOptional } from '@nestjs/swagger';
import { INITIATIVE_PHASES, type InitiativePhase } from '@regiokracht/shared';
import { IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CsvList } from '../../../common/validation/field-validators';

export const INITIATIVE_SORTS = {
  name: 'lower(i.name)',
  phase: `array_position(ARRAY[${INITIATIVE_PHASES.map((p) => `'${p}'`).join(', ')}], i.phase)`,
  theme: 'lower(i.theme)',
  createdAt: 'i.created_at',
};

export class ListInitiativesQuery extends PageQueryDto {
  @ApiPropertyOptional({
    type: String,
    description: `Comma-separated: ${INITIATIVE_PHASES.join(', ')}`,
  })
  @IsOptional()
  @CsvList()
  @IsArray()
  @IsIn(INITIATIVE_PHASES, {
    each: true,
    message: `must be one of ${INITIATIVE_PHASES.join(', ')}`,
  })
  phase?: InitiativePhase[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  leadId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Initiatives this organisation takes part in',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;
}
