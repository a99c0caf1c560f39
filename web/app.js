// Palmyra's page: wires the filter form, the map, the timeline and the side
// panel to one state object, which the URL's fragment mirrors.
import { getJSON, filterParams, isAbort } from '/static/api.js';
import { readState, writeState } from '/static/state.js';
import { QUADS, ROOTS } from '/static/kinds.js';
import { IncidentMap } from '/static/map.js';
import { Timeline } from '/static/timeline.js';
import { renderLegend, renderIncident, renderHistory, renderHint, h } from '/static/panel.js';

const BORDERS = '/static/vendor/world-atlas/countries-110m.json';
const FINE_BORDERS = '/static/vendor/world-atlas/countries-50m.json';
const DEFAULT_VIEW = { lat: 30, lon: 30, z: 3 };
const HINT = 'Click an incident on the map to read its reports, or a square of the control layer for its history.';

const state = readState();
const form = document.getElementById('filters');
const statusLine = document.getElementById('status');
const detail = document.getElementById('detail');
const legend = document.getElementById('legend');
// The control layer's holders and colours in view, for the history panel.
let control = null;

function showError(error) {
  statusLine.textContent = error.message;
  statusLine.className = 'error';
}

function showStatus(text) {
  statusLine.textContent = text;
  statusLine.className = '';
}

const map = new IncidentMap(document.getElementById('map'), {
  onIncident: (id) => selectIncident(id),
  onPlace: (place) => selectPlace(place),
  onMove: (view) => {
    Object.assign(state, view);
    writeState(state);
    refreshMap();
    refreshControl();
  },
  onError: showError,
});

const timeline = new Timeline(document.getElementById('timeline'), {
  onBrush: (from, to) => {
    state.from = from || '';
    state.to = to || '';
    changed({ timeline: false });
  },
  onHover: (bar) => {
    document.getElementById('hover').textContent = bar
      ? `${bar.unit === 'week' ? 'week of ' : ''}${bar.day}: ${bar.n} incident${bar.n === 1 ? '' : 's'}` : '';
  },
});

// --- the filter form --------------------------------------------------

function fillKinds() {
  const select = form.elements.kind;
  select.append(h('option', { value: '' }, 'any'));
  select.append(h('optgroup', { label: 'QuadClass' },
    Object.entries(QUADS).map(([n, q]) => h('option', { value: `quad:${n}` }, q.label))));
  select.append(h('optgroup', { label: 'CAMEO root' },
    Object.entries(ROOTS).map(([code, label]) => h('option', { value: `root:${code}` }, `${code} ${label}`))));
}

// state -> form (on load) and form -> state (on every change).
function formFromState() {
  form.elements.actor.value = state.actor || '';
  form.elements.min_outlets.value = state.min_outlets || '';
  form.elements.text.value = state.text || '';
  form.elements.kind.value = state.quad ? `quad:${state.quad}` : (state.root ? `root:${state.root}` : '');
  form.elements.control.checked = state.control === '1';
  setCountry(state.country || '');
}

function setCountry(code) {
  const select = form.elements.country;
  // A country from a shared link may not be among the options yet.
  if (code && ![...select.options].some((o) => o.value === code)) select.append(h('option', { value: code }, code));
  select.value = code;
}

function stateFromForm() {
  const [kindKey, kindValue] = (form.elements.kind.value || ':').split(':');
  state.actor = form.elements.actor.value.trim().toUpperCase();
  state.country = form.elements.country.value;
  state.min_outlets = form.elements.min_outlets.value;
  state.text = form.elements.text.value.trim();
  state.quad = kindKey === 'quad' ? kindValue : '';
  state.root = kindKey === 'root' ? kindValue : '';
  state.control = form.elements.control.checked ? '1' : '';
}

let textTimer = null;
form.addEventListener('change', () => {
  stateFromForm();
  changed();
});
// Typing in the text box waits for a pause rather than querying per key.
form.elements.text.addEventListener('input', () => {
  clearTimeout(textTimer);
  textTimer = setTimeout(() => { stateFromForm(); changed(); }, 400);
});
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('clear-dates').addEventListener('click', () => {
  state.from = '';
  state.to = '';
  timeline.setBrush(null, null);
  changed({ timeline: false });
});

