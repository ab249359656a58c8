// The web application in a real browser (Debian's chromium driven by
// playwright-core) against the real services: three subgraphs, the gateway
// and the web server as processes, seeded, on the real PostgreSQL server when
// it is reachable (PGlite otherwise; the API suites run on both). Screenshots
// go to test-artifacts/screenshots/ (git-ignored).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../web/build/buildWeb.js';
import { readFileSync } from 'node:fs';
import {
  faststallNaromradesplanVariabler,
  hanteraAvvikelseVariabler,
  hanteraSipVariabler,
  localDate,
  registreraNosamMoteVariabler,
  skapaSipVariabler,
} from '../web/app/pages/utforskare/exempelVariabler.js';
import { axeViolations, launchBrowser, logIn, openPage, type WatchedPage } from './support/browser.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable } from './support/testDatabases.js';

/** A personnummer in any of its written forms: 12 digits, or 6/8 digits, a separator and 4 digits. */
const personnummerPattern = /\b(?:\d{12}|\d{6}[-+]\d{4}|\d{8}[-+]\d{4})\b/;
const demoPatient = '191212121212';

let samsyn: SamsynUnderTest;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  await buildWeb();
  samsyn = await SamsynUnderTest.start((await postgresReachable()) ? 'postgres' : 'pglite');
  baseUrl = await samsyn.startWeb();
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await samsyn?.stop();
}, 60_000);

/** Runs a browser session and always closes it; fails on console errors or requests leaving the machine. */
async function withPage(run: (watched: WatchedPage) => Promise<void>, options: { allowConsoleErrors?: RegExp } = {}): Promise<void> {
  const watched = await openPage(browser, baseUrl);
  try {
    await run(watched);
    const problems = watched.problems.filter((problem) => !(options.allowConsoleErrors && options.allowConsoleErrors.test(problem)));
    expect(problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

async function pageText(watched: WatchedPage): Promise<string> {
  return watched.page.locator('body').innerText();
}

async function fitsProjectorWidth(watched: WatchedPage): Promise<boolean> {
  return watched.page.evaluate<boolean>('document.documentElement.scrollWidth <= 1280');
}

describe('the web server', () => {
  it('serves the application with a policy that keeps every resource on this server', async () => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await response.text();
    expect(html).toContain('/assets/app.js');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('refuses a development login with a role or huvudman that does not exist, naming the field', async () => {
    const response = await fetch(`${baseUrl}/api/utvecklingsinloggning`, {
      method: 'POST',
      // As the page sends it: the login answers only same-origin JSON.
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ roll: 'nosam', huvudman: '9999' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'huvudman' });
  });

  it('forwards GraphQL to the gateway with the token', async () => {
    const token = await samsyn.token({ roles: ['nosam'], huvudman: '1480', organisationHsaId: 'SE2120001480-E000000000001', employeeHsaId: 'SE2120001480-P000000000001' });
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ naromrade(id: "1480-angered") { namn } }' }),
    });
    expect(await response.json()).toEqual({ data: { naromrade: { namn: 'Angered' } } });
    const anonymous = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ naromrade(id: "1480-angered") { namn } }' }),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('logging in', () => {
  it('shows only the pages of the chosen role, and logs out', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'analytiker', 'VGR');
      const menu = page.getByRole('navigation', { name: 'Sidor' });
      await expect(menu.getByRole('link', { name: 'Avvikelser' }).isVisible()).resolves.toBe(true);
      expect(await menu.getByRole('link', { name: 'Patientbild' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
    });
  });

  it('sends a user whose token is no longer accepted back to the login page with a message', async () => {
    await withPage(
      async (watched) => {
        const { page } = watched;
        await logIn(watched, 'nosam', '1480');
        // A token signed by an issuer the services do not trust, with a valid shape.
        const stranger = (await samsyn.token({ roles: ['nosam'], huvudman: '1480' })).replace(/\.[^.]+$/, '.AAAA');
        await page.evaluate(`sessionStorage.setItem('samsyn.session.token', ${JSON.stringify(stranger)})`);
        await page.goto('/#/naromrade?id=1480-angered');
        await page.reload();
        await page.getByText('Inloggningen har gått ut').waitFor();
        await page.getByRole('button', { name: 'Logga in' }).waitFor();
      },
      { allowConsoleErrors: /status of 401/ },
    );
  });
});

describe('routes a role does not have', () => {
  it('shows nosam a neutral page for the patient picture, with no trace of the personnummer in the link', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'nosam', '1480');
      await page.goto(`/#/patient?id=${demoPatient}`);
      await page.getByRole('heading', { level: 1, name: 'Sidan finns inte för din roll' }).waitFor();
      const text = await pageText(watched);
      expect(text).not.toMatch(personnummerPattern);
      expect(text).not.toContain(demoPatient);
      expect(await page.getByRole('combobox', { name: 'Närområde' }).count()).toBe(0);
      await page.getByRole('link', { name: /Till startsidan/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Närområde' }).waitFor();
    });
  });

  it('never echoes an unknown närområde id, nor an unknown page', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'nosam', '1480');
      await page.goto(`/#/naromrade?id=${demoPatient}`);
      await page.getByText('Det valda närområdet finns inte.').waitFor();
      expect(await pageText(watched)).not.toMatch(personnummerPattern);
      await page.goto(`/#/finns-inte?id=${demoPatient}`);
      await page.getByRole('heading', { level: 1, name: 'Sidan finns inte för din roll' }).waitFor();
      expect(await pageText(watched)).not.toMatch(personnummerPattern);
    });
  });
});

