import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ImportMapping } from '@regiokracht/shared';
import { IsObject, IsOptional } from 'class-validator';

export class ImportMappingDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description:
      'Column header → field (null ignores the column). Preview: default the last previewed mapping, else the suggested one. Commit: default the previewed mapping; another mapping than the previewed one is refused (409).',
    example: { Naam: 'name', Soort: 'kind', Opmerking: null },
  })
  @IsOptional()
  @IsObject({ message: 'must be an object of column → field' })
  mapping?: ImportMapping;
}