// The options of the country and actor boxes: what the store holds, most
// incidents first. Not needed for the first drawing, so asked for after it.
async function fillChoices() {
  try {
    const [countries, actors] = await Promise.all([
      getJSON('/api/stats', { count_by: 'country', of: 'incidents' }),
      getJSON('/api/stats', { count_by: 'source', of: 'incidents' }),
    ]);
    const byCount = (a, b) => b.n - a.n;
    const select = form.elements.country;
    for (const g of countries.groups.sort(byCount)) {
      const code = g.keys[0];
      if (code && ![...select.options].some((o) => o.value === code)) select.append(h('option', { value: code }, `${code} (${g.n})`));
    }
    setCountry(state.country || '');
    document.getElementById('actor-list').replaceChildren(...actors.groups.sort(byCount).slice(0, 200)
      .filter((g) => g.keys[0]).map((g) => h('option', { value: g.keys[0] })));
  } catch (error) {
    showError(error);
  }
}

// --- refreshing -------------------------------------------------------

// What the page asks for once the map's first drawing is done (or has
// failed): the timeline, which counts every incident of the store by day,
// and the filters' options. Asked for at once, they competed with the map's
// request for the server and doubled the time to the first markers.
let afterFirstDrawing = () => {
  afterFirstDrawing = null;
  refreshTimeline();
  fillChoices();
};

async function refreshMap() {
  const total = await map.refresh(state);
  if (total === null) {
    if (map.element.dataset.state === 'error' && afterFirstDrawing) afterFirstDrawing();
    return;
  }
  const shown = map.element.dataset.mode === 'grid' ? `${total} incidents in view (grouped: zoom in for each one)`
    : `${total} incident${total === 1 ? '' : 's'} in view`;
  showStatus(shown);
  // The first drawing: the page is ready (bench/page_ready.sh times this mark).
  if (!performance.getEntriesByName('palmyra-ready').length) performance.mark('palmyra-ready');
  if (afterFirstDrawing) afterFirstDrawing();
}

// The timeline counts every date under the other filters, so the brush can
// always widen again.
let timelineRequest = null;
async function refreshTimeline() {
  if (timelineRequest) timelineRequest.abort();
  timelineRequest = new AbortController();
  const params = { ...filterParams(state), from: '', to: '', count_by: 'day', of: 'incidents' };
  try {
    const body = await getJSON('/api/stats', params, timelineRequest.signal);
    document.getElementById('timeline-unit').textContent = timeline.setData(body.groups);
    timeline.setBrush(state.from, state.to);
    refreshControl();
  } catch (error) {
    if (!isAbort(error)) showError(error);
  }
}

// The control layer shows the day under the brush's right end, or the last
// day with incidents when no range is set.
async function refreshControl() {
  if (state.control !== '1') {
    map.clearControl();
    control = null;
    renderLegend(legend, null);
    return;
  }
  const at = state.to || timeline.lastDay() || new Date().toISOString().slice(0, 10);
  const seen = await map.refreshControl(at, state.country);
  if (seen) {
    control = { ...seen, at };
    renderLegend(legend, control);
  }
}

function showRange() {
  document.getElementById('range').textContent = state.from || state.to
    ? `${state.from || '…'} to ${state.to || '…'}` : 'all dates';
  document.getElementById('clear-dates').hidden = !(state.from || state.to);
}

function changed({ timeline: redrawTimeline = true } = {}) {
  writeState(state);
  showRange();
  refreshMap();
  if (redrawTimeline) refreshTimeline();
  else refreshControl();
}

// --- the side panel ---------------------------------------------------

async function selectIncident(id) {
  state.incident = id;
  state.place = '';
  writeState(state);
  detail.classList.add('loading');
  try {
    const inc = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
    renderIncident(detail, inc, closePanel);
  } catch (error) {
    showError(error);
    renderHint(detail, HINT);
  }
  detail.classList.remove('loading');
}

async function selectPlace(place) {
  state.place = String(place);
  state.incident = '';
  writeState(state);
  try {
    const body = await getJSON(`/api/control/${encodeURIComponent(place)}`);
    renderHistory(detail, body, control && control.colours, closePanel);
  } catch (error) {
    showError(error);
    renderHint(detail, HINT);
  }
}

function closePanel() {
  state.incident = '';
  state.place = '';
  writeState(state);
  renderHint(detail, HINT);
}

// --- start ------------------------------------------------------------

// The page writes its own state with replaceState, which fires no
// hashchange: one means a link was pasted or edited by hand, and every part
// of the view may differ, so the page starts over from it.
window.addEventListener('hashchange', () => location.reload());

fillKinds();
formFromState();
showRange();
renderLegend(legend, null);
map.loadBorders(BORDERS, FINE_BORDERS).catch(showError);
// setView fires moveend, whose handler draws the markers and control layer.
map.setView(+(state.lat ?? DEFAULT_VIEW.lat), +(state.lon ?? DEFAULT_VIEW.lon), +(state.z ?? DEFAULT_VIEW.z));
if (state.incident) selectIncident(state.incident);
else if (state.place) selectPlace(state.place);
