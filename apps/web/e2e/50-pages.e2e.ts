import type { Browser } from 'playwright-core';
import { launchBrowser, login, newContext, screenshot, type Viewport } from './support/browser';
import { settled } from './support/settled';

const PAGES = [
  {
    name: 'action-items',
    path: 'action-items?view=all',
    heading: { en: 'Action items', nl: 'Actiepunten' },
  },
  { name: 'commitments', path: 'commitments', heading: { en: 'Commitments', nl: 'Toezeggingen' } },
  {
    name: 'responsibilities',
    path: 'responsibilities',
    heading: { en: 'Responsibilities', nl: 'Verantwoordelijkheden' },
  },
  { name: 'settings', path: 'settings', heading: { en: 'Settings', nl: 'Instellingen' } },
  // Pages whose own journeys test their content: here only their screenshots in every language and width.
  { name: 'people', path: 'people', heading: null },
  { name: 'handovers', path: 'handovers', heading: null },
  { name: 'import-export', path: 'import-export', heading: null },
] as const;

const LANGUAGES = ['en', 'nl'] as const;
const VIEWPORTS: Viewport[] = ['desktop', 'mobile'];

describe('main pages in both languages and widths', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  for (const language of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      it(`renders every page (${language}, ${viewport})`, async () => {
        const context = await newContext(browser, {
          viewport,
          locale: language === 'nl' ? 'nl-NL' : 'en-GB',
        });
        await context.addInitScript((lang) => {
          window.localStorage.setItem('regiokracht.language', lang);
        }, language);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await login(page, 'coordinator@regiokracht.demo');
        const coalitionPath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');

        for (const target of PAGES) {
          await page.goto(`${coalitionPath}/${target.path}`);
          await page
            .getByRole('heading', {
              level: 1,
              ...(target.heading ? { name: target.heading[language] } : {}),
            })
            .first()
            .waitFor();
          // Wait until loading skeletons have given way to content.
          await settled(page);
          await screenshot(page, `${target.name}-${language}-${viewport}`);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
