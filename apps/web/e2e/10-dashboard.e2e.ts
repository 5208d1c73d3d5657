import type { Browser } from 'playwright-core';
import { DEMO_STORY } from '../../api/src/database/seed/demo-story';
import { launchBrowser, login, newContext, screenshot } from './support/browser';
import { coalitionIdOf, screenshotVariants } from './support/variants';

const COORDINATOR = 'coordinator@regiokracht.demo';

describe('dashboard', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('shows the retiring key teacher leaving and the partners that need attention', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, COORDINATOR);
    const cid = coalitionIdOf(page);
    await page.goto(`/c/${cid}`);

    const departures = page.getByRole('region', { name: 'Upcoming departures' });
    const teacher = DEMO_STORY.retiringTeacher;
    await departures.getByRole('link', { name: teacher.name, exact: true }).waitFor();
    await expect(
      departures
        .getByText(/Leaves on .*, in \d+ days/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const handover = departures.getByRole('link', {
      name: new RegExp(`Start handover.*${teacher.name}`),
    });
    expect(await handover.getAttribute('href')).toMatch(
      new RegExp(`^/c/${cid}/handovers/new\\?personId=[0-9a-f-]{36}$`),
    );

    const attention = page.getByRole('region', { name: /Needs attention/ });
    const items = attention.locator('.attention-list__item');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);
    // The teacher's own college: he is its key contact and leaves without a successor.
    await page.getByRole('button', { name: /Show \d+ more/ }).click();
    await attention
      .getByText(new RegExp(`${teacher.name} \\(key contact\\) leaves on .* and has no successor`))
      .waitFor();
    // A partner that drifted away is listed with the reason in words.
    const drifting = DEMO_STORY.driftingPartners.find((p) => p.health === 'dormant')!;
    const driftingItem = items.filter({ hasText: drifting.name });
    await driftingItem.getByText(/Gone quiet: last contact \d+ days ago/).waitFor();
    await screenshot(page, '10-dashboard-attention-expanded');

    // A tile opens the list behind it.
    await page.getByRole('link', { name: /^\d+ Cooling$/ }).click();
    await page.waitForURL(/\/organisations\?health=cooling/);
    await page.getByRole('table', { name: 'Organisations' }).waitFor();
    await screenshot(page, '10-dashboard-cooling-tile-target');
    await context.close();
  });

  it('looks right in English and Dutch, on desktop and phone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, COORDINATOR);
    const cid = coalitionIdOf(page);
    await context.close();

    await screenshotVariants(browser, {
      email: COORDINATOR,
      path: `/c/${cid}`,
      name: 'dashboard',
      ready: (p) => p.locator('.attention-list__item').first().waitFor(),
    });
  });
});