describe('the header', () => {
  it('names the user’s kommun, not its code, and still fits', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'nosam', '1480');
      await page.getByTestId('anvandare').filter({ hasText: 'Göteborg' }).waitFor();
      expect(await page.getByTestId('anvandare').innerText()).not.toMatch(/1480/);
      expect(await page.evaluate<number>("document.querySelector('.sidhuvud').getBoundingClientRect().height")).toBeLessThan(100);
      expect(await fitsProjectorWidth(watched)).toBe(true);
    });
  });

  it('offers the kommuner by name in the picker and the login, not by kommunkod', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await page.goto('/');
      // The choices come from the server's configuration: wait for them before reading.
      const val = page.getByRole('combobox', { name: 'Huvudman', exact: true }).locator('option');
      await val.nth(1).waitFor({ state: 'attached' });
      const huvudman = await val.allInnerTexts();
      expect(huvudman[1]).toMatch(/^Ale /);
      await logIn(watched, 'nosam', '1480');
      await page.getByRole('combobox', { name: 'Vårdsamverkansområde' }).selectOption({ label: 'Göteborgsområdet' });
      // Names arrive from the kommun service after the choices themselves.
      await page.getByRole('combobox', { name: 'Kommun' }).locator('option', { hasText: 'Göteborg' }).waitFor({ state: 'attached' });
      const kommuner = (await page.getByRole('combobox', { name: 'Kommun' }).locator('option').allInnerTexts()).slice(1);
      expect(kommuner.length).toBeGreaterThan(2);
      expect(kommuner).toEqual([...kommuner].sort((a, b) => a.localeCompare(b, 'sv')));
    });
  });
});

