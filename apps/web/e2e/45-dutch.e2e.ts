import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, newContext, screenshot } from './support/browser';

// date-fns' Dutch months ("14 okt. 2026", "1 maart 2026").
const DUTCH_DATE = /\b\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}\b/;
// Thousands grouped with a dot, e.g. "€ 798.130".
const DUTCH_EURO = /€\s?\d{1,3}(\.\d{3})+(,\d{2})?/;

describe('Dutch', () => {
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

  it('switches labels, dates and numbers to Dutch and remembers the choice', async () => {
    await login(page, 'coordinator@regiokracht.demo');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /NL/ }).click();

    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.waitFor();
    for (const label of [
      'Organisaties',
      'Personen',
      'Actiepunten',
      'Toezeggingen',
      'Instellingen',
    ]) {
      await nav.getByRole('link', { name: label }).waitFor();
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(1);
    await screenshot(page, 'dutch-dashboard');

    await nav.getByRole('link', { name: 'Actiepunten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actiepunten' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Weergaven' })
      .getByRole('link', { name: /Alle/ })
      .click();
    const table = page.getByRole('table', { name: 'Actiepunten' });
    await table.waitFor();
    expect(await table.innerText()).toMatch(DUTCH_DATE);

    await nav.getByRole('link', { name: 'Toezeggingen' }).click();
    const pledged = page.locator('.stat').filter({ hasText: 'Waarde toegezegd' }).locator('dd');
    await pledged.waitFor();
    expect(await pledged.innerText()).toMatch(DUTCH_EURO);

    // The choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Toezeggingen' }).waitFor();
  });
});
