// The närområdesplan's history in a real browser against the real services (on
// PostgreSQL when reachable): a NOSAM member of Göteborg adopts a new version of
// Angered's plan through the API with one row changed, and the NOSAM page's
// "Planens historik" lists it with its adopter and shows the change against the
// previous version (old → new); then adopts a version in the browser with the
// plan editor and compares it with the one before; axe-core finds nothing broken.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../web/build/buildWeb.js';
import { axeViolations, launchBrowser, logIn, openPage, screenshotDirectory, type WatchedPage } from './support/browser.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable } from './support/testDatabases.js';

const naromradeId = '1480-angered';
const adopter = 'SE2120001480-P000000000002';
const nyTelefon = '010-400 00 00';

interface Rad {
  boende: { id: string };
  vardcentral: { hsaId: string };
  lakare: { hsaId: string };
  lakarmedverkanTimmarPerVecka: number;
  rondfrekvens: string;
  kontaktperson: { namn: string; telefon: string };
}

let samsyn: SamsynUnderTest;
let browser: Browser;
let baseUrl: string;
let nosam: WatchedPage;
let andrad: Rad;

beforeAll(async () => {
  await buildWeb();
  samsyn = await SamsynUnderTest.start((await postgresReachable()) ? 'postgres' : 'pglite');
  baseUrl = await samsyn.startWeb();
  browser = await launchBrowser();
  nosam = await openPage(browser, baseUrl);
  await logIn(nosam, 'nosam', '1480');
}, 300_000);

afterAll(async () => {
  await nosam?.close();
  await browser?.close();
  await samsyn?.stop();
}, 60_000);

