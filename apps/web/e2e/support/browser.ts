import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:3210';
export const DEMO_PASSWORD = 'regiokracht-demo';
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'screenshots');

/** The system Chromium, with the flags this closed network needs (NOTES.md, pitfall 9). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Viewport = 'desktop' | 'mobile';

export function newContext(
  browser: Browser,
  options: { locale?: 'en-GB' | 'nl-NL'; viewport?: Viewport } = {},
): Promise<BrowserContext> {
  const mobile = options.viewport === 'mobile';
  return browser.newContext({
    baseURL: BASE_URL,
    locale: options.locale ?? 'en-GB',
    viewport: mobile ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    isMobile: mobile,
    hasTouch: mobile,
  });
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/password|wachtwoord/i).fill(password);
  await page.getByRole('button', { name: /sign in|log in|inloggen/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // The shell renders once the session and coalitions are loaded.
  // (On phones the navigation is a closed menu: present, not visible.)
  await page.locator('nav').first().waitFor({ state: 'attached' });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
