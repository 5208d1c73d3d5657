import type { OrganisationDto, OrganisationInsightsPage } from '@regiokracht/shared';
import type { Browser } from 'playwright-core';
import { DEMO_STORY } from '../../api/src/database/seed/demo-story';
import { launchBrowser, login, newContext, screenshot } from './support/browser';
import { coalitionIdOf } from './support/variants';

const STORY_NAMES = new Set<string>([
  ...DEMO_STORY.driftingPartners.map((p) => p.name),
  ...DEMO_STORY.retiringTeacher.organisations,
  ...DEMO_STORY.healthyPartners,
  DEMO_STORY.taker,
  DEMO_STORY.partnerCompany,
]);

describe('editing an organisation someone else just changed', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('offers "reload and retry", keeps what was typed and saves it on the fresh version', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, 'coordinator@regiokracht.demo');
    const cid = coalitionIdOf(page);

    // An engaged partner outside the demo story, so other journeys see the data they expect.
    const insights = (await (
      await page.request.get(
        `/api/coalitions/${cid}/insights/organisations?health=engaged&pageSize=200`,
      )
    ).json()) as OrganisationInsightsPage;
    const target = insights.items.find((i) => !STORY_NAMES.has(i.name) && i.kind === 'company');
    expect(target).toBeDefined();
    const id = target!.organisationId;

    await page.goto(`/c/${cid}/organisations/${id}`);
    await page.getByRole('heading', { level: 1, name: target!.name }).waitFor();
    await page.getByRole('button', { name: 'Edit organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit organisation' });
    await dialog.waitFor();

    // Meanwhile a colleague changes the city, with the version the form also read.
    const current = (await (
      await page.request.get(`/api/coalitions/${cid}/organisations/${id}`)
    ).json()) as OrganisationDto;
    const colleague = await page.request.patch(`/api/coalitions/${cid}/organisations/${id}`, {
      data: { version: current.version, city: 'Maassluis' },
    });
    expect(colleague.status()).toBe(200);

    const typed = 'Goede monteurs voor de energietransitie (e2e)';
    await dialog.getByLabel("What's in it for them").fill(typed);
    await dialog.getByRole('button', { name: 'Save' }).click();

    const conflict = dialog
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this organisation' });
    await conflict.waitFor();
    await expect(dialog.getByLabel("What's in it for them").inputValue()).resolves.toBe(typed);
    await screenshot(page, '25-conflict');

    await conflict.getByRole('button', { name: 'Reload and retry' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Organisation saved.' }).waitFor();

    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText(typed).waitFor();
    await details.getByText('Maassluis').waitFor();
    const saved = (await (
      await page.request.get(`/api/coalitions/${cid}/organisations/${id}`)
    ).json()) as OrganisationDto;
    expect(saved).toMatchObject({
      interests: typed,
      city: 'Maassluis',
      version: current.version + 2,
    });
    await screenshot(page, '25-conflict-resolved');
    await context.close();
  });
});