describe('the NOSAM view', () => {
  it('lets a nosam user pick a närområde and see the plan table and the agenda', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'nosam', '1480');
      await page.getByRole('link', { name: 'Närområde (NOSAM)' }).click();
      await page.getByRole('combobox', { name: 'Vårdsamverkansområde' }).selectOption({ label: 'Göteborgsområdet' });
      await page.getByRole('combobox', { name: 'Kommun' }).selectOption({ label: 'Göteborg' });
      await page.getByRole('combobox', { name: 'Närområde' }).selectOption({ label: 'Angered' });
      await page.getByRole('heading', { level: 1, name: 'Angered' }).waitFor();
      expect(page.url()).toContain('id=1480-angered');

      await page.getByRole('heading', { name: 'Närområdesplan' }).waitFor();
      const plan = page.getByRole('table', { name: 'Boenden och ansvarig vårdcentral' });
      await plan.waitFor();
      expect(await plan.getByRole('row').count()).toBeGreaterThan(2);
      // Residents listed at another vårdcentral than the responsible one, per boende, as the API counts them.
      await plan.getByRole('columnheader', { name: 'Boende listade vid annan vårdcentral' }).waitFor();
      const token = await samsyn.token({ roles: ['nosam'], huvudman: '1480', organisationHsaId: 'SE2120001480-E000000000001', employeeHsaId: 'SE2120001480-P000000000001' });
      const counts = await samsyn.query(`{ naromrade(id: "1480-angered") { boenden { id antalInvanareListadeAnnanstans { varde undertryckt } } } }`, {}, { token });
      expect(counts.errors).toBeUndefined();
      let compared = 0;
      for (const boende of counts.data!['naromrade'].boenden) {
        const cell = plan.getByTestId(`boende-${boende.id}`).getByTestId('listade-annanstans');
        const antal = boende.antalInvanareListadeAnnanstans;
        if (antal === null) continue; // a gap in the plan: the row says so instead
        expect((await cell.innerText()).trim()).toBe(antal.undertryckt ? '<5' : String(antal.varde));
        compared += 1;
      }
      expect(compared).toBeGreaterThan(0);

      await page.getByRole('heading', { name: 'Dagordning' }).waitFor();
      const agenda = page.getByTestId('dagordning');
      await agenda.waitFor();
      // Angered's seeded agenda: opening, overdue återkopplingar, a recurring category, overdue SIP follow-ups, … closing.
      expect(await agenda.getByRole('listitem').count()).toBeGreaterThan(4);
      await agenda.locator('[data-punkt="aterkopplingar"]').waitFor();
      await expect(page.getByRole('button', { name: 'Skriv ut dagordning' }).isVisible()).resolves.toBe(true);

      expect(personnummerPattern.test(await pageText(watched))).toBe(false);
      expect(await fitsProjectorWidth(watched)).toBe(true);
      await watched.screenshot('nosam-naromrade-angered');
    });
  });

  it('can be used from the keyboard: the skip link comes first and the menu is reachable by Tab', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'nosam', '1480');
      await page.goto('/#/naromrade?id=1480-angered');
      await page.getByRole('heading', { level: 1, name: 'Angered' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Hoppa till innehållet');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Närområde (NOSAM)');
    });
  });

  it('has no axe violations at 150 % zoom, where the wide tables scroll in boxes the keyboard reaches', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      // 1280×720 at 150 % zoom leaves 853×480 CSS pixels.
      await page.setViewportSize({ width: 853, height: 480 });
      await logIn(watched, 'nosam', '1480');
      await page.goto('/#/naromrade?id=1480-angered');
      await page.getByRole('table', { name: 'Boenden och ansvarig vårdcentral' }).waitFor();
      await page.getByTestId('dagordning').waitFor();
      await page.getByRole('table', { name: 'Senast rapporterade avvikelser' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const plan = page.getByRole('region', { name: 'Boenden och ansvarig vårdcentral' });
      expect(await plan.getAttribute('tabindex')).toBe('0');
      await watched.screenshot('nosam-naromrade-150-procent');
    });
  });

  it('still shows the plan when the kommun service is down, and says what is missing', async () => {
    await samsyn.stopSubgraph('kommun');
    try {
      await withPage(
        async (watched) => {
          const { page } = watched;
          await logIn(watched, 'nosam', '1480');
          await page.goto('/#/naromrade?id=1480-angered');
          await page.getByRole('heading', { level: 1, name: 'Angered' }).waitFor();
          await page.getByText('Uppgifterna är ofullständiga').first().waitFor();
          await page.getByText('Kommunernas tjänst svarar inte just nu').first().waitFor();
          await page.getByRole('heading', { name: 'Närområdesplan' }).waitFor();
          await watched.screenshot('nosam-naromrade-kommun-nere');
        },
        { allowConsoleErrors: /status of 50\d/ },
      );
    } finally {
      await samsyn.startSubgraph('kommun');
    }
  });
});

describe('the analyst view', () => {
  it('draws the charts for the county, with tables and no personnummer anywhere', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'analytiker', 'VGR');
      await page.getByRole('link', { name: 'Avvikelser' }).click();
      await page.getByRole('heading', { level: 1, name: 'Avvikelser i samverkan' }).waitFor();
      await page.getByRole('combobox', { name: 'Nivå' }).selectOption('LANSGEMENSAM');
      await page.getByRole('heading', { name: 'Trend per månad' }).waitFor();
      const charts = page.locator('svg[role="img"]');
      await charts.first().waitFor();
      expect(await charts.count()).toBeGreaterThanOrEqual(2);
      for (const name of ['Trend per månad', 'Kategorier', 'Vem rapporterar vem', 'Tid till återkoppling']) {
        await page.getByRole('heading', { name }).waitFor();
      }
      expect(await page.locator('svg[role="img"] rect').count()).toBeGreaterThan(5);
      expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(2);

      const text = await pageText(watched);
      expect(text).not.toMatch(personnummerPattern);
      // Also in the markup (attributes, hidden text); digits after a decimal point are coordinates, not personnummer.
      expect((await page.content()).match(/(?<![\d.])(?:19|20)\d{10}(?!\d)/)?.[0] ?? null).toBeNull();
      expect(await fitsProjectorWidth(watched)).toBe(true);
      await watched.screenshot('analytiker-avvikelser-lan');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Exportera CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
    });
  });
});

