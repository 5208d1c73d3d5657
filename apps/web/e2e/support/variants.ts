import type { Browser, Page } from 'playwright-core';
import { login, newContext, screenshot, type Viewport } from './browser';

export const LANGUAGES = ['en', 'nl'] as const;
export const VIEWPORTS: readonly Viewport[] = ['desktop', 'mobile'];

/** The coalition id in the current `/c/:cid/…` URL. */
export function coalitionIdOf(page: Page): string {
  const match = /\/c\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`Not inside a coalition: ${page.url()}`);
  return match[1];
}

/**
 * Opens `path` as `email` in English and Dutch, on a 1440 px desktop and a 390 px phone, and
 * saves `<name>-<language>-<viewport>.png` of each once `ready` finds the page loaded.
 */
export async function screenshotVariants(
  browser: Browser,
  options: {
    email: string;
    path: string;
    name: string;
    ready: (page: Page) => Promise<unknown>;
  },
): Promise<void> {
  for (const language of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      const context = await newContext(browser, {
        locale: language === 'nl' ? 'nl-NL' : 'en-GB',
        viewport,
      });
      try {
        const page = await context.newPage();
        await login(page, options.email);
        await page.goto(options.path);
        await options.ready(page);
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${options.name}-${language}-${viewport}`);
      } finally {
        await context.close();
      }
    }
  }
}
