import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'coordinator@techniek-rotterdam.example' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;
}
