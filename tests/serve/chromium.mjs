// The system Chromium, headless, for the page's test and benchmark:
// puppeteer-core only drives a browser, it never downloads one.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Returns {browser, close}; close() also removes the fresh profile, so no
// run sees another's cache, cookies or service workers.
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'palmyra-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    // No network beyond the loopback server: no updates, sync or QUIC probes.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--window-size=1400,900'],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
