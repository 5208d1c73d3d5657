import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@regiokracht/shared';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsAcceptablePassword } from '../../users/password-policy';

export class CreateMemberDto {
  @ApiProperty()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ description: 'Required for partners: the organisation they act for' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @ApiPropertyOptional({
    description:
      'Only for a new account (an existing account keeps its password). Without it, a new account answers with a one-time invitation link (`invitation: "link"`); an existing account is e-mailed instead (`invitation: "notified"`)',
  })
  @IsOptional()
  @IsString()
  @IsAcceptablePassword()
  password?: string;
}
