// Drives the page in headless Chromium (puppeteer-core over the DevTools
// protocol, the system browser: nothing is downloaded) against a running
// `palmyra serve`, and checks it the way a reader would use it. Usage:
//   node tests/serve/page.mjs BASE_URL SCREENSHOT_DIR
// Prints "ok"/"FAIL" lines and ends with "N passed, N failed"; exit 1 on a
// failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';

const [base, shots] = process.argv.slice(2);
let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
}

async function api(path) {
  const response = await fetch(base + path);
  return response.json();
}

// The map element says when its markers are drawn: data-state "ready" with a
// generation newer than the one seen before the action; "error" when a
// request failed, which fails the test with the page's status line.
async function mapReady(page, after = 0) {
  await page.waitForFunction((g) => {
    const m = document.getElementById('map');
    return m.dataset.state === 'error' || (m.dataset.state === 'ready' && +m.dataset.generation > g);
  }, { timeout: 30000 }, after);
  const state = await page.$eval('#map', (m) => ({
    state: m.dataset.state, generation: +m.dataset.generation, markers: +m.dataset.markers, mode: m.dataset.mode,
  }));
  if (state.state === 'error') {
    throw new Error(`the map failed: ${await page.$eval('#status', (e) => e.textContent)}`);
  }
  return state;
}

function hashParams(page) {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

// Opens a view from scratch (a new document, as a shared link would).
async function open(page, hash) {
  await page.goto('about:blank');
  await page.goto(`${base}/#${hash}`, { waitUntil: 'load' });
  return mapReady(page);
}

async function controlOn(page, at) {
  await open(page, `lat=34.4&lon=38.6&z=7&control=1&to=${at}`);
  await page.waitForFunction(() => document.getElementById('map').dataset.control === 'ready', { timeout: 30000 });
  return page.evaluate(() => {
    const el = document.querySelector('.pm-control[data-place="Tadmur"]');
    return el ? { holder: el.dataset.holder, colour: getComputedStyle(el).borderTopColor } : null;
  });
}

async function main() {
  mkdirSync(shots, { recursive: true });
  const { browser, close } = await launch();
  const errors = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push({ text: m.text(), url: (m.location() && m.location().url) || '' });
    });
    page.on('pageerror', (e) => errors.push({ text: String(e), url: '' }));
    // The incidents requests the page makes, to ask the API the same question.
    const asked = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/incidents') asked.push(r.url()); });

    await incidentChecks(page, asked, shots);
    await controlChecks(page, shots);
  } finally {
    await close();
  }
  check(errors.length === 0, 'no console errors', errors.map((e) => `${e.text} ${e.url}`).join(' | '));
}

