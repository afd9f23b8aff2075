/**
 * The browser tests' harness (tests/browser.ts) survives Chromium's own failure: a page whose
 * renderer crashed is replaced by a new one before the next test, which then works against the
 * same server, so one crash does not fail every test after it.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { pageSession } from './browser.js';
import { it } from './fixture.js';

const session = pageSession();
let crashed: Page | undefined;

it('sees a renderer crash (forced through the debugging protocol) as a crashed page', async () => {
  await session.page.goto(`${session.base}/explore`);
  crashed = session.page;
  const crash = new Promise<void>((resolve) => crashed?.once('crash', () => resolve()));
  const cdp = await crashed.context().newCDPSession(crashed);
  // Chromium answers Page.crash by crashing, not with a reply.
  void cdp.send('Page.crash').catch(() => undefined);
  await crash;
  await expect(crashed.evaluate('1 + 1')).rejects.toThrow(/crashed/i);
});

it('gives the next test a new page that loads from the same server', async () => {
  expect(crashed).toBeDefined();
  expect(session.page).not.toBe(crashed);
  await session.page.goto(`${session.base}/explore`);
  expect(await session.page.title()).toMatch(/explorer/i);
});
