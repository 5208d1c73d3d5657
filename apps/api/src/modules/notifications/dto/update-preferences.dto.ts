import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';

export class UpdatePreferencesDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  version: number;

  @ApiPropertyOptional({ description: 'E-mail the daily digest (it is always shown in the app)' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  emailDigest?: boolean;
}
