// Debian's chromium driven by playwright-core for the browser tests (never a
// downloaded browser), with screenshots saved under test-artifacts/ (git-ignored)
// and a record of what the page did wrong: console errors, failed requests and
// any request that would leave this machine.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const screenshotDirectory = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['SAMSYN_CHROMIUM'] ?? '/usr/bin/chromium', args: chromiumArgs, timeout: 60_000 });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and requests to hosts other than 127.0.0.1. */
  problems: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh context (own sessionStorage) at projector size, 1280×720. */
export async function openPage(browser: Browser, baseUrl: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE', baseURL: baseUrl });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') problems.push(`external request: ${request.url()}`);
  });
  mkdirSync(screenshotDirectory, { recursive: true });
  return {
    page,
    context,
    problems,
    async screenshot(name) {
      const path = `${screenshotDirectory}${name}.png`;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
}

/** Logs in through the development login page as a role of a huvudman. */
export async function logIn(watched: WatchedPage, roll: string, huvudman: string): Promise<void> {
  const { page } = watched;
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Roll', exact: true }).selectOption(roll);
  await page.getByRole('combobox', { name: 'Huvudman', exact: true }).selectOption(huvudman);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}

/** One accessibility rule axe-core found broken, with where (CSS selectors). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in the page as it is now and returns
 * what it found broken. Injected through the debugging protocol, so the page's
 * Content-Security-Policy stays as users get it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axeSource);
  const result = (await page.evaluate(`window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => String(n.target)) })) }))`)) as { passes: number; violations: AxeViolation[] };
  // A page where no rule applied at all was not checked (e.g. still blank): say so rather than pass.
  if (result.passes === 0) throw new Error('axe-core found nothing to check on this page');
  return result.violations;
}
