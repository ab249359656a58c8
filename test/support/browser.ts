// Debian's chromium driven by playwright-core for the browser tests (never a
// downloaded browser), with screenshots saved under test-artifacts/ (git-ignored)
// and a record of what the page did wrong: console errors, failed requests and
// any request that would leave this machine.
import { mkdirSync } from 'node:fs';
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
