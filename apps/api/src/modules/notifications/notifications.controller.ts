import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  MarkAllReadResponse,
  NotificationDto,
  NotificationsPage,
  PreferencesDto,
} from '@regiokracht/shared';
import { type AuthenticatedUser, CurrentUser } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';
import { NotificationsService } from './notifications.service';

/**
 * The signed-in user's own notifications and preferences. Not under `coalitions/:cid`, so no
 * @Roles: any signed-in user, and the service binds every query to the caller.
 */
@ApiTags('notifications')
@ApiCookieAuth(SESSION_COOKIE)
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @ApiOkResponse({
    description: 'Your notifications across your coalitions, newest first, with the unread count',
  })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListNotificationsQuery,
  ): Promise<NotificationsPage> {
    return this.notifications.list(user, query);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @ApiOkResponse({ description: 'All your unread notifications marked read: `{ marked }`' })
  readAll(@CurrentUser() user: AuthenticatedUser): Promise<MarkAllReadResponse> {
    return this.notifications.markAllRead(user);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The notification, marked read (404 when it is not yours)' })
  read(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<NotificationDto> {
    return this.notifications.markRead(user, id);
  }

  @Get('me/preferences')
  @ApiOkResponse({ description: '`{ emailDigest, version }`' })
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<PreferencesDto> {
    return this.notifications.preferences(user);
  }

  @Patch('me/preferences')
  @ApiOkResponse({ description: 'Updated preferences; a stale `version` answers 409' })
  updatePreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdatePreferencesDto,
  ): Promise<PreferencesDto> {
    return this.notifications.updatePreferences(user, body);
  }
}
