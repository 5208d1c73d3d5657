import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SessionsService } from '../../modules/auth/sessions.service';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { isUuid } from '../http/uuid';
import { PUBLIC_KEY } from './roles';
import type { RegiokrachtRequest } from './request-context';

export const SESSION_COOKIE = 'rk_session';

/** Global guard: every route needs a live session unless marked @Public(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<RegiokrachtRequest>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    // Routes are matched before guards run, so `:cid` is known: its membership comes along.
    const cid = req.params?.cid;
    const auth = token
      ? await this.resolve(
          token,
          typeof cid === 'string' && isUuid(cid) ? cid : undefined,
          isPublic,
        )
      : null;
    if (auth) req.auth = auth;
    if (isPublic) return true;
    if (!auth) throw new UnauthorizedException('Not signed in or the session has expired');
    return true;
  }

  /**
   * A public route works without a session, so a database outage while looking the session up
   * must not turn it into an error: `/api/health` then answers its own 503 whatever the request
   * carries. Elsewhere the error goes on to the filter (503).
   */
  private async resolve(token: string, cid: string | undefined, isPublic: boolean) {
    try {
      return await this.sessions.resolve(token, cid);
    } catch (error) {
      if (isPublic && isDatabaseUnavailable(error)) return null;
      throw error;
    }
  }
}
