import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type {
  PasswordResetRequested,
  SessionProbeResponse,
  SessionResponse,
} from '@regiokracht/shared';
import type { CookieOptions, Response } from 'express';
import { APP_CONFIG } from '../../app-config.token';
import type { AppConfig } from '../../config';
import { Public } from '../../common/auth/roles';
import {
  CurrentUser,
  type AuthenticatedUser,
  type RegiokrachtRequest,
} from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { AuthService, RESET_REQUESTED } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RequestPasswordResetDto } from './dto/request-password-reset.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({
    description: 'Signed in; sets the httpOnly session cookie. Body: { user, memberships }',
  })
  @ApiUnauthorizedResponse({
    description: 'Invalid email or password (same answer for unknown users)',
  })
  @ApiTooManyRequestsResponse({
    description: 'More than 10 attempts a minute from this address or for this account',
  })
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const { token, session } = await this.auth.login(body.email, body.password);
    res.cookie(SESSION_COOKIE, token, this.cookieOptions());
    return session;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(
    @Req() req: RegiokrachtRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    if (req.auth) await this.sessions.revoke(req.auth.sessionId);
    res.clearCookie(SESSION_COOKIE, { ...this.cookieOptions() });
  }

  @Get('me')
  @ApiCookieAuth(SESSION_COOKIE)
  me(@CurrentUser() user: AuthenticatedUser): Promise<SessionResponse> {
    return this.auth.me(user);
  }

  /** The web app's probe on load: signed out answers 200, so the browser logs no failed request. */
  @Get('session')
  @Public()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOkResponse({
    description:
      'Signed in: { user, memberships } as GET /api/auth/me. Signed out or expired: { user: null, memberships: [] }',
  })
  async session(@Req() req: RegiokrachtRequest): Promise<SessionProbeResponse> {
    if (!req.auth) return { user: null, memberships: [] };
    return this.auth.me(req.auth.user);
  }

  @Post('invitations/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Password set from a one-time invitation link; signed in' })
  @ApiNotFoundResponse({
    description: 'The link is invalid, already used, revoked or expired (7 days)',
  })
  @ApiConflictResponse({ description: 'The account already has a password: it is never replaced' })
  @ApiTooManyRequestsResponse({ description: 'More than 10 attempts a minute from this address' })
  async acceptInvitation(
    @Param('token') token: string,
    @Body() body: SetPasswordDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const result = await this.auth.acceptInvitation(token, body.password);
    res.cookie(SESSION_COOKIE, result.token, this.cookieOptions());
    return result.session;
  }

  @Post('password-resets')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      'Same answer whether or not the address has an account; if it has, a single-use link (1 hour) is e-mailed to it',
  })
  @ApiTooManyRequestsResponse({
    description: 'More than 10 requests a minute from this address or for this account',
  })
  async requestPasswordReset(
    @Body() body: RequestPasswordResetDto,
  ): Promise<PasswordResetRequested> {
    await this.auth.requestPasswordReset(body.email);
    return { message: RESET_REQUESTED };
  }

  @Post('password-resets/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({
    description: 'New password set from an e-mailed reset link; other sessions end; signed in',
  })
  @ApiNotFoundResponse({ description: 'The link is invalid, already used or expired (1 hour)' })
  @ApiTooManyRequestsResponse({ description: 'More than 10 attempts a minute from this address' })
  async resetPassword(
    @Param('token') token: string,
    @Body() body: SetPasswordDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const result = await this.auth.resetPassword(token, body.password);
    res.cookie(SESSION_COOKIE, result.token, this.cookieOptions());
    return result.session;
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' };
  }
}
