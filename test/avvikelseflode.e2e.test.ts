// The avvikelse workflow in a real browser (Debian's chromium driven by
// playwright-core) against the real services, on the real PostgreSQL server
// when it is reachable: a Göteborg nurse reports an avvikelse to the region,
// a region user takes it from the inbox to återkopplad (through a stale-version
// conflict), the nurse closes it, the NOSAM view shows it, and a granskare
// finds the nurse's reads and verifies the log chain. Then a NOSAM meeting
// recorded in one browser shows its decisions in another's agenda. Two or
// more users, each in a browser context; axe-core checks every page and state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../web/build/buildWeb.js';
import { axeViolations, launchBrowser, logIn, openPage, screenshotDirectory, type AxeViolation, type WatchedPage } from './support/browser.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable } from './support/testDatabases.js';

const demoPatient = '191212121212';
const nurseHsaId = 'SE2120001480-P000000000001';
const nurseEnhet = 'SE2120001480-E000000000001';
// Unique per run, so the checks through the API find exactly this test's reports.
const stamp = Date.now().toString(36);
const beskrivning = `Läkemedelslistan följde inte med vid utskrivningen till hemsjukvården (test ${stamp}).`;

let samsyn: SamsynUnderTest;
let browser: Browser;
let baseUrl: string;
let nurse: WatchedPage;
let region: WatchedPage;
let avvikelseId = '';
/** Every page and state checked with axe-core (and for its width): name → violations. */
const axeResults: Record<string, AxeViolation[]> = {};

