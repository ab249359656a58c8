// The analyst's comparisons in a real browser against the real services (on
// PostgreSQL when reachable): a calendar half-year is compared with the
// half-year before, avvikelser are shown per inhabitant with the population's
// source (a närområde measured by its kommun, marked approximate), an area
// is set side by side with the county and with a närområde, the area is
// broken down by status and by reporting unit as the API gives it, the CSV
// export carries the rates the page shows, and axe-core finds nothing broken.
import { readFile } from 'node:fs/promises';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../web/build/buildWeb.js';
import { compareSwedish } from '../platform/sorting/swedishOrder.js';
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

interface Antal {
  varde: number | null;
  undertryckt: boolean;
}

interface Fordelning {
  oversikt: { undertryckningsgrans: number };
  perEnhet: { celler: { enhetHsaId: string; antal: Antal }[] };
  perStatus: { celler: { status: string; antal: Antal }[] };
  naromraden: { vardcentraler: { hsaId: string; namn: string }[] }[];
}

const fordelningQuery = `query ($niva: Analysniva!, $omradeId: ID, $fran: Date!, $till: Date!) {
  oversikt: avvikelseanalys(input: { niva: $niva, omradeId: $omradeId, fran: $fran, till: $till }) { undertryckningsgrans }
  perEnhet: avvikelseanalys(input: { niva: $niva, omradeId: $omradeId, fran: $fran, till: $till, gruppera: [ENHET] }) { celler { enhetHsaId antal { varde undertryckt } } }
  perStatus: avvikelseanalys(input: { niva: $niva, omradeId: $omradeId, fran: $fran, till: $till, gruppera: [STATUS] }) { celler { status antal { varde undertryckt } } }
  naromraden { vardcentraler { hsaId namn } }
}`;

/** Rows of a two-column table as [row header, cell], whitespace (thousands separators) taken out of the cell. */
async function tabellrader(tabell: Locator): Promise<[string, string][]> {
  const rader = await tabell.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!]));
  return rader.map(([namn, antal]) => [namn!, antal!.replace(/\s/g, '')]);
}

/** A count as the page writes it: "<5" when withheld, never 0. */
const somText = (antal: Antal, grans: number) => (antal.undertryckt ? `<${grans}` : String(antal.varde));

/** The CSV read back as Excel splits it (quoted fields do not occur in these lines). */
const csvRader = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((rad) => rad.split(';'));

