// The analyst's comparisons in a real browser against the real services (on
// PostgreSQL when reachable): a calendar half-year is compared with the
// half-year before, avvikelser are shown per inhabitant with the population's
// source (a närområde measured by its kommun, marked approximate), an area
// is set side by side with the county and with a närområde, and
// axe-core finds nothing broken.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../web/build/buildWeb.js';
import { axeViolations, launchBrowser, logIn, openPage, type WatchedPage } from './support/browser.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable } from './support/testDatabases.js';

let samsyn: SamsynUnderTest;
let browser: Browser;
let analytiker: WatchedPage;

beforeAll(async () => {
  await buildWeb();
  samsyn = await SamsynUnderTest.start((await postgresReachable()) ? 'postgres' : 'pglite');
  const baseUrl = await samsyn.startWeb();
  browser = await launchBrowser();
  analytiker = await openPage(browser, baseUrl);
  await logIn(analytiker, 'analytiker', 'VGR');
}, 300_000);

afterAll(async () => {
  await analytiker?.close();
  await browser?.close();
  await samsyn?.stop();
}, 60_000);

const kalla = 'SCB, Folkmängd per kommun 31 december 2024';

describe('Comparing as an analyst', () => {
  it('compares a calendar half-year with the half-year before, per inhabitant with the source', async () => {
    const { page } = analytiker;
    await page.goto('/#/avvikelser?niva=delregional&omrade=goteborgsomradet&fran=2026-01-01&till=2026-06-30');
    await page.getByRole('heading', { level: 1, name: 'Avvikelser i samverkan' }).waitFor();
    const kort = page.getByTestId('avvikelser-kort');
    await kort.getByText('Föregående period 2025-07-01 – 2025-12-31').waitFor();

    const tabell = page.getByRole('table', { name: 'Avvikelser per invånare, Göteborgsområdet' });
    await tabell.waitFor();
    for (const namn of ['Per 10 000 invånare', 'Per 1 000 invånare 65 år och äldre', 'Per 1 000 invånare 80 år och äldre']) {
      await tabell.getByRole('rowheader', { name: namn }).waitFor();
    }
    const kallrad = page.getByTestId('befolkning-kalla');
    await kallrad.getByText(kalla, { exact: false }).waitFor();
    expect(await kallrad.textContent()).toContain('ungefärliga värden');
    // The five kommuner of Göteborgsområdet, summed: some 770 000 inhabitants.
    const befolkning = Number((await tabell.getByRole('row').nth(1).getByRole('cell').first().textContent())!.replace(/\D/g, ''));
    expect(befolkning).toBeGreaterThan(700_000);
    expect(befolkning).toBeLessThan(850_000);
    const rate = (await tabell.getByRole('row').nth(1).getByRole('cell').nth(1).textContent())!;
    expect(rate).toMatch(/^\d+(,\d)?$|<\d|ej tillgängligt/);
    expect(await axeViolations(page)).toEqual([]);
    expect(analytiker.problems).toEqual([]);
  });

  it('sets the area side by side with the county for the same period', async () => {
    const { page } = analytiker;
    await page.goto('/#/avvikelser?niva=delregional&omrade=goteborgsomradet&fran=2026-01-01&till=2026-06-30');
    await page.getByRole('table', { name: 'Avvikelser per invånare, Göteborgsområdet' }).waitFor();
    await page.getByRole('combobox', { name: 'Jämför med' }).selectOption({ label: 'Hela Västra Götaland' });
    const tabell = page.getByRole('table', { name: 'Jämförelse 2026-01-01 – 2026-06-30: Göteborgsområdet och Hela Västra Götaland' });
    await tabell.waitFor();
    expect(page.url()).toContain('jamfor=lansgemensam');
    for (const namn of ['Avvikelser', 'Per 10 000 invånare', 'Per 1 000 invånare 65 år och äldre', 'Median dagar till återkoppling', 'Andel med försenad återkoppling']) {
      await tabell.getByRole('rowheader', { name: namn, exact: true }).waitFor();
    }
    await tabell.getByRole('columnheader', { name: 'Hela Västra Götaland' }).waitFor();
    // The county has at least as many avvikelser as one of its areas.
    const antal = async (kolumn: number) => Number((await tabell.getByRole('row').nth(1).getByRole('cell').nth(kolumn).textContent())!.replace(/\D/g, '') || '0');
    expect(await antal(1)).toBeGreaterThanOrEqual(await antal(0));
    expect(await axeViolations(page)).toEqual([]);

    // A närområde to compare with, then none: the table goes.
    await page.getByRole('combobox', { name: 'Jämför med' }).selectOption({ label: 'Angered' });
    await page.getByRole('table', { name: /Göteborgsområdet och Angered$/ }).waitFor();
    await page.getByRole('combobox', { name: 'Jämför med' }).selectOption({ label: '– ingen jämförelse –' });
    await page.getByTestId('avvikelser-jamforelse').waitFor({ state: 'detached' });
    expect(analytiker.problems).toEqual([]);
  });

  it("lists the area's overdue återkopplingar of today, each opening its case page", async () => {
    const { page } = analytiker;
    await page.goto('/#/avvikelser?niva=delregional&omrade=goteborgsomradet&fran=2026-01-01&till=2026-06-30');
    const lista = page.getByRole('table', { name: /^Försenad återkoppling i Göteborgsområdet i dag/ });
    await lista.waitFor();
    const forsta = lista.locator('tbody tr').first();
    expect(await forsta.innerText()).toMatch(/dagar? försenad/);
    await axeViolations(page).then((violations) => expect(violations).toEqual([]));
    await forsta.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Avvikelse avv-/ }).waitFor();
    // An analyst reads the case without its patient and takes no steps.
    expect(await page.getByText('Patient', { exact: true }).count()).toBe(0);
    expect(analytiker.problems).toEqual([]);
  });

  it("measures a närområde by its kommun's population and says so", async () => {
    const { page } = analytiker;
    await page.goto('/#/avvikelser?niva=lokal&omrade=1480-angered&fran=2025-01-01&till=2025-12-31');
    await page.getByTestId('avvikelser-kort').getByText('Föregående period 2024-01-01 – 2024-12-31').waitFor();
    const kallrad = page.getByTestId('befolkning-kalla');
    await kallrad.getByText('Närområdet har ingen egen befolkningssiffra', { exact: false }).waitFor();
    expect(await kallrad.textContent()).toContain('hela kommunen (Göteborg)');
    expect(await axeViolations(page)).toEqual([]);
    expect(analytiker.problems).toEqual([]);
  });
});
