import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const artifacts = path.resolve(import.meta.dirname, '../artifacts');

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--lang=de-DE',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const visited = new Set<string>();

/**
 * axe on the page as it is now: no serious or critical violation may remain. Transitions
 * (a dialog fading in, a toast sliding out) are let finish first: half-transparent text is
 * a state no one reads, and axe would measure its contrast.
 */
export async function expectAccessible(page: Page, label: string) {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  visited.add(label);
  expect(summary, `axe on ${label}`).toEqual([]);
}

/** A picture of the viewport (or the whole page) in e2e/artifacts; the README's screenshots come from here. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: opts.fullPage ?? false });
}
