// What every browser journey needs around its steps: the server on a fresh database with demo
// data, one Chromium, a browser context per person (German, 1280×900), the login, a picture of
// every open page when a step fails, and the date values the pages' inputs take.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { expectAccessible, launchBrowser, screenshot } from './browser.js';
import { type RunningServer, startServer } from './server.js';

/** The password of every demo account (src/server/demo). */
export const DEMO_PASSWORD = 'Siegelwerk-Demo-2026';

export const BERLIN = 'Europe/Berlin';

export type JourneyOptions = {
  /** Extra server environment, read when the server starts: after the beforeAll hooks registered before setupJourney (e.g. one starting an SMTP peer). */
  env?: () => Record<string, string>;
  /** The time zone of every browser context; without it the browser shares this machine's, as localNow and inDays do without one. */
  timezoneId?: string;
  /** Loads the login page once before the first step: a fresh browser's first load on a busy machine can take longer than a step may. */
  warmUp?: boolean;
};

export type Journey = {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A page in a context of its own (a person of their own); `options` override the defaults. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A page of its own, signed in as `email` with the demo password, once the app has left the login page. */
  login(email: string, options?: { axeOnLoginPage?: boolean }): Promise<Page>;
};

/**
 * Registers the journey's beforeAll (server, browser), afterEach (on failure, a full-page picture of
 * every open page as e2e/artifacts/failed-<name>-<step>-<n>.png) and afterAll (all closed again).
 */
export function setupJourney(name: string, options: JourneyOptions = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ env: options.env?.() });
    browser = await launchBrowser();
    if (options.warmUp) {
      const warm = await browser.newPage();
      await warm.goto(`${server.url}/anmelden`);
      await warm.getByLabel('E-Mail').waitFor({ timeout: 90_000 });
      await warm.close();
    }
  });

  // a failed step leaves a picture of every open page in e2e/artifacts for the CI log reader
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const pages = contexts.flatMap((c) => c.pages());
    const prefix = `failed-${name}-${stepOf(ctx.task.name)}`;
    await Promise.all(pages.map((p, i) => screenshot(p, `${prefix}-${i}`, { fullPage: true }).catch(() => undefined)));
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  const started = () => {
    if (!server || !browser) throw new Error(`journey ${name}: the server and the browser start in beforeAll`);
    return { server, browser };
  };

  const journey: Journey = {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    async newPage(contextOptions = {}) {
      const context = await started().browser.newContext({
        locale: 'de-DE',
        timezoneId: options.timezoneId,
        viewport: { width: 1280, height: 900 },
        ...contextOptions,
      });
      contexts.push(context);
      return context.newPage();
    },
    async login(email, { axeOnLoginPage = false } = {}) {
      const page = await journey.newPage();
      await page.goto(`${started().server.url}/anmelden`);
      if (axeOnLoginPage) await expectAccessible(page, 'login');
      await page.getByLabel('E-Mail').fill(email);
      await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Anmelden' }).last().click();
      // the start page differs by role; a busy machine may take a few seconds to get there
      await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
      return page;
    },
  };
  return journey;
}

/** "2. the certifier accepts …" → "2"; an unnumbered step → its first words, kebab-cased. */
function stepOf(testName: string): string {
  const numbered = /^(\d+)\./.exec(testName)?.[1];
  return (
    numbered ??
    testName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-|-$/g, '')
  );
}

/** Waits for the success toast of a mutation. */
export async function saved(page: Page, text: string | RegExp) {
  await page.getByRole('alert').filter({ hasText: text }).first().waitFor();
}

const DAY_MS = 86_400_000;

/** The wall clock at `epochMs` in `timeZone` (default: this machine's) as YYYY-MM-DDTHH:MM. */
function wallClock(epochMs: number, timeZone: string | undefined): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part = Object.fromEntries(format.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * This minute as the value of <input type="datetime-local"> (a meeting or call held "now").
 * Pass the journey's `timezoneId` if it set one, so the value is the browser's local time.
 */
export function localNow(timeZone?: string): string {
  return wallClock(Date.now(), timeZone);
}

/** The date `n` days from now as the value of <input type="date">; `timeZone` as for localNow. */
export function inDays(n: number, timeZone?: string): string {
  return wallClock(Date.now() + n * DAY_MS, timeZone).slice(0, 10);
}