describe('Breaking the area down as an analyst', () => {
  it('shows the area by status and by reporting unit as the API gives them, and exports them with the rates per inhabitant', async () => {
    const { page } = analytiker;
    // The default period (the last twelve full months), so the test follows the seed wherever its dates lie.
    await page.goto('/#/avvikelser?niva=lokal&omrade=1480-angered');
    const urval = (await page.getByTestId('avvikelser-urval').textContent())!;
    const [, fran, till] = /(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})/.exec(urval)!;
    const analyst = await samsyn.token({ roles: ['analytiker'] });
    const svar = await samsyn.query<Fordelning>(fordelningQuery, { niva: 'LOKAL', omradeId: '1480-angered', fran, till }, { token: analyst });
    expect(svar.errors).toBeUndefined();
    const { oversikt, perEnhet, perStatus, naromraden } = svar.data!;
    const grans = oversikt.undertryckningsgrans;

    // Status: every status in workflow order, with the API's counts (none is 0).
    const statustabell = page.getByRole('table', { name: 'Avvikelser per status' });
    await statustabell.waitFor();
    const statusnamn = ['Rapporterad', 'Mottagen', 'Under utredning', 'Åtgärdad', 'Återkopplad', 'Avslutad', 'Avvisad'];
    const statuskoder = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD'];
    const statusrader = await tabellrader(statustabell);
    expect(statusrader).toEqual(
      statuskoder.map((kod, index) => {
        const cell = perStatus.celler.find((c) => c.status === kod);
        return [statusnamn[index], cell ? somText(cell.antal, grans) : '0'];
      }),
    );
    expect(perStatus.celler.length).toBeGreaterThan(0);

    // Units: every unit the API counts, a vårdcentral by its name and any other unit by its HSA-id.
    const namn = new Map(naromraden.flatMap((naromrade) => naromrade.vardcentraler.map((vardcentral) => [vardcentral.hsaId, vardcentral.namn] as const)));
    const enhetstabell = page.getByRole('table', { name: 'Avvikelser per rapporterande enhet' });
    await enhetstabell.waitFor();
    const enhetsrader = await tabellrader(enhetstabell);
    const vantade = perEnhet.celler.map((cell) => [namn.get(cell.enhetHsaId) ?? cell.enhetHsaId, somText(cell.antal, grans)]);
    expect(perEnhet.celler.length).toBeGreaterThan(0);
    expect([...enhetsrader].sort()).toEqual([...vantade].sort());
    // The seeded area has avvikelser reported by both huvudmän: named vårdcentraler and kommun units by HSA-id.
    expect(enhetsrader.some(([enhet]) => [...namn.values()].includes(enhet))).toBe(true);
    expect(enhetsrader.some(([enhet]) => /^SE\d{10}-/.test(enhet))).toBe(true);
    // Most first (a withheld count between 0 and the threshold), then by name.
    const storlek = (text: string) => (text.startsWith('<') ? grans / 2 : Number(text));
    for (let index = 1; index < enhetsrader.length; index++) {
      const [fore, efter] = [enhetsrader[index - 1]!, enhetsrader[index]!];
      expect(storlek(fore[1]) > storlek(efter[1]) || (storlek(fore[1]) === storlek(efter[1]) && compareSwedish(fore[0], efter[0]) <= 0), `${fore} before ${efter}`).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);

    // The export: the rates per inhabitant as the page shows them, and the same breakdowns.
    const befolkningstabell = page.getByRole('table', { name: 'Avvikelser per invånare, Angered' });
    await page.getByTestId('befolkning-kalla').getByText('Närområdet har ingen egen befolkningssiffra', { exact: false }).waitFor();
    const [nedladdning] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
    const csv = csvRader(await readFile((await nedladdning.path())!, 'utf8'));
    const kolumner = ['Per 10 000 invånare (ungefärligt)', 'Per 1 000 invånare 65 år och äldre (ungefärligt)', 'Per 1 000 invånare 80 år och äldre (ungefärligt)'];
    expect(csv[0]!.slice(-3)).toEqual(kolumner);
    const csvRad = (avsnitt: string, grupp: string, franDatum: string) => csv.find((rad) => rad[4] === avsnitt && rad[5] === grupp && rad[2] === franDatum);
    const foregaendeFran = (await page.getByTestId('avvikelser-kort').textContent())!.match(/Föregående period (\d{4}-\d{2}-\d{2})/)![1]!;
    // Columns of the page's table after the population: the chosen period, then the previous one.
    for (const [periodensFran, tabellkolumn] of [[fran!, 1], [foregaendeFran, 2]] as const) {
      for (const [index, matt] of ['Per 10 000 invånare', 'Per 1 000 invånare 65 år och äldre', 'Per 1 000 invånare 80 år och äldre'].entries()) {
        const rad = befolkningstabell.getByRole('row').filter({ has: page.getByRole('rowheader', { name: matt, exact: true }) });
        const pasidan = (await rad.getByRole('cell').nth(tabellkolumn).textContent())!.trim();
        // A rate the page cannot give (a withheld count, no population) is an empty cell, never 0.
        expect(csvRad('Totalt', 'Alla avvikelser', periodensFran)![10 + index], `${matt}, ${periodensFran}`).toBe(/^\d/.test(pasidan) ? pasidan.replace(/\s/g, '') : '');
      }
    }
    expect(csvRad('Totalt', 'Alla avvikelser', fran!)![10]).toMatch(/^\d+(,\d)?$/);
    expect(csv.filter((rad) => rad[4] === 'Per status').map((rad) => [rad[5], rad[8] === 'ja' ? `<${grans}` : rad[6]])).toEqual(statusrader);
    expect(csv.filter((rad) => rad[4] === 'Per enhet')).toHaveLength(enhetsrader.length);
    expect(analytiker.problems).toEqual([]);
  });
});