async function incidentChecks(page, asked, shots) {
  // 1. Markers for the view, as many as the API has for it.
  const view = await open(page, 'lat=33.5&lon=42&z=5');
  const question = new URL(asked[asked.length - 1]);
  question.searchParams.set('limit', '5000');
  const answer = await api(question.pathname + question.search);
  const placed = answer.incidents.filter((i) => i.place && i.place.lat != null).length;
  check(view.mode === 'incidents' && view.markers > 0, 'markers appear', `${view.markers} (${view.mode})`);
  check(view.markers === answer.total && view.markers === placed,
    'marker count = /api/incidents total for the view', `${view.markers} vs ${answer.total}`);
  const drawn = await page.$$eval('path.pm-incident', (els) => els.length);
  check(drawn === view.markers, 'one SVG circle per marker', `${drawn}`);
  await page.screenshot({ path: join(shots, 'page-overview.png') });

  // 2. Clicking a marker shows its report sentences.
  const markers = await page.$$('path.pm-incident');
  await markers[markers.length - 1].click();
  await page.waitForSelector('#detail .report blockquote', { timeout: 30000 });
  const id = hashParams(page).get('incident');
  const incident = await api(`/api/incidents/${encodeURIComponent(id)}`);
  const sentences = await page.$$eval('#detail .report blockquote', (els) => els.map((e) => e.textContent));
  check(id && sentences.length === incident.reports.length && sentences.length > 0 &&
    sentences.every((s, i) => s === incident.reports[i].text),
  'the detail panel shows every report sentence', `${sentences.length} for ${id}`);
  const meta = await page.$eval('#detail .report .meta', (e) => e.textContent);
  check(meta.includes(incident.reports[0].doc.outlet || 'unknown outlet'), 'a report names its outlet', meta);
  await page.screenshot({ path: join(shots, 'page-incident.png') });

  // 2b. An incident whose reports tell it in sentences without an event
  // too (a shared link to it): the panel lists those after the reports.
  let told = null;
  for (const i of answer.incidents.slice(0, 200)) {
    const full = await api(`/api/incidents/${encodeURIComponent(i.id)}`);
    if (full.evidence && full.evidence.length) { told = full; break; }
  }
  check(told, 'an incident of the bundled documents has sentences without an event', '');
  if (told) {
    await open(page, `lat=33.5&lon=42&z=5&incident=${encodeURIComponent(told.id)}`);
    await page.waitForSelector('#detail .evidence-line blockquote', { timeout: 30000 });
    const shown = await page.$$eval('#detail .evidence-line blockquote', (els) => els.map((e) => e.textContent));
    check(shown.length === told.evidence.length && shown.every((s, k) => s === told.evidence[k].text),
      'the detail panel shows the sentences its reports tell it in without an event', `${shown.length} for ${told.id}`);
    await page.$eval('#detail ol.evidence', (e) => e.scrollIntoView());
    await page.screenshot({ path: join(shots, 'page-evidence.png') });
  }

  // 3. Dragging the brush over the later half of the timeline narrows the
  // range: fewer markers, and the URL keeps the dates.
  const box = await (await page.$('#timeline .u-over')).boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.55, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
  await page.mouse.move(box.x + box.width - 2, y, { steps: 4 });
  await page.mouse.up();
  const brushed = await mapReady(page, view.generation);
  const state = hashParams(page);
  check(state.get('from') && state.get('to'), 'the brush sets from and to in the URL',
    `${state.get('from')} to ${state.get('to')}`);
  check(brushed.markers < view.markers && brushed.markers > 0, 'the brush reduces the markers',
    `${view.markers} -> ${brushed.markers}`);
  const narrowed = new URL(asked[asked.length - 1]);
  narrowed.searchParams.set('limit', '5000');
  const narrowAnswer = await api(narrowed.pathname + narrowed.search);
  check(brushed.markers === narrowAnswer.total, 'marker count = /api/incidents total after the brush',
    `${brushed.markers} vs ${narrowAnswer.total}`);
  await page.screenshot({ path: join(shots, 'page-brush.png') });

  // 4. A filter: the kind "fight" (CAMEO root 19) over all dates.
  await page.click('#clear-dates');
  const all = await mapReady(page, brushed.generation);
  await page.select('select[name=kind]', 'root:19');
  const fights = await mapReady(page, all.generation);
  const kindQuestion = new URL(asked[asked.length - 1]);
  kindQuestion.searchParams.set('limit', '5000');
  const kindAnswer = await api(kindQuestion.pathname + kindQuestion.search);
  check(hashParams(page).get('root') === '19' && kindQuestion.searchParams.get('root') === '19',
    'the kind filter reaches the URL and the API', kindQuestion.search);
  check(fights.markers === kindAnswer.total && fights.markers < all.markers && fights.markers > 0,
    'the kind filter narrows the markers to the API\'s total', `${all.markers} -> ${fights.markers}`);
}

async function controlChecks(page, shots) {
  // 5. The control layer colours Palmyra (Tadmur) by its holder on two dates.
  const before = await controlOn(page, '2015-12-01');
  await page.screenshot({ path: join(shots, 'page-control-2015-12-01.png') });
  const after = await controlOn(page, '2016-06-01');
  await page.screenshot({ path: join(shots, 'page-control-2016-06-01.png') });
  check(before && after && before.holder !== after.holder && before.colour !== after.colour,
    'Palmyra changes holder and colour between 2015-12-01 and 2016-06-01',
    `${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  check(before && before.holder === 'IMGMUSISI' && after && after.holder === 'SYR',
    'Palmyra held by IMGMUSISI, then by SYR');
  // Incidents' circles may lie over parts of the square: click a point of
  // it that is on top, as a reader would.
  const spot = await page.evaluate(() => {
    const el = document.querySelector('.pm-control[data-place="Tadmur"]');
    const r = el.getBoundingClientRect();
    for (let y = r.top + 1; y < r.bottom; y += 2) {
      for (let x = r.left + 1; x < r.right; x += 2) {
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  });
  check(spot !== null, 'Palmyra\'s square can be clicked');
  if (!spot) return;
  await page.mouse.click(spot.x, spot.y);
  await page.waitForSelector('#detail table.history tbody tr', { timeout: 30000 });
  const segments = await page.$$eval('#detail table.history tbody tr', (rows) => rows.length);
  check(segments >= 2, 'clicking Palmyra shows its control history', `${segments} segments`);
  await page.screenshot({ path: join(shots, 'page-control-history.png') });
}

main().catch((error) => {
  check(false, 'the page test ran to its end', error.stack || String(error));
}).finally(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
});
