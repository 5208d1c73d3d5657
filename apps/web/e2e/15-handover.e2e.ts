import type { OrganisationInsightsPage } from '@regiokracht/shared';
import type { Browser, Page } from 'playwright-core';
import { DEMO_STORY } from '../../api/src/database/seed/demo-story';
import { launchBrowser, login, newContext, screenshot as save } from './support/browser';
import { coalitionIdOf } from './support/variants';

const COORDINATOR = 'coordinator@regiokracht.demo';
const TEACHER = DEMO_STORY.retiringTeacher;

/** Full-page screenshots from the top: a step change focuses (and scrolls to) its heading. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await save(page, name);
}

const RISK_RANK = { low: 0, medium: 1, high: 2 } as const;

/** Succession risk of the teacher's organisations, read the way the dashboard reads it. */
async function teacherRisk(page: Page, cid: string) {
  const response = await page.request.get(
    `/api/coalitions/${cid}/insights/organisations?pageSize=200`,
  );
  expect(response.ok()).toBe(true);
  const insights = (await response.json()) as OrganisationInsightsPage;
  return TEACHER.organisations.map((name) => {
    const insight = insights.items.find((i) => i.name === name);
    if (!insight) throw new Error(`No insight for ${name}`);
    return { name, level: insight.succession.level, score: insight.succession.score };
  });
}

describe('handover', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('hands the retiring teacher over and lowers his organisations’ risk', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, COORDINATOR);
    const cid = coalitionIdOf(page);

    const before = await teacherRisk(page, cid);
    for (const org of before) expect(org.level).toBe('high');

    // Dashboard → the teacher in upcoming departures → his "Start handover".
    await page.goto(`/c/${cid}`);
    const departures = page.getByRole('region', { name: 'Upcoming departures' });
    await departures.getByRole('link', { name: TEACHER.name, exact: true }).waitFor();
    await departures
      .getByRole('link', { name: new RegExp(`Start handover.*${TEACHER.name}`) })
      .click();
    await page.waitForURL(/\/handovers\/new\?personId=/);

    // 1. Choose person: preselected from the link.
    await page.getByRole('heading', { name: /Step 1 of 6: Choose person/ }).waitFor();
    const personSelect = page.getByLabel('Who is leaving?');
    expect(await personSelect.locator('option:checked').textContent()).toContain(TEACHER.name);
    await screenshot(page, 'handover-step-1-en-desktop');
    await page.getByRole('button', { name: 'Start handover' }).click();

    // 2. Review holdings: his three organisations, by kind.
    await page.getByRole('heading', { name: /Step 2 of 6: Review holdings/ }).waitFor();
    await page.waitForURL(/\/handovers\/[0-9a-f-]{36}\?step=2$/);
    for (const name of TEACHER.organisations) await page.getByText(name).first().waitFor();
    await screenshot(page, 'handover-step-2-en-desktop');
    await page.getByRole('button', { name: 'Next' }).click();

    // 3. Pick successors: a default successor from his own college, found by searching.
    await page.getByRole('heading', { name: /Step 3 of 6: Pick successors/ }).waitFor();
    await page.getByLabel('Search: Default successor').fill(TEACHER.organisation);
    const defaultSelect = page.getByLabel('Default successor', { exact: true });
    const options = defaultSelect.locator('option');
    expect(await options.count()).toBeGreaterThan(1);
    const successorValue = await options.nth(1).getAttribute('value');
    const successorText = (await options.nth(1).textContent()) ?? '';
    const successorName = successorText.split(' — ')[0];
    expect(successorText).toContain(TEACHER.organisation);
    expect(successorValue).toBeTruthy();
    await defaultSelect.selectOption(successorValue);
    await screenshot(page, 'handover-step-3-en-desktop');
    await page.getByRole('button', { name: 'Next' }).click();

    // 4. Dossier.
    await page.getByRole('heading', { name: /Step 4 of 6: Dossier/ }).waitFor();
    const dossier =
      'Van der Linden expects two internship places in September; call Koudijs before the open day.';
    await page.getByLabel('Dossier for the successor').fill(dossier);
    await screenshot(page, 'handover-step-4-en-desktop');
    await page.getByRole('button', { name: 'Next' }).click();

    // 5. Confirm: everything goes to the successor.
    await page.getByRole('heading', { name: /Step 5 of 6: Confirm/ }).waitFor();
    await page.getByText(new RegExp(`\\d+ items? to ${successorName}`)).waitFor();
    await page.getByText('The dossier is written.').waitFor();
    await screenshot(page, 'handover-step-5-en-desktop');
    await page.getByRole('button', { name: 'Complete handover' }).click();

    // 6. Report: the transfers, and the printable report.
    await page.getByRole('heading', { name: /Step 6 of 6: Report/ }).waitFor();
    const transfers = page.getByRole('table', { name: 'What moved where' });
    for (const name of TEACHER.organisations)
      await transfers.getByRole('row').filter({ hasText: name }).first().waitFor();
    expect(await transfers.getByRole('cell', { name: successorName }).count()).toBeGreaterThan(0);
    await page.getByText(dossier).waitFor();
    await screenshot(page, 'handover-step-6-en-desktop');
    await screenshot(page, 'handover-report-en-desktop');
    const printLink = page.getByRole('link', { name: /Print report/ });
    expect(await printLink.getAttribute('target')).toBe('_blank');
    const [reportPage] = await Promise.all([context.waitForEvent('page'), printLink.click()]);
    await reportPage.waitForLoadState();
    await reportPage.getByText(TEACHER.name).first().waitFor();
    await screenshot(reportPage, 'handover-report-html');
    await reportPage.close();

    // The risk dropped, in the API and on the dashboard.
    const after = await teacherRisk(page, cid);
    for (const org of after) {
      const was = before.find((b) => b.name === org.name)!;
      expect(org.score).toBeLessThan(was.score);
      expect(RISK_RANK[org.level]).toBeLessThan(RISK_RANK[was.level]);
    }
    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    const attention = page.getByRole('region', { name: /Needs attention/ });
    await attention.locator('.attention-list__item').first().waitFor();
    const more = page.getByRole('button', { name: /Show \d+ more/ });
    if (await more.isVisible()) await more.click();
    expect(
      await attention
        .getByText(
          new RegExp(`${TEACHER.name} \\(key contact\\) leaves on .* and has no successor`),
        )
        .count(),
    ).toBe(0);
    await context.close();
  });

  it('reads in Dutch on a phone', async () => {
    const context = await newContext(browser, { locale: 'nl-NL', viewport: 'mobile' });
    const page = await context.newPage();
    await login(page, COORDINATOR);
    const cid = coalitionIdOf(page);
    await page.goto(`/c/${cid}/handovers`);
    await page.getByRole('link', { name: TEACHER.name }).first().click();
    await page.getByRole('heading', { name: /Stap 6 van 6: Verslag/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'handover-report-nl-mobile');
    await context.close();
  });
});
