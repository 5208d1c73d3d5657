import type { Browser } from 'playwright-core';
import { launchBrowser, login, newContext, screenshot } from './support/browser';

describe('smoke', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('serves the app and signs a coordinator in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const health = await page.request.get('/api/health');
    expect(await health.json()).toEqual({ status: 'ok', db: 'up' });
    await login(page, 'coordinator@regiokracht.demo');
    expect(page.url()).toContain('/c/');
    await screenshot(page, 'smoke-after-login');
    await context.close();
  });
});
