import type { Browser, Page } from 'playwright-core';
import { DEMO_STORY } from '../../api/src/database/seed/demo-story';
import { launchBrowser, login, newContext, screenshot } from './support/browser';
import { coalitionIdOf, screenshotVariants } from './support/variants';

const COORDINATOR = 'coordinator@regiokracht.demo';

/** The story's partners are asserted on by other journeys; this one changes a generic one. */
const STORY_NAMES = new Set<string>([
  ...DEMO_STORY.driftingPartners.map((p) => p.name),
  ...DEMO_STORY.retiringTeacher.organisations,
  ...DEMO_STORY.healthyPartners,
  DEMO_STORY.taker,
  DEMO_STORY.partnerCompany,
]);

async function healthBadge(page: Page) {
  const summary = page.getByRole('region', { name: 'Engagement' });
  return summary.locator('.badge').first();
}

describe('logging an interaction', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('wakes a dormant partner up: logged with the keyboard, its health changes', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, COORDINATOR);
    const cid = coalitionIdOf(page);

    // Find a dormant partner through the list, filtered on health.
    await page.goto(`/c/${cid}/organisations`);
    await page.getByLabel('Health').selectOption('dormant');
    await page.waitForURL(/health=dormant/);
    const table = page.getByRole('table', { name: 'Organisations' });
    await table.getByText('Dormant').first().waitFor();
    await screenshot(page, '20-organisations-dormant');
    const names = await table.locator('tbody tr td:first-child a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    const partner = names.find((name) => !STORY_NAMES.has(name)) ?? names[names.length - 1];
    await table.getByRole('link', { name: partner, exact: true }).click();

    await page.getByRole('heading', { level: 1, name: partner }).waitFor();
    await expect((await healthBadge(page)).textContent()).resolves.toBe('Dormant');
    await screenshot(page, '20-organisation-before');

    // Keyboard only: open the form, keep "Meeting" and "now", choose "The partner", type, Enter.
    const logButton = page
      .getByRole('group', { name: 'Quick actions' })
      .getByRole('button', { name: 'Log interaction' });
    await logButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await dialog.waitFor();
    // Kind has focus; "Meeting" is the default and "When" defaults to now.
    await expect(
      dialog.getByLabel('Kind').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await expect(dialog.getByLabel('Kind').inputValue()).resolves.toBe('meeting');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByLabel('The partner').isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kennismaking met de nieuwe bedrijfsleider (e2e)');
    await screenshot(page, '20-log-interaction-form');
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Interaction logged.' }).waitFor();
    await page.getByText('Kennismaking met de nieuwe bedrijfsleider (e2e)').first().waitFor();
    // Engagement is computed from the interactions: the partner is no longer dormant.
    await page.waitForFunction(() => {
      const region = [...document.querySelectorAll('section')].find((s) =>
        s.querySelector('h2')?.textContent?.includes('Engagement'),
      );
      const badge = region?.querySelector('.badge');
      return badge !== null && badge !== undefined && badge.textContent !== 'Dormant';
    });
    await expect((await healthBadge(page)).textContent()).resolves.not.toBe('Dormant');
    await screenshot(page, '20-organisation-after');
    const organisationPath = new URL(page.url()).pathname;
    await context.close();

    await screenshotVariants(browser, {
      email: COORDINATOR,
      path: `/c/${cid}/organisations`,
      name: 'organisations',
      ready: (p) =>
        p
          .getByRole('table', { name: /Organisations|Organisaties/ })
          .locator('.badge')
          .first()
          .waitFor(),
    });
    await screenshotVariants(browser, {
      email: COORDINATOR,
      path: organisationPath,
      name: 'organisation',
      ready: (p) => p.locator('.timeline__item').first().waitFor(),
    });
  });
});
