import AxeBuilder from '@axe-core/playwright';
import type {
  AuditEventDto,
  ContributionDto,
  OrganisationDto,
  Page as ApiPage,
  PersonDto,
  SessionResponse,
} from '@regiokracht/shared';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, login, newContext, screenshot } from './support/browser';
import { settled } from './support/settled';
import { coalitionIdOf, LANGUAGES, VIEWPORTS } from './support/variants';

const PARTNER = 'partner@regiokracht.demo';
const COORDINATOR = 'coordinator@regiokracht.demo';

/** Pages a partner could try by typing their address: they must show nothing of others either. */
const STAFF_PATHS = [
  '',
  'organisations',
  'people',
  'action-items',
  'commitments',
  'responsibilities',
  'handovers',
  'import-export',
  'settings',
];

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`${url} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** All text in the document, hidden parts (closed details, screen-reader text) included. */
async function renderedText(page: Page): Promise<string> {
  await settled(page);
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].map((el) =>
      ['aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? '').join(' '),
    );
    return `${document.title}\n${document.body.textContent ?? ''}\n${attributes.join('\n')}`;
  });
}

async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('a partner in the portal', () => {
  let browser: Browser;
  let staff: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The coordinator checks through the API, in a browser context of their own.
    staff = await newContext(browser);
    const response = await staff.request.post('/api/auth/login', {
      data: { email: COORDINATOR, password: DEMO_PASSWORD },
    });
    expect(response.ok()).toBe(true);
  });
  afterAll(async () => {
    await staff.close();
    await browser.close();
  });

  it('sees no other organisation anywhere, reports a delivery and sees it counted', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, PARTNER);
    await page.waitForURL(/\/c\/[^/]+\/portal$/);
    const cid = coalitionIdOf(page);
    const session = await getJson<SessionResponse>(page.request, '/api/auth/me');
    const membership = session.memberships.find((m) => m.coalitionId === cid)!;
    expect(membership.role).toBe('partner');

    const organisations = await getJson<ApiPage<OrganisationDto>>(
      staff.request,
      `/api/coalitions/${cid}/organisations?pageSize=200`,
    );
    expect(organisations.total).toBe(organisations.items.length);
    const own = organisations.items.find((o) => o.id === membership.organisationId)!;
    const others = organisations.items.filter((o) => o.id !== own.id);
    expect(others.length).toBeGreaterThan(10);

    const texts: [string, string][] = [];
    const collect = async (where: string) => texts.push([where, await renderedText(page)]);

    // The portal, with its dialogs and the bell's panel open.
    const portalHeading = page.getByRole('heading', { level: 1, name: own.name });
    await portalHeading.waitFor();
    await page.getByTestId('fair-share-sentence').waitFor();
    await page
      .getByRole('region', { name: 'Your contacts' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await collect('portal');
    expect(texts[0][1]).toContain(own.name);
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await collect('portal with notifications');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Edit my details' }).click();
    await page.getByRole('dialog', { name: 'Edit my details' }).waitFor();
    await collect('edit my details');
    await page.keyboard.press('Escape');

    // Every page in the partner's navigation, and the staff pages typed in by hand.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const navPaths = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(navPaths).toEqual([`/c/${cid}/portal`]);
    const someOther = others[0];
    for (const path of [
      ...navPaths,
      ...STAFF_PATHS.map((p) => `/c/${cid}/${p}`),
      `/c/${cid}/organisations/${someOther.id}`,
      '/',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await collect(path);
    }

    const leaks = texts.flatMap(([where, text]) =>
      others.filter((o) => text.includes(o.name)).map((o) => `${where}: ${o.name}`),
    );
    expect(leaks).toEqual([]);

    await page.goto(`/c/${cid}/portal`);
    await portalHeading.waitFor();
    await settled(page);
    await page.mouse.move(0, 0);
    expect(await blockingViolations(page)).toEqual([]);
    await screenshot(page, 'portal-en-desktop');

    // Report a delivery on the first commitment that takes one, with the keyboard.
    const reportButton = page.getByRole('button', { name: /^Report delivery on/ });
    const row = page.locator('tr[data-commitment-id]').filter({ has: reportButton }).first();
    const report = row.getByRole('button', { name: /^Report delivery on/ });
    const commitmentId = await row.getAttribute('data-commitment-id');
    expect(commitmentId).toMatch(/^[0-9a-f-]{36}$/);
    const deliveredBefore = await row.getByTestId('delivered-quantity').textContent();
    const totalBefore = await page.getByTestId('total-delivered').textContent();
    await report.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Report a delivery' });
    await dialog.waitFor();
    await expect(
      dialog.getByLabel('Delivered on').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect(await blockingViolations(page)).toEqual([]);
    await screenshot(page, 'portal-report-dialog');
    await dialog.getByLabel(/^Note/).fill('Reported in the portal by the e2e journey');
    // Enter in the quantity field sends the form.
    await dialog.getByLabel(/^Quantity/).fill('1');
    await dialog.getByLabel(/^Quantity/).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Delivery reported' }).waitFor();
    await expect(dialog.count()).resolves.toBe(0);

    // The figures come back from the API with the delivery counted.
    await page.waitForFunction(
      ([id, before]) =>
        document.querySelector(`[data-commitment-id="${id}"] [data-testid="delivered-quantity"]`)
          ?.textContent !== before,
      [commitmentId, deliveredBefore] as const,
    );
    const deliveredAfter = await row.getByTestId('delivered-quantity').textContent();
    const number = (text: string | null) =>
      Number(/^[\d.,]+/.exec(text ?? '')?.[0].replace(/,/g, ''));
    expect(number(deliveredAfter)).toBe(number(deliveredBefore) + 1);
    await expect(page.getByTestId('total-delivered').textContent()).resolves.not.toBe(totalBefore);
    await screenshot(page, 'portal-en-desktop-reported');

    // The coordinator sees it as reported by the partner, with its audit event.
    const contributions = await getJson<ApiPage<ContributionDto>>(
      staff.request,
      `/api/coalitions/${cid}/commitments/${commitmentId}/contributions?sort=-createdAt&pageSize=1`,
    );
    const contribution = contributions.items[0];
    expect(contribution).toMatchObject({
      quantity: 1,
      note: 'Reported in the portal by the e2e journey',
      reportedByPartner: true,
      reportedByUserId: session.user.id,
    });
    const audit = await getJson<ApiPage<AuditEventDto>>(
      staff.request,
      `/api/coalitions/${cid}/audit-events?entityType=contribution&entityId=${contribution.id}`,
    );
    expect(audit.items).toEqual([
      expect.objectContaining({ action: 'create', actorUserId: session.user.id }),
    ]);

    // Their own contact details, audited as theirs.
    await page.getByRole('button', { name: 'Edit my details' }).click();
    const details = page.getByRole('dialog', { name: 'Edit my details' });
    await details.getByLabel('Phone').fill('010 765 43 21');
    await details.getByRole('button', { name: 'Save my details' }).click();
    await page.getByRole('status').filter({ hasText: 'Your details are saved.' }).waitFor();
    const people = await getJson<ApiPage<PersonDto>>(
      staff.request,
      `/api/coalitions/${cid}/people?organisationId=${own.id}&q=${encodeURIComponent(PARTNER)}`,
    );
    expect(people.items).toEqual([expect.objectContaining({ phone: '010 765 43 21' })]);
    const personAudit = await getJson<ApiPage<AuditEventDto>>(
      staff.request,
      `/api/coalitions/${cid}/audit-events?entityType=person&entityId=${people.items[0].id}`,
    );
    expect(personAudit.items[0]).toMatchObject({ action: 'update', actorUserId: session.user.id });
    await context.close();
  });

  it('reads well in Dutch and English, on a desktop and a phone', async () => {
    for (const language of LANGUAGES) {
      for (const viewport of VIEWPORTS) {
        const context = await newContext(browser, {
          locale: language === 'nl' ? 'nl-NL' : 'en-GB',
          viewport,
        });
        const page = await context.newPage();
        await login(page, PARTNER);
        await page.waitForURL(/\/portal$/);
        await page.getByTestId('fair-share-sentence').waitFor();
        await settled(page);
        await page.mouse.move(0, 0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ language, viewport, overflow }).toEqual({ language, viewport, overflow: 0 });
        const title = language === 'nl' ? 'Uw eerlijk aandeel' : 'Your fair share';
        await page.getByRole('heading', { name: title }).waitFor();
        await screenshot(page, `portal-${language}-${viewport}`);
        await context.close();
      }
    }
  });
});