describe('the patient picture', () => {
  it('shows vårdpersonal their own huvudman’s part without a ground, and the rest only with samtycke', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'vardpersonal', 'VGR');
      await page.getByRole('link', { name: 'Patientbild' }).click();
      await page.getByLabel('Personnummer').fill(demoPatient);
      await page.getByLabel('Ingen – visa bara min huvudmans uppgifter').check();
      await page.getByRole('button', { name: 'Bekräfta och hämta' }).click();
      await page.getByRole('heading', { name: 'Regionen (VGR)' }).waitFor();
      await page.getByRole('heading', { name: 'Kommunen' }).waitFor();
      await page.getByText('Kräver åtkomstgrund').first().waitFor();
      // The widest menu (vårdpersonal's) still fits on one row at 1280×720, under the row with the user.
      expect(await page.evaluate<number>("document.querySelector('.sidhuvud nav ul').getBoundingClientRect().height")).toBeLessThan(45);
      expect(await page.evaluate<number>("document.querySelector('.sidhuvud').getBoundingClientRect().height")).toBeLessThan(100);
      await watched.screenshot('vardpersonal-patient-utan-grund');

      await page.getByRole('button', { name: /Ändra åtkomstgrund/ }).click();
      await page.getByLabel('Patienten har samtyckt').check();
      await page.getByRole('button', { name: 'Bekräfta och hämta' }).click();
      await page.getByRole('heading', { name: 'Kommunen' }).waitFor();
      await expect(page.getByText('Kräver åtkomstgrund').count()).resolves.toBe(0);
      await page.getByText(/Hemsjukvård/).first().waitFor();
      await watched.screenshot('vardpersonal-patient-samtycke');
    });
  });
});

describe('blocked information in the patient picture', () => {
  it('shows a spärr at the kommun as blocked with samtycke, and opens it with nödåtkomst and a reason', async () => {
    const patient = '193003239898';
    const kommunensVardpersonal = await samsyn.token({ huvudman: '1480', organisationHsaId: 'SE2120001480-E000000000001', employeeHsaId: 'SE2120001480-P000000000001' });
    const sparr = await samsyn.query(`mutation { registreraKommunensSparr(input: { patientId: "${patient}" }) { sparrad } }`, {}, { token: kommunensVardpersonal });
    expect(sparr.data).toEqual({ registreraKommunensSparr: { sparrad: true } });
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'vardpersonal', 'VGR');
      await page.goto(`/#/patient?id=${patient}`);
      await page.getByLabel('Patienten har samtyckt').check();
      await page.getByRole('button', { name: 'Bekräfta och hämta' }).click();
      await page.getByTestId('sparrad-information').waitFor();
      expect(await page.getByTestId('sektion-kommun').innerText()).not.toMatch(/Hemsjukvård|Hemtjänst \d/);
      await watched.screenshot('vardpersonal-patient-sparr');

      await page.getByRole('button', { name: /Ändra åtkomstgrund/ }).click();
      await page.getByLabel(/Nödåtkomst/).check();
      await page.getByLabel(/Anledning/).fill('Patienten medvetslös på akuten, behöver läkemedelslistan');
      await page.getByRole('button', { name: 'Bekräfta och hämta' }).click();
      await page.getByTestId('sektion-kommun').getByText(/Hemsjukvård|Hemtjänst|Boende/).first().waitFor();
      expect(await page.getByTestId('sparrad-information').count()).toBe(0);
    });
  });
});

