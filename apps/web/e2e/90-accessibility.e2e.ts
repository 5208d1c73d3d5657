import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, newContext } from './support/browser';
import { settled } from './support/settled';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

async function blockingViolations(page: Page): Promise<string[]> {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v: Violation) => v.impact && BLOCKING.has(v.impact))
    .map(
      (v: Violation) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('accessibility (axe: no serious or critical violations)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let coalitionPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('login', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await login(page, 'coordinator@regiokracht.demo');
    coalitionPath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
  });

  const pages: [string, string, string][] = [
    ['dashboard', '', 'Dashboard'],
    ['organisations', 'organisations', 'Organisations'],
    ['people', 'people', 'People'],
    ['action items (list)', 'action-items?view=all', 'Action items'],
    ['action items (board)', 'action-items?view=all&layout=board', 'Action items'],
    ['commitments', 'commitments', 'Commitments'],
    ['responsibilities', 'responsibilities', 'Responsibilities'],
    ['settings', 'settings', 'Settings'],
  ];

  for (const [name, path, heading] of pages) {
    it(name, async () => {
      await page.goto(path ? `${coalitionPath}/${path}` : coalitionPath);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }

  it('organisation record', async () => {
    await page.goto(`${coalitionPath}/organisations`);
    const first = page.locator(`main a[href^="${coalitionPath}/organisations/"]`).first();
    await first.click();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('new action item dialog', async () => {
    await page.goto(`${coalitionPath}/action-items?view=all`);
    await page.getByRole('button', { name: 'New action item' }).click();
    await page.getByRole('dialog', { name: 'New action item' }).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });
});
