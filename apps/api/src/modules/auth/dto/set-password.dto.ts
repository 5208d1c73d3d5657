import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsAcceptablePassword } from '../../users/password-policy';
import { MIN_PASSWORD_LENGTH } from '../../users/passwords';

/** The new password from an invitation or a reset link. */
export class SetPasswordDto {
  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    description: 'At least 10 characters and not one of the most common passwords',
  })
  @IsString()
  @IsAcceptablePassword()
  password: string;
}
