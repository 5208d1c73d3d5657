import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_ENTITIES, type ImportEntity } from '@regiokracht/shared';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** The text fields of the multipart upload (the file itself is the `file` part). */
export class UploadImportDto {
  @ApiProperty({ enum: IMPORT_ENTITIES, description: 'What the rows are' })
  @IsIn(IMPORT_ENTITIES, { message: `must be one of ${IMPORT_ENTITIES.join(', ')}` })
  entity: ImportEntity;

  @ApiPropertyOptional({
    description:
      'JSON object of column header → field (or null to ignore the column); default: the suggested mapping',
    example: '{"Naam":"name","Soort":"kind","Opmerking":null}',
  })
  @IsOptional()
  @IsString({ message: 'must be a JSON text' })
  @MaxLength(100_000)
  mapping?: string;
}
