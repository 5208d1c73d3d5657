import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, newContext, screenshot } from './support/browser';

// One of the demo story's unowned items (DEMO_STORY.unownedActionItems); no other journey uses it.
const TITLE = 'Gastlessenrooster voorjaar vullen';
const OWNER = 'Daan Bakker';

describe('assigning an unowned action item', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('gives the item an owner inline: it leaves Unowned and shows under the owner', async () => {
    await login(page, 'coordinator@regiokracht.demo');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Action items' })
      .click();
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: /Unowned/ })
      .click();
    await page.waitForURL(/view=unowned/);

    const owner = page.getByRole('combobox', { name: `Owner of “${TITLE}”` });
    await owner.click();
    await owner.fill('Daan');
    await page.getByRole('option', { name: OWNER }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `${OWNER} now owns “${TITLE}”.` })
      .waitFor();
    // Owned now, so no longer in the Unowned list.
    await owner.waitFor({ state: 'detached' });
    await screenshot(page, 'assign-unowned-after');

    // "Who is responsible for what": the item is listed under its new owner.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Responsibilities' })
      .click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: OWNER, exact: true }) });
    const toggle = row.getByRole('button', { name: `Show ${OWNER}` });
    const detailsId = await toggle.getAttribute('aria-controls');
    await toggle.click();
    const details = page.locator(`[id="${detailsId}"]`);
    await details.getByRole('link', { name: TITLE }).waitFor();

    // And in the owner's own list, with the same title.
    await details.getByRole('link', { name: TITLE }).click();
    await page.getByRole('combobox', { name: `Owner of “${TITLE}”` }).waitFor();
    expect(await page.getByRole('combobox', { name: `Owner of “${TITLE}”` }).inputValue()).toBe(
      OWNER,
    );
  });
});
