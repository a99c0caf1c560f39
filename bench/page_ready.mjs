// Page ready time: from navigation start to the first drawing of the map's
// markers (the page's performance mark "palmyra-ready"), in headless
// Chromium against a running `palmyra serve`. Usage:
//   node bench/page_ready.mjs BASE_URL [RUNS]
// The first run starts from an empty cache; the others have the page's
// files cached, as a reader's second visit would.
import { launch } from '../tests/serve/chromium.mjs';

const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const { browser, close } = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const times = [];
  const gridTimes = [];
  let shown = null;
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('palmyra-ready').length > 0, { timeout: 60000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('palmyra-ready')[0].startTime));
    // How much of it the server's grid took (request sent to answer read).
    gridTimes.push(await page.evaluate(() => {
      const grid = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/incidents/grid'));
      return grid ? grid.responseEnd - grid.requestStart : NaN;
    }));
    shown = await page.$eval('#map', (m) => `${m.dataset.markers} ${m.dataset.mode === 'grid' ? 'grid cells' : 'incidents'}`);
    const status = await page.$eval('#status', (s) => s.textContent);
    shown += ` (${status})`;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const warm = times.length > 1 ? times.slice(1) : times;
  console.log(`page ready: first (cold cache) ${times[0].toFixed(0)} ms, then median ${median(warm).toFixed(0)} ms ` +
    `of ${warm.length} (best ${Math.min(...times).toFixed(0)} ms); drawn: ${shown}`);
  console.log(`of which /api/incidents/grid: median ${median(gridTimes).toFixed(0)} ms ` +
    `(best ${Math.min(...gridTimes).toFixed(0)} ms)`);
  if (errors.length) console.log(`console errors: ${errors.join(' | ')}`);
} finally {
  await close();
}