describe('the SIP-gap worklist', () => {
  it('lists a kommun’s shared patients for its vårdpersonal and leaves access-log rows', async () => {
    const granskare = await samsyn.token({ roles: ['granskare'], huvudman: '1480', organisationHsaId: 'SE2120001480-E000000000001', employeeHsaId: 'SE2120001480-P000000000002' });
    // Every row of the user's reads, page by page (a närområde lists more patients than one page holds).
    const readsByTheUser = async () => {
      let rows = 0;
      let after: string | null = null;
      for (;;) {
        type Page = { kommunensAtkomstlogg: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
        const variables: Record<string, string | null> = { after };
        const log = await samsyn.query<Page>(
          'query ($after: String) { kommunensAtkomstlogg(filter: { anvandare: "SE2120001480-P000000000001" }, first: 100, after: $after) { edges { node { operation } } pageInfo { hasNextPage endCursor } } }',
          variables,
          { token: granskare },
        );
        expect(log.errors).toBeUndefined();
        rows += log.data!.kommunensAtkomstlogg.edges.length;
        if (!log.data!.kommunensAtkomstlogg.pageInfo.hasNextPage) return rows;
        after = log.data!.kommunensAtkomstlogg.pageInfo.endCursor;
      }
    };
    const before = await readsByTheUser();
    let listed = 0;
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'vardpersonal', '1480');
      await page.goto('/#/sip-luckor?naromrade=1480-angered');
      await page.getByRole('heading', { level: 1, name: 'SIP-luckor' }).waitFor();
      await page.getByLabel('Ingen – visa bara min huvudmans uppgifter').check();
      await page.getByRole('button', { name: 'Bekräfta och hämta' }).click();
      await page.getByText('Hämtat utan åtkomstgrund').waitFor();
      // The choice folds away with its button: the keyboard goes on to the result, not back to the start of the page.
      expect(await page.evaluate('document.activeElement?.tagName')).not.toBe('BODY');
      expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('Arbetslistan');
      const list = page.getByRole('table', { name: 'Patienter med insatser från båda huvudmännen' });
      await list.waitFor();
      listed = (await list.getByRole('row').count()) - 1;
      expect(listed).toBeGreaterThan(0);
      await watched.screenshot('vardpersonal-sip-luckor');
    });
    expect(await readsByTheUser()).toBeGreaterThanOrEqual(before + listed);
  });
});

describe('the API explorer', () => {
  it('runs GraphiQL from this server with the schema documentation and the example operations', async () => {
    await withPage(async (watched) => {
      const { page } = watched;
      await logIn(watched, 'nosam', '1480');
      await page.goto('/utforskare.html');
      await page.getByRole('heading', { level: 1, name: 'Samsyn API-utforskare' }).waitFor();
      await page.locator('.graphiql-container').waitFor();
      await page.getByRole('button', { name: 'NOSAM: närområdet', exact: true }).click();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response').getByText('Angered').first().waitFor();

      // The documentation comes from the bundled schema (introspection is off in production).
      await page.getByRole('button', { name: /Documentation Explorer/ }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
      await watched.screenshot('utforskare');
    });
  });

  // Last in the file: the examples write (a plan version, a meeting, steps) to the seeded data the tests above read.
  it('has mutation examples that work for their role against a freshly seeded Samsyn', async () => {
    const exempel = (file: string) => readFileSync(new URL(`../web/app/pages/utforskare/exempel/${file}.graphql`, import.meta.url), 'utf8');
    const idag = localDate(new Date());
    const region = { huvudman: 'VGR', organisationHsaId: 'SE2321000131-E000000000001', employeeHsaId: 'SE2321000131-P000000000077' };
    const goteborg = { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000000001', employeeHsaId: 'SE2120001480-P000000000001' };
    const cases = [
      { file: 'hanteraAvvikelse', role: 'vardpersonal' as const, who: region, variables: hanteraAvvikelseVariabler('VGR') },
      { file: 'skapaSip', role: 'vardpersonal' as const, who: goteborg, variables: skapaSipVariabler('1480', idag, 'exempel-skapa-sip-1') },
      { file: 'hanteraSip', role: 'vardpersonal' as const, who: goteborg, variables: hanteraSipVariabler(idag) },
      { file: 'faststallNaromradesplan', role: 'nosam' as const, who: goteborg, variables: faststallNaromradesplanVariabler(idag) },
      { file: 'registreraNosamMote', role: 'nosam' as const, who: goteborg, variables: registreraNosamMoteVariabler('1480', idag) },
    ];
    for (const { file, role, who, variables } of cases) {
      const token = await samsyn.token({ roles: [role], ...who });
      const answer = await samsyn.query(exempel(file), variables, { token });
      expect({ file, errors: answer.errors }).toEqual({ file, errors: undefined });
    }
  });
});