async function checkAxe(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDirectory}avvikelseflode-${name.replace(/[^a-zåäö]+/gi, '-')}.png`, fullPage: true });
  axeResults[name] = await axeViolations(page);
  expect(axeResults[name], `axe on ${name}`).toEqual([]);
  // Readable at 1280×720: nothing wider than the window.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `width of ${name}`).toBeLessThanOrEqual(1280);
}

/** Presses Tab until the focused element matches a CSS selector, or has exactly this text (a task done by keyboard alone). */
async function tabTill(page: Page, target: string | { text: string }): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate((wanted) => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      return typeof wanted === 'string' ? element.matches(wanted) : element.textContent?.trim() === wanted.text;
    }, target);
    if (reached) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** The region's view through the API: the reports of this run with a text, counted. */
async function reportsWith(text: string): Promise<{ id: string; status: string }[]> {
  const result = await samsyn.query<{ avvikelser: { edges: { node: { id: string; status: string; beskrivning: string } }[] } }>(
    `{ avvikelser(filter: { naromradeId: "1480-angered", rapporterandeHuvudman: "1480" }, first: 100) { edges { node { id status beskrivning } } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.avvikelser.edges.map((edge) => edge.node).filter((node) => node.beskrivning.includes(text)).map(({ id, status }) => ({ id, status }));
}

beforeAll(async () => {
  await buildWeb();
  samsyn = await SamsynUnderTest.start((await postgresReachable()) ? 'postgres' : 'pglite');
  baseUrl = await samsyn.startWeb();
  browser = await launchBrowser();
  nurse = await openPage(browser, baseUrl);
  region = await openPage(browser, baseUrl);
  await logIn(nurse, 'vardpersonal', '1480');
  await logIn(region, 'vardpersonal', 'VGR');
}, 300_000);

afterAll(async () => {
  await nurse?.close();
  await region?.close();
  await browser?.close();
  await samsyn?.stop();
  console.log(`axe-core results: ${JSON.stringify(Object.fromEntries(Object.entries(axeResults).map(([name, violations]) => [name, violations.length])))}`);
}, 60_000);

describe('a Göteborg nurse reports an avvikelse to the region', () => {
  it('points out a personnummer while typing, and stores nothing when the server refuses it', async () => {
    const { page } = nurse;
    await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Rapportera avvikelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapportera avvikelse' }).waitFor();
    await checkAxe(page, 'rapportera: tomt formulär');
    // Sent empty: every missing answer is named next to its field, before anything is sent.
    await page.getByRole('button', { name: 'Skicka rapport' }).click();
    await page.locator('.falt-fel').first().waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(2);
    await checkAxe(page, 'rapportera: fält saknas');

    await page.getByLabel('Kategori').selectOption('LAKEMEDEL');
    await page.getByRole('combobox', { name: 'Närområde' }).selectOption({ label: 'Angered' });
    await page.getByLabel('Beskrivning').fill(`Patienten 19121212-1212 fick fel dos (test ${stamp}).`);
    await page.getByText('Texten verkar innehålla ett personnummer').first().waitFor();
    await page.getByRole('button', { name: 'Skicka rapport' }).click();
    // The server's refusal, next to the field; what the user typed stays.
    await page.getByText('Texten verkar innehålla ett personnummer eller samordningsnummer').waitFor();
    expect(await page.getByLabel('Beskrivning').inputValue()).toContain('19121212-1212');
    await checkAxe(page, 'rapportera: personnummer avvisat');
    expect(await reportsWith(`fick fel dos (test ${stamp})`)).toEqual([]);
  });

  it('stores one report for a double click and shows its id and what happens next', async () => {
    const { page } = nurse;
    await page.getByLabel('Beskrivning').fill(beskrivning);
    await page.getByRole('button', { name: 'Skicka rapport' }).dblclick();
    await page.getByRole('heading', { name: 'Avvikelsen är rapporterad' }).waitFor();
    avvikelseId = (await page.getByTestId('rapporterad-id').innerText()).trim();
    expect(avvikelseId).toMatch(/^avv-/);
    await page.getByText('inom 60 dagar').waitFor();
    await checkAxe(page, 'rapportera: bekräftelse');
    expect(await reportsWith(beskrivning)).toEqual([{ id: avvikelseId, status: 'RAPPORTERAD' }]);
  });

  it('takes a report by keyboard alone, and stores it once when the answer is lost on the way and the user sends again', async () => {
    const { page } = nurse;
    const text = `Kallelsen till SIP-mötet kom inte fram (test ${stamp}).`;
    await tabTill(page, { text: 'Rapportera en till' });
    await page.keyboard.press('Enter');
    await tabTill(page, 'select[name="kategori"]');
    await page.keyboard.type('SIP');
    expect(await page.getByLabel('Kategori').inputValue()).toBe('SIP');
    await tabTill(page, 'textarea[name="beskrivning"]');
    await page.keyboard.type(text);
    // Kommun is preset to the nurse's own; the närområde is chosen by typing its name.
    await tabTill(page, 'select[name="naromrade"]');
    await page.keyboard.type('Angered');
    expect(await page.getByRole('combobox', { name: 'Närområde' }).inputValue()).toBe('1480-angered');
    // The server stores the report, but its answer never reaches the browser.
    let dropped = false;
    await page.route('**/graphql', async (route) => {
      if (!dropped && route.request().postData()?.includes('rapporteraAvvikelse')) {
        dropped = true;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await tabTill(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByText('Samsyn svarar inte').waitFor();
    expect(await page.getByLabel('Beskrivning').inputValue()).toBe(text);
    await tabTill(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Avvikelsen är rapporterad' }).waitFor();
    await page.unroute('**/graphql');
    expect(await reportsWith(text)).toHaveLength(1);
  });
});

describe('the region takes it from the inbox to återkopplad', () => {
  it('finds it in the inbox and takes it in with the keyboard alone', async () => {
    const { page } = region;
    await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Inkorg' }).click();
    await page.getByRole('heading', { level: 1, name: /Inkorg/ }).waitFor();
    const inbox = page.getByRole('table', { name: /Avvikelser till oss/ });
    await inbox.waitFor();
    // The inbox at a glance: the new report waits to be received.
    const attTaEmot = page.getByTestId('inkorg-att-ta-emot');
    await attTaEmot.waitFor();
    expect(Number((await attTaEmot.locator('.siffra').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
    await checkAxe(page, 'inkorg');
    await page.getByRole('combobox', { name: 'Närområde' }).selectOption({ label: 'Angered (Göteborg)' });
    await page.getByRole('combobox', { name: 'Status' }).selectOption('RAPPORTERAD');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByRole('link', { name: avvikelseId }).click();
    await page.getByRole('heading', { level: 1, name: `Avvikelse ${avvikelseId}` }).waitFor();
    expect(await page.locator('body').innerText()).toContain(beskrivning);
    await checkAxe(page, 'avvikelse: rapporterad');

    // Tab to the step, open it, confirm it: no mouse.
    await tabTill(page, { text: 'Ta emot' });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bekräfta: Ta emot' }).waitFor();
    await checkAxe(page, 'avvikelse: steg öppnat');
    await tabTill(page, { text: 'Bekräfta: Ta emot' });
    await page.keyboard.press('Enter');
    await page.getByText('Avvikelsen är nu mottagen').waitFor();
    expect(await page.getByTestId('historik').innerText()).toContain('Ta emot');
  });

  it('investigates, acts, and gives återkoppling, which is required', async () => {
    const { page } = region;
    for (const step of ['Påbörja utredning', 'Markera åtgärdad']) {
      await page.getByRole('button', { name: step, exact: true }).click();
      await page.getByRole('button', { name: `Bekräfta: ${step}` }).click();
      await page.getByText(`${step}: sparat`).waitFor();
    }
    await page.getByRole('button', { name: 'Återkoppla', exact: true }).click();
    await page.getByRole('button', { name: 'Bekräfta: Återkoppla' }).click();
    await page.getByText('Skriv återkopplingen till rapportören.').waitFor();
    await checkAxe(page, 'avvikelse: återkoppling saknas');
  });

  it('tells the user what changed when someone else moved the case, and lets them retry with their text kept', async () => {
    const { page } = region;
    const aterkoppling = `Rutinen för läkemedelslista vid utskrivning är ändrad och personalen informerad (test ${stamp}).`;
    await page.getByLabel('Återkoppling till rapportören').fill(aterkoppling);
    // A colleague lifts it as a systemfel meanwhile (the status stays ÅTGÄRDAD; the version moves on).
    const colleague = await samsyn.token({ roles: ['vardpersonal'], huvudman: 'VGR', employeeHsaId: 'SE2321000131-P000000000077' });
    const current = await samsyn.query<{ avvikelse: { version: number } }>(`query ($id: ID!) { avvikelse(id: $id) { version } }`, { id: avvikelseId });
    const lifted = await samsyn.query(
      `mutation ($input: HanteraAvvikelseInput!) { hanteraAvvikelse(input: $input) { avvikelse { version } } }`,
      { input: { avvikelseId, version: current.data!.avvikelse.version, handling: 'LYFT_SOM_SYSTEMFEL', systemfelNiva: 'NOSAM' } },
      { token: colleague },
    );
    expect(lifted.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Bekräfta: Återkoppla' }).click();
    const changed = page.getByTestId('arende-andrat');
    await changed.waitFor();
    expect(await changed.innerText()).toMatch(/Lyft som systemfel, av SE2321000131-P000000000077/);
    expect(await page.getByLabel('Återkoppling till rapportören').inputValue()).toBe(aterkoppling);
    expect(await page.locator('body').innerText()).not.toContain('CONFLICT');
    await checkAxe(page, 'avvikelse: ändrad av någon annan');

    await page.getByRole('button', { name: 'Bekräfta: Återkoppla' }).click();
    await page.getByText('Avvikelsen är nu återkopplad').waitFor();
    const stored = await samsyn.query<{ avvikelse: { status: string; systemfel: string } }>(`query ($id: ID!) { avvikelse(id: $id) { status systemfel } }`, { id: avvikelseId });
    expect(stored.data!.avvikelse).toEqual({ status: 'ATERKOPPLAD', systemfel: 'NOSAM' });
  });
});

describe('the nurse closes it, and the NOSAM view shows it', () => {
  it('finds the återkoppling among the reports waiting to be closed, and closes it', async () => {
    const { page } = nurse;
    await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Våra rapporter' }).click();
    const waiting = page.getByRole('table', { name: /Återkopplade avvikelser/ });
    await waiting.waitFor();
    await checkAxe(page, 'våra rapporter');
    await waiting.getByRole('link', { name: avvikelseId }).click();
    await page.getByRole('heading', { level: 1, name: `Avvikelse ${avvikelseId}` }).waitFor();
    expect(await page.getByTestId('historik').innerText()).toContain('Rutinen för läkemedelslista vid utskrivning är ändrad');
    await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
    await page.getByRole('button', { name: 'Bekräfta: Avsluta' }).click();
    await page.getByText('Avvikelsen är nu avslutad').waitFor();
    await page.getByText('Avvikelsen är avslutad.').waitFor();
    await checkAxe(page, 'avvikelse: avslutad');
  });

  it('shows the case in the NOSAM view of Angered, opening a case page without patient link', async () => {
    const nosam = await openPage(browser, baseUrl);
    try {
      await logIn(nosam, 'nosam', '1480');
      const { page } = nosam;
      await page.goto('/#/naromrade?id=1480-angered');
      const latest = page.getByRole('table', { name: 'Senast rapporterade avvikelser' });
      await latest.waitFor();
      const row = latest.getByRole('row').filter({ has: page.getByRole('link', { name: avvikelseId }) });
      expect(await row.innerText()).toContain('Avslutad');
      await latest.getByRole('link', { name: avvikelseId }).click();
      await page.getByRole('heading', { level: 1, name: `Avvikelse ${avvikelseId}` }).waitFor();
      await page.getByText('Din roll kan läsa avvikelsen men inte hantera den.').or(page.getByText('Avvikelsen är avslutad.')).first().waitFor();
      expect(await page.getByText('Patient', { exact: true }).count()).toBe(0);
      await checkAxe(page, 'avvikelse: nosam');
      expect(nosam.problems).toEqual([]);
    } finally {
      await nosam.close();
    }
  });

  it('lets the nurse report from the patient picture, with the patient filled in', async () => {
    const { page } = nurse;
    await page.getByRole('navigation', { name: 'Sidor' }).getByRole('link', { name: 'Patientbild' }).click();
    await page.getByLabel('Personnummer', { exact: true }).fill(demoPatient);
    await page.getByLabel('Ingen – visa bara min huvudmans uppgifter').check();
    await page.getByRole('button', { name: 'Bekräfta och hämta' }).click();
    await page.getByRole('heading', { name: 'Kommunen' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Rapportera avvikelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapportera avvikelse' }).waitFor();
    expect(await page.getByLabel('Personnummer (valfritt)').inputValue()).toBe('19121212-1212');
    await page.getByLabel('Kategori').selectOption('IN_OCH_UTSKRIVNING');
    await page.getByRole('combobox', { name: 'Närområde' }).selectOption({ label: 'Angered' });
    await page.getByLabel('Beskrivning').fill(`Utskrivningsmeddelandet kom efter hemgång (test ${stamp}).`);
    await page.getByRole('button', { name: 'Skicka rapport' }).click();
    await page.getByRole('heading', { name: 'Avvikelsen är rapporterad' }).waitFor();
  });

  it('left no console errors or requests leaving the machine in either browser', () => {
    expect(nurse.problems.filter((problem) => !/connectionreset|ERR_CONNECTION_RESET|Failed to fetch/.test(problem))).toEqual([]);
    expect(region.problems).toEqual([]);
  });
});

describe("a Göteborg granskare follows up the nurse's reads", () => {
  it("finds the nurse's reads of the patient in the kommun's log and in the shared layer's, and verifies both chains", async () => {
    // A region nurse reads the kommun's part of the patient in an emergency: a row to review in the kommun's log.
    const emergency = await samsyn.query(`query ($id: ID!) { patient(id: $id) { hemsjukvard { id } } }`, { id: demoPatient }, {
      token: await samsyn.token(),
      headers: { 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': encodeURIComponent(`Medvetslös vid hembesök (test ${stamp})`) },
    });
    expect(emergency.errors).toBeUndefined();
    const granskare = await openPage(browser, baseUrl);
    try {
      await logIn(granskare, 'granskare', '1480');
      const { page } = granskare;
      // Granskning is the granskare's start page.
      await page.getByRole('heading', { level: 1, name: 'Granskning av åtkomstloggen' }).waitFor();
      await checkAxe(page, 'granskning');

      const search = page.getByRole('search', { name: 'Sök i åtkomstloggen' });
      await search.getByLabel('Kommunens logg').check();
      await search.getByRole('button', { name: 'Sök', exact: true }).click();
      // Nödåtkomst first, marked for review, with its reason.
      const firstRow = page.getByTestId('atkomstlogg').locator('tbody tr').first();
      await firstRow.getByText('Granskas särskilt').waitFor();
      expect(await firstRow.innerText()).toContain(`Medvetslös vid hembesök (test ${stamp})`);

      await search.getByLabel('Användare (HSA-id)').fill(nurseHsaId);
      await search.getByRole('button', { name: 'Sök', exact: true }).click();
      const log = page.getByTestId('atkomstlogg');
      await log.getByRole('cell', { name: '19121212-1212' }).first().waitFor();
      const rows = await log.locator('tbody tr').allInnerTexts();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toContain(nurseHsaId);
      expect(page.url()).toContain(`anvandare=${nurseHsaId}`);
      await checkAxe(page, 'granskning: kommunens logg');

      await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
      await page.getByTestId('kedjekontroll-resultat').getByText(/^Kedjan är hel: [\d\s]+ rad(er)? kontrollerad(e)?\.$/).waitFor();

      // The report with the patient is a write in the shared layer's log.
      await search.getByLabel('Samverkanslagrets logg').check();
      await search.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByRole('table', { name: /Samverkanslagrets logg/ }).getByRole('cell', { name: 'Skrivning' }).first().waitFor();
      await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
      await page.getByTestId('kedjekontroll-resultat').getByText(/^Kedjan är hel/).waitFor();
      await checkAxe(page, 'granskning: samverkanslagrets logg och kedjekontroll');

      // The patient's extract: the reads of the kommun's own data, and the region's part kept by the region.
      await page.getByLabel('Personnummer för loggutdraget').fill(demoPatient);
      await page.getByRole('button', { name: 'Visa loggutdrag' }).click();
      await page.getByTestId('utdrag-kommun').getByRole('cell', { name: nurseEnhet }).first().waitFor();
      await page.getByTestId('utdrag-region').getByText('Inte din huvudmans uppgifter.').waitFor();
      await checkAxe(page, 'granskning: loggutdrag');
      expect(granskare.problems).toEqual([]);
    } catch (error) {
      await granskare.screenshot('granskning-misslyckad');
      throw error;
    } finally {
      await granskare.close();
    }
  });
});

describe('a NOSAM meeting recorded in one browser', () => {
  it("shows its participants and decisions in another user's agenda and meeting list", async () => {
    const chair = await openPage(browser, baseUrl);
    const member = await openPage(browser, baseUrl);
    const beslut = `Gemensam rutin för läkemedelslistor vid utskrivning (test ${stamp})`;
    const atgard = `Ta fram rutinen (test ${stamp})`;
    try {
      await logIn(chair, 'nosam', '1480');
      const { page } = chair;
      await page.goto('/#/naromrade?id=1480-angered');
      await page.getByRole('heading', { level: 2, name: 'NOSAM-möten' }).waitFor();
      await page.getByRole('button', { name: 'Registrera möte' }).click();
      const form = page.getByRole('form', { name: 'Registrera möte' });
      await form.getByLabel('Starttid').fill('13:30');
      await form.getByLabel('Plats').fill('Angereds närsjukhus');
      // Sent without participants: the form says so and sends nothing.
      await form.getByRole('button', { name: 'Registrera mötet' }).click();
      await form.getByText('Ange minst en deltagare.').waitFor();
      await checkAxe(page, 'nosam: registrera möte, deltagare saknas');

      const first = form.getByRole('group', { name: 'Deltagare 1' });
      await first.getByLabel('Namn').fill('Eva Ek');
      await first.getByLabel('Roll').fill('Verksamhetschef');
      await first.getByLabel('Organisation').fill('Vårdcentralen Angered');
      await first.getByLabel('Huvudman').selectOption('VGR');
      await form.getByRole('button', { name: 'Lägg till deltagare' }).click();
      const second = form.getByRole('group', { name: 'Deltagare 2' });
      await second.getByLabel('Namn').fill('Omar Ali');
      await second.getByLabel('Roll').fill('MAS');
      await second.getByLabel('Organisation').fill('Äldreomsorgen Angered');
      await second.getByLabel('Huvudman').selectOption('1480');
      await form.getByRole('button', { name: 'Lägg till beslut' }).click();
      const decision = form.getByRole('group', { name: 'Beslut 1' });
      await decision.getByLabel('Vad beslutades').fill(beslut);
      await decision.getByLabel('Ny åtgärd i planen').check();
      await decision.getByLabel('Åtgärd', { exact: true }).fill(atgard);
      await decision.getByLabel('Ansvarig enhet').fill('Äldreomsorgen Angered');
      await decision.getByLabel('Sista datum').fill('2027-03-31');
      await checkAxe(page, 'nosam: registrera möte, ifyllt');
      await form.getByRole('button', { name: 'Registrera mötet' }).click();
      await page.getByText(/Mötet \d{4}-\d{2}-\d{2} är registrerat/).waitFor();
      expect(await page.locator('ol.moten').first().innerText()).toContain('Eva Ek (Verksamhetschef, Vårdcentralen Angered, Västra Götalandsregionen)');

      // The chair prepares the next meeting: its day, place, invited and an item of their own go on the agenda.
      await page.getByText('Förbered mötet').click();
      await page.getByLabel('Mötesdatum').fill('2027-04-01');
      await page.getByLabel('Mötestid').fill('10:00');
      await page.getByLabel('Mötesplats').fill('Angereds bibliotek');
      await page.getByLabel('Inbjudna (en per rad)').fill('Eva Ek\nOmar Ali');
      await page.getByLabel('Egna punkter (en per rad)').fill(`Julens bemanning (test ${stamp})`);
      const agenda = page.getByTestId('dagordning');
      await page.getByTestId('dagordning-mote').getByText('Möte 2027-04-01 kl. 10:00, Angereds bibliotek').waitFor();
      await page.getByTestId('dagordning-inbjudna').getByText('Inbjudna: Eva Ek, Omar Ali').waitFor();
      await agenda.getByText(`Julens bemanning (test ${stamp})`).waitFor();
      // The åtgärd decided today is due before that meeting.
      expect(await agenda.locator('[data-punkt="atgarder-fore-motet"]').innerText()).toContain(atgard);
      await checkAxe(page, 'nosam: förberett möte');
      await page.reload();
      await page.getByTestId('dagordning-mote').getByText('Möte 2027-04-01 kl. 10:00, Angereds bibliotek').waitFor();

      // Another member, another browser context: the agenda's previous meeting is this one, with the åtgärd's state.
      await logIn(member, 'vardpersonal', 'VGR');
      await member.page.goto('/#/naromrade?id=1480-angered');
      const previous = member.page.getByTestId('dagordning').locator('[data-punkt="foregaende-mote"]');
      await previous.waitFor();
      const text = await previous.innerText();
      expect(text).toContain(`Beslut: ${beslut} – åtgärd ”${atgard}”: planerad, sista datum 2027-03-31.`);
      const meetings = await member.page.locator('ol.moten > li').first().innerText();
      expect(meetings).toContain('kl. 13:30, Angereds närsjukhus');
      expect(meetings).toContain('Omar Ali (MAS, Äldreomsorgen Angered, Göteborg)');
      await checkAxe(member.page, 'nosam: dagordning och möten');

      // The meeting itself on a projector: one section at a time, stepped with the keyboard.
      await member.page.getByRole('button', { name: 'Presentationsläge' }).click();
      const del = member.page.getByTestId('presentation-del');
      await del.getByText('Del 1 av 9: Översikt').waitFor();
      expect(await member.page.getByRole('heading', { level: 2, name: 'Översikt' }).isVisible()).toBe(true);
      expect(await member.page.getByRole('heading', { level: 2, name: 'Dagordning' }).isVisible()).toBe(false);
      await member.page.keyboard.press('ArrowRight');
      await del.getByText('Del 2 av 9: Dagordning').waitFor();
      expect(await member.page.getByRole('heading', { level: 2, name: 'Dagordning' }).isVisible()).toBe(true);
      expect(await member.page.getByRole('heading', { level: 2, name: 'Översikt' }).isVisible()).toBe(false);
      await checkAxe(member.page, 'nosam: presentationsläge');
      await member.page.keyboard.press('Escape');
      await member.page.getByRole('button', { name: 'Presentationsläge' }).waitFor();
      expect(await member.page.getByRole('heading', { level: 2, name: 'Översikt' }).isVisible()).toBe(true);
      expect([...chair.problems, ...member.problems]).toEqual([]);
    } finally {
      await chair.close();
      await member.close();
    }
  });
});
