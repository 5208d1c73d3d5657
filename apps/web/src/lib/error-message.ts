import type { TFunction } from 'i18next';
import { isApiError, NETWORK_ERROR_STATUS } from './api-error';

/**
 * A sentence for the user about a failed request, in the active language. The API's own message
 * is shown for 400/409 (it explains what to change); other statuses get a translated text.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.server');
  if (error.status === NETWORK_ERROR_STATUS) return t('errors.network');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 503) return t('errors.unavailable');
  if (error.status >= 500) return t('errors.server');
  return error.message;
}
