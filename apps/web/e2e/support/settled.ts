import type { Page } from 'playwright-core';

/**
 * Waits until requests are done and loading skeletons (`aria-busy`) have given way to content;
 * gives up quietly after a while, so a page that keeps something busy still gets checked.
 */
export async function settled(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout })
    .catch(() => undefined);
}
