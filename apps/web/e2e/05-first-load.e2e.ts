import type { Browser, ConsoleMessage } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';

/**
 * A first visit, signed out, must leave the console clean: Chromium logs every failed request
 * (a 401 session probe included) as a console error, which reads as a broken app.
 */
describe('first load', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('opens the login page without a console error or a failed request', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));

    const probe = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/session');
    await page.goto('/');
    expect(await (await probe).json()).toEqual({ user: null, memberships: [] });
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('button', { name: /sign in|log in|inloggen/i }).waitFor();
    // Late console messages (a lazily loaded chunk, a React warning) still count.
    await page.waitForLoadState('networkidle');

    expect(errors).toEqual([]);
    await context.close();
  });
});
