import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreatePersonDto } from './create-person.dto';

// skipNullProperties: false — `name: null` must be rejected, not skipped.
export class UpdatePersonDto extends PartialType(CreatePersonDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt({ message: 'must be the version you read' })
  @Min(1)
  version: number;
}