describe('Planens historik', () => {
  it('adopts a new version of Angered’s plan through the API with one row changed', async () => {
    const token = await samsyn.token({ roles: ['nosam'], huvudman: '1480', organisationHsaId: 'SE2120001480-E000000000001', employeeHsaId: adopter });
    const current = await samsyn.query<{ naromrade: { naromradesplan: { version: number; boendeansvar: Rad[] } } }>(
      `query ($id: ID!) { naromrade(id: $id) { naromradesplan { version boendeansvar {
        boende { id } vardcentral { hsaId } lakare { hsaId } lakarmedverkanTimmarPerVecka rondfrekvens kontaktperson { namn telefon } } } } }`,
      { id: naromradeId },
      { token },
    );
    expect(current.errors).toBeUndefined();
    const plan = current.data!.naromrade.naromradesplan;
    expect(plan.version).toBe(1);
    const rows = plan.boendeansvar;
    andrad = rows[0]!;
    const input = (rad: Rad, index: number) => ({
      boendeId: rad.boende.id,
      vardcentralHsaId: rad.vardcentral.hsaId,
      lakareHsaId: rad.lakare.hsaId,
      lakarmedverkanTimmarPerVecka: rad.lakarmedverkanTimmarPerVecka + (index === 0 ? 1 : 0),
      rondfrekvens: rad.rondfrekvens,
      kontaktpersonNamn: rad.kontaktperson.namn,
      kontaktpersonTelefon: index === 0 ? nyTelefon : rad.kontaktperson.telefon,
    });
    // In force from today, so the page compares it with version 1 by default.
    const idag = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const adopted = await samsyn.query<{ faststallNaromradesplan: { version: number; faststalldAv: string } }>(
      `mutation ($input: FaststallNaromradesplanInput!) { faststallNaromradesplan(input: $input) { version faststalldAv } }`,
      { input: { naromradeId, giltigFran: idag, faststalldDatum: idag, boendeansvar: rows.map(input) } },
      { token },
    );
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data!.faststallNaromradesplan).toEqual({ version: 2, faststalldAv: adopter });
  });

  it('lists every version with its adopter and shows the change against the previous version', async () => {
    const { page } = nosam;
    await page.goto(`/#/naromrade?id=${naromradeId}`);
    const section = page.getByTestId('planens-historik');
    await section.getByRole('heading', { level: 2, name: 'Planens historik' }).waitFor();
    const versioner = section.getByRole('table', { name: 'Planens versioner, senaste först' });
    await versioner.waitFor();
    expect(await versioner.getByTestId('planversion-2').innerText()).toContain(adopter);
    expect(await versioner.getByTestId('planversion-1').innerText()).toContain('okänt');

    expect(await section.getByLabel('Jämför version').inputValue()).toBe('1');
    expect(await section.getByLabel('med version').inputValue()).toBe('2');
    const andrade = section.getByRole('table', { name: /Ändrade boenden/ });
    await andrade.waitFor();
    const rad = andrade.getByTestId(`andrat-${andrad.boende.id}`);
    const text = await rad.innerText();
    const timmar = (value: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(value);
    expect(text).toContain(`Läkarmedverkan h/vecka: ${timmar(andrad.lakarmedverkanTimmarPerVecka)} → ${timmar(andrad.lakarmedverkanTimmarPerVecka + 1)}`);
    expect(text).toContain(`Kontaktpersonens telefon: ${andrad.kontaktperson.telefon} → ${nyTelefon}`);
    // The boende's name comes from the kommun, not its id.
    expect(await rad.getByRole('rowheader').innerText()).not.toContain(andrad.boende.id);
    expect(await andrade.getByRole('row').count()).toBe(2);
    expect(await section.getByText('Tillagda boenden: inga').count()).toBe(1);
    expect(await section.getByText('Borttagna boenden: inga').count()).toBe(1);

    await page.screenshot({ path: `${screenshotDirectory}planhistorik.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(nosam.problems).toEqual([]);
  });

  it('compares any two versions chosen by keyboard, the other way round too', async () => {
    const { page } = nosam;
    const section = page.getByTestId('planens-historik');
    await section.getByLabel('Jämför version').focus();
    await page.keyboard.press('ArrowUp');
    await section.getByText('Välj två olika versioner för att se skillnaden.').waitFor();
    await section.getByLabel('med version').focus();
    await page.keyboard.press('ArrowDown');
    await section.getByRole('table', { name: 'Ändrade boenden (version 2 → 1)' }).waitFor();
    expect(await section.getByTestId(`andrat-${andrad.boende.id}`).innerText()).toContain(`→ ${andrad.kontaktperson.telefon}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adopts a new version in the browser, which the history then compares with the one before', async () => {
    const { page } = nosam;
    await page.goto(`/#/naromrade?id=${naromradeId}`);
    await page.getByRole('button', { name: 'Ändra planen (ny version)' }).click();
    const form = page.getByRole('form', { name: 'Ny version av närområdesplanen' });
    await form.waitFor();
    const forsta = form.getByRole('group').first();
    const boende = (await forsta.locator('legend').innerText()).trim();
    // A missing answer is named at its field before anything is sent.
    await forsta.getByLabel('Kontaktperson').fill('');
    await form.getByRole('button', { name: 'Fastställ den nya versionen' }).click();
    await forsta.getByText('Ange kontaktperson.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await forsta.getByLabel('Kontaktperson').fill('Lena Lund');
    await forsta.getByLabel('Timmar per vecka').fill('9,5');
    await form.getByRole('button', { name: 'Fastställ den nya versionen' }).click();
    await page.getByText(/Version 3 är fastställd och gäller från \d{4}-\d{2}-\d{2}/).waitFor();

    const section = page.getByTestId('planens-historik');
    await section.getByRole('table', { name: 'Planens versioner, senaste först' }).getByTestId('planversion-3').waitFor();
    await section.getByLabel('Jämför version').selectOption('2');
    await section.getByLabel('med version').selectOption('3');
    const andrade = section.getByRole('table', { name: 'Ändrade boenden (version 2 → 3)' });
    await andrade.waitFor();
    const rad = andrade.getByRole('row').filter({ hasText: boende });
    const text = await rad.innerText();
    expect(text).toContain('→ 9,5');
    expect(text).toContain('→ Lena Lund');
    expect(await axeViolations(page)).toEqual([]);
    expect(nosam.problems).toEqual([]);
  });
});
