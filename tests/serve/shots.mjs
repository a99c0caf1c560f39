// Screenshots of views of the page, for people to look at. Usage:
//   node tests/serve/shots.mjs BASE_URL OUT_DIR NAME=FRAGMENT...
// writes OUT_DIR/NAME.png for each view (the page opened at BASE_URL/#FRAGMENT
// once its markers, and the control layer when on, are drawn), and fails on
// a console error.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';

const [base, out, ...views] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { browser, close } = await launch();
const errors = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const view of views) {
    const [name, fragment] = view.split(/=(.*)/s);
    await page.goto('about:blank');
    await page.goto(`${base}/#${fragment}`, { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const m = document.getElementById('map');
      const control = !document.querySelector('input[name=control]').checked || m.dataset.control === 'ready';
      return m.dataset.state === 'ready' && control && !document.querySelector('#detail.loading');
    }, { timeout: 60000 });
    // The fine borders and the panel's request land just after the markers.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`${join(out, `${name}.png`)}: ${await page.$eval('#status', (s) => s.textContent)}`);
  }
} finally {
  await close();
}
if (errors.length) {
  console.log(`console errors: ${errors.join(' | ')}`);
  process.exitCode = 1;
}
