import type { Browser } from 'playwright-core';
import { launchBrowser, login, newContext, screenshot } from './support/browser';
import { coalitionIdOf } from './support/variants';

describe('a viewer', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('reads organisations without any edit controls', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, 'viewer@regiokracht.demo');
    const cid = coalitionIdOf(page);

    await page.goto(`/c/${cid}/organisations`);
    const table = page.getByRole('table', { name: 'Organisations' });
    await table.locator('.badge').first().waitFor();
    await expect(page.getByRole('button', { name: 'New organisation' }).count()).resolves.toBe(0);
    await screenshot(page, '30-viewer-organisations');

    await table.locator('tbody tr td:first-child a').first().click();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.timeline__item').first().waitFor();
    const main = page.getByRole('main');
    await expect(main.getByRole('group', { name: 'Quick actions' }).count()).resolves.toBe(0);
    for (const name of [
      'Edit organisation',
      'Delete',
      'Log interaction',
      'Log',
      'Add commitment',
      'Add action item',
      'Report contribution',
      'Add',
    ]) {
      await expect(main.getByRole('button', { name, exact: false }).count()).resolves.toBe(0);
    }
    await expect(main.getByRole('button').count()).resolves.toBe(
      // Only "show more" style buttons that read, never write.
      await main.getByRole('button', { name: /Show/ }).count(),
    );
    await screenshot(page, '30-viewer-organisation');
    await context.close();
  });
});
