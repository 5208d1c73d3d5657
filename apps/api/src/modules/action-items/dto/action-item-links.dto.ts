import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly, NullOrValid } from '../../../common/validation/field-validators';

/** Fields that create and update accept alike: each may be null (cleared) or absent. */
export abstract class ActionItemLinksDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @NullOrValid()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @NullOrValid()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @NullOrValid()
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @NullOrValid()
  @IsDateOnly()
  dueOn?: string | null;
}
