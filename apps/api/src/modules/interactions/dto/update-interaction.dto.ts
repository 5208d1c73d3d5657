import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateInteractionDto } from './create-interaction.dto';

// skipNullProperties: false — `organisationIds: null` must be rejected, not skipped.
export class UpdateInteractionDto extends PartialType(CreateInteractionDto, {
  skipNullProperties: false,
}) {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt({ message: 'must be the version you read' })
  @Min(1)
  version: number;
}
