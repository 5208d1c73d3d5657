import type { OrganisationDto } from '@regiokracht/shared';
import type { Browser } from 'playwright-core';
import { launchBrowser, login, newContext, screenshot } from './support/browser';
import { coalitionIdOf } from './support/variants';

/**
 * The API answers 503 while its database is away (a failover, a restart). The browser sees what
 * it would see then — every API answer a 503 in the contract's shape — and the app must stay
 * calm: one notice, what was typed kept, and back to normal without a reload once answers return.
 */
describe('connection lost', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('shows "connection lost — retrying", keeps the typed input and recovers by itself', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, 'coordinator@regiokracht.demo');
    const cid = coalitionIdOf(page);
    const created = (await (
      await page.request.post(`/api/coalitions/${cid}/organisations`, {
        data: { name: 'Storingstest BV (e2e)', kind: 'company' },
      })
    ).json()) as OrganisationDto;

    await page.goto(`/c/${cid}/organisations/${created.id}`);
    await page.getByRole('heading', { level: 1, name: created.name }).waitFor();
    await page.getByRole('button', { name: 'Edit organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit organisation' });
    await dialog.waitFor();
    const typed = 'Stageplekken voor monteurs (typed during the outage)';
    await dialog.getByLabel("What's in it for them").fill(typed);

    const notice = page.getByTestId('connection-lost');
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 503,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '5' },
        body: JSON.stringify({
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'SERVICE_UNAVAILABLE',
          message: 'The database is unavailable right now; try again in a moment',
        }),
      }),
    );
    await dialog.getByRole('button', { name: 'Save' }).click();
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('Connection lost — retrying');
    await expect(dialog.getByLabel("What's in it for them").inputValue()).resolves.toBe(typed);
    await screenshot(page, '26-connection-lost');

    // The database is back: the health probe notices, the notice goes, no reload needed.
    await page.unroute('**/api/**');
    await notice.waitFor({ state: 'detached', timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = (await (
      await page.request.get(`/api/coalitions/${cid}/organisations/${created.id}`)
    ).json()) as OrganisationDto;
    expect(saved.interests).toBe(typed);
    await context.close();
  });
});
