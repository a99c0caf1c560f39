// The side panel: the legend, an incident's evidence and a place's control
// history. Every text from the store goes in through textContent (h()
// below), never as HTML: report sentences are other people's words.
import { QUADS, quadColour, holderColours } from '/static/kinds.js';

// h('p', {class: 'x'}, 'text', child...) -> an element.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function swatch(colour, shape = 'dot') {
  return h('span', { class: `swatch ${shape}`, style: `background:${colour}` });
}

// control: null, or {holders: code -> label, colours: code -> colour, at}.
export function renderLegend(section, control) {
  const items = Object.entries(QUADS).map(([, q]) => h('li', {}, swatch(q.colour), q.label));
  items.push(h('li', {}, swatch(quadColour(0)), 'no event code'));
  const parts = [h('h2', {}, 'Incidents'), h('ul', { class: 'legend' }, items),
    h('p', { class: 'hint' }, 'Circle size: outlets reporting. Incidents at one place are drawn around it, ' +
      'each with a line to it. When a view holds too many, faded circles stand for groups of them (click to zoom in).')];
  if (control) {
    const rows = [...control.holders].map(([code, label]) =>
      h('li', {}, swatch(control.colours.get(code), 'square'), label && label !== code ? `${label} (${code})` : code));
    parts.push(h('h2', {}, `Control on ${control.at}`),
      rows.length ? h('ul', { class: 'legend' }, rows, h('li', {}, swatch('', 'square contested'), 'contested'))
        : h('p', { class: 'hint' }, 'No place with a known holder in view.'));
  }
  section.replaceChildren(...parts);
}

function actor(a) {
  if (!a || !a.code) return '—';
  return a.label && a.label !== a.code ? `${a.label} (${a.code})` : a.code;
}

// counts {killed: {min, max, mode, disagree}, ...} -> "killed 7–12 (reports disagree)".
function countLines(counts) {
  return Object.entries(counts || {}).filter(([, c]) => c && c.max != null).map(([what, c]) => {
    const span = c.min === c.max ? `${c.max}` : `${c.min}–${c.max}`;
    return h('li', {}, `${what} ${span}`, c.disagree ? h('span', { class: 'warn' }, ' (reports disagree)') : null);
  });
}

// A report's own counts are flat: killed, killed_qualifier, killed_max...
function reportCounts(counts) {
  return Object.entries(counts || {})
    .filter(([key, value]) => !key.includes('_') && value != null)
    .map(([key, value]) => {
      const max = counts[`${key}_max`];
      const qualifier = counts[`${key}_qualifier`];
      return `${key} ${qualifier ? `${qualifier.replace('_', ' ')} ` : ''}${value}${max && max !== value ? `–${max}` : ''}`;
    }).join(', ');
}

function report(r) {
  const doc = r.doc || {};
  const link = doc.url ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, doc.title || doc.url)
    : (doc.title ? h('span', {}, doc.title) : null);
  const counts = reportCounts(r.counts);
  return h('li', { class: 'report' },
    h('blockquote', {}, r.text || ''),
    h('div', { class: 'meta' },
      h('b', {}, doc.outlet || 'unknown outlet'), ` · ${doc.date || r.date || 'undated'}`,
      r.attribution && r.attribution.length ? ` · according to ${r.attribution.join(', ')}` : '',
      counts ? ` · ${counts}` : ''),
    link ? h('div', { class: 'link' }, link) : null);
}

// A sentence of a report's document that codes no event but tells the
// happening: shown under the report sentences, with the outlet of the
// report that came from the same document.
function evidenceLine(e, outlets) {
  return h('li', { class: 'evidence-line' },
    h('blockquote', {}, e.text || ''),
    h('div', { class: 'meta' }, h('b', {}, outlets.get(e.doc) || 'unknown outlet'), ` · sentence ${e.sentence}`));
}

export function renderIncident(section, inc, onClose) {
  const place = inc.place
    ? `${inc.place.name}${inc.place.admin1 ? `, ${inc.place.admin1}` : ''}${inc.place.country ? ` (${inc.place.country})` : ''}`
    : 'no place';
  const counts = countLines(inc.counts);
  section.replaceChildren(...[
    h('div', { class: 'panel-head' }, h('h2', {}, inc.code_label || inc.code || 'no event code'),
      h('button', { type: 'button', class: 'close', title: 'close', onclick: onClose }, '×')),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Date'), h('dd', {}, inc.date, inc.date_precision && inc.date_precision !== 'day' ? ` (${inc.date_precision})` : ''),
      h('dt', {}, 'Place'), h('dd', {}, place),
      h('dt', {}, 'Who'), h('dd', {}, actor(inc.source)),
      h('dt', {}, 'To whom'), h('dd', {}, actor(inc.target)),
      h('dt', {}, 'Event'), h('dd', {}, inc.code ? `${inc.code} ${inc.code_label || ''}` : 'no CAMEO code'),
      h('dt', {}, 'Reports'), h('dd', {}, `${inc.n_reports} in ${inc.n_documents} documents from ${inc.n_outlets} outlets`),
      h('dt', {}, 'Reported'), h('dd', {}, inc.first_report === inc.last_report ? inc.first_report : `${inc.first_report} – ${inc.last_report}`),
      inc.attribution && inc.attribution.length ? [h('dt', {}, 'Sources'), h('dd', {}, inc.attribution.join('; '))] : null),
    counts.length ? h('ul', { class: 'counts' }, counts) : null,
    h('h3', {}, `Report sentences (${(inc.reports || []).length})`),
    h('ol', { class: 'reports' }, (inc.reports || []).map(report)),
    ...evidenceList(inc)].filter(Boolean));
}

function evidenceList(inc) {
  const evidence = inc.evidence || [];
  if (!evidence.length) return [];
  const outlets = new Map((inc.reports || []).map((r) => [(r.doc || {}).id, (r.doc || {}).outlet]));
  return [h('h3', {}, `Also in these reports (${evidence.length})`),
    h('ol', { class: 'evidence' }, evidence.map((e) => evidenceLine(e, outlets)))];
}

// colours: the map's holder colours, so a holder looks the same in both;
// holders not in view get their own.
export function renderHistory(section, body, colours, onClose) {
  const own = holderColours(body.segments.map((s) => s.holder));
  const colour = (code) => (colours && colours.get(code)) || own.get(code);
  const rows = body.segments.map((s) => h('tr', {},
    h('td', {}, swatch(s.status === 'contested' ? '' : colour(s.holder), `square${s.status === 'contested' ? ' contested' : ''}`)),
    h('td', {}, s.holder_label && s.holder_label !== s.holder ? `${s.holder_label} (${s.holder})` : (s.holder || '—'),
      s.status ? h('div', { class: 'hint' }, s.status) : null),
    h('td', {}, s.from || '…'), h('td', {}, s.to || 'now')));
  section.replaceChildren(
    h('div', { class: 'panel-head' }, h('h2', {}, `Control of ${body.place.name}`),
      h('button', { type: 'button', class: 'close', title: 'close', onclick: onClose }, '×')),
    h('table', { class: 'history' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'Holder'), h('th', {}, 'From'), h('th', {}, 'To'))),
      h('tbody', {}, rows)));
}

export function renderHint(section, text) {
  section.replaceChildren(h('p', { class: 'hint' }, text));
}
