import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateOrganisationDto } from './create-organisation.dto';

// skipNullProperties: false — `name: null` must be rejected, not skipped.
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto, {
  skipNullProperties: false,
}) {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt({ message: 'must be the version you read' })
  @Min(1)
  version: number;
}
