// The map: Natural Earth country borders as the base layer (no tile server),
// incidents as circles sized by outlets and coloured by QuadClass, grid cells
// when a view holds too many incidents to draw one by one, and the control
// layer's squares.
import * as L from '/static/vendor/leaflet/leaflet-src.esm.js';
import { getJSON, filterParams, isAbort } from '/static/api.js';
import { quadColour, quadOfRoot, holderColours, NO_HOLDER_COLOUR } from '/static/kinds.js';

// Above this many incidents in view the map asks the server for grid cells:
// a few thousand SVG circles are the most a browser pans smoothly.
export const DETAIL_LIMIT = 1500;

export class IncidentMap {
  constructor(element, { onIncident, onPlace, onMove, onError }) {
    this.element = element;
    this.handlers = { onIncident, onPlace, onMove, onError };
    this.map = L.map(element, { minZoom: 1, maxZoom: 13, worldCopyJump: true, zoomSnap: 1 });
    // Borders draw on a canvas in a pane of their own under the markers:
    // thousands of polygon vertices are cheap on canvas, and the markers stay
    // SVG elements that take clicks and can be counted.
    this.map.createPane('base').style.zIndex = 250;
    // Control squares lie under the incident circles (overlayPane, 400), so
    // the circles of a place stay visible and clickable inside its square.
    this.map.createPane('control').style.zIndex = 390;
    this.incidents = L.layerGroup().addTo(this.map);
    this.control = L.layerGroup().addTo(this.map);
    this.baseRenderer = L.canvas({ pane: 'base' });
    this.readyHooks = [];
    this.generation = 0;
    this.request = null;
    this.controlRequest = null;
    this.map.on('moveend', () => onMove(this.view()));
  }

  setView(lat, lon, zoom) {
    this.map.setView([lat, lon], zoom, { animate: false });
  }

  view() {
    const c = this.map.getCenter();
    return { lat: c.lat.toFixed(3), lon: c.lng.toFixed(3), z: String(this.map.getZoom()) };
  }

  // The view as the API's bbox W,S,E,N, clamped: a zoomed-out map shows
  // longitudes beyond ±180 that no place has.
  bbox() {
    const b = this.map.getBounds();
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    const w = b.getWest() < -180 || b.getEast() > 180 ? -180 : b.getWest();
    const e = b.getWest() < -180 || b.getEast() > 180 ? 180 : b.getEast();
    return [w, clamp(b.getSouth(), 90), e, clamp(b.getNorth(), 90)].map((v) => v.toFixed(4)).join(',');
  }

  // Countries at 1:110m draw in tens of milliseconds; the 1:50m outlines,
  // which a regional view needs, take ten times as long to parse and draw,
  // so they are fetched once the markers are up and the view is close enough
  // to show the difference (zoom 5 and in), then replace the coarse ones.
  async loadBorders(coarseUrl, fineUrl) {
    this.borders = await this.bordersLayer(coarseUrl);
    this.borders.addTo(this.map);
    let asked = false;
    const upgrade = async () => {
      if (asked || this.map.getZoom() < 5 || this.element.dataset.state === 'loading') return;
      asked = true;
      this.map.off('moveend', upgrade);
      const fine = await this.bordersLayer(fineUrl);
      fine.addTo(this.map);
      this.map.removeLayer(this.borders);
      this.borders = fine;
    };
    this.map.on('moveend', upgrade);
    this.readyHooks.push(upgrade);
  }

  async bordersLayer(url) {
    const topo = await getJSON(url);
    const countries = window.topojson.feature(topo, topo.objects.countries);
    return L.geoJSON(countries, {
      pane: 'base',
      renderer: this.baseRenderer,
      interactive: false,
      style: { color: '#9aa5b1', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    });
  }

  // Redraws the incidents of the view under the filters of state. The map
  // element's data-state is "loading" until they are drawn, then "ready",
  // with data-markers and data-mode (incidents or grid) saying what is shown.
  async refresh(state) {
    const generation = ++this.generation;
    this.element.dataset.state = 'loading';
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const signal = this.request.signal;
    const params = { ...filterParams(state), bbox: this.bbox() };
    try {
      // The grid first: its cells are few whatever the store's size, and
      // their counts add up to the view's total, which says whether the
      // incidents themselves are few enough to fetch and draw.
      const grid = await getJSON('/api/incidents/grid', { ...params, zoom: this.map.getZoom() }, signal);
      let total = grid.cells.reduce((sum, cell) => sum + cell.n, 0);
      const list = total <= DETAIL_LIMIT
        ? await getJSON('/api/incidents', { ...params, limit: DETAIL_LIMIT }, signal) : null;
      if (list) total = list.total ?? list.incidents.length;
      // A newer refresh has started: its answer, not this one, is drawn.
      if (generation !== this.generation) return null;
      if (list) this.drawIncidents(list.incidents, state.incident);
      else this.drawCells(grid.cells);
      this.element.dataset.state = 'ready';
      this.element.dataset.generation = String(generation);
      return total;
    } catch (error) {
      if (isAbort(error)) return null;
      this.element.dataset.state = 'error';
      this.handlers.onError(error);
      return null;
    } finally {
      if (generation === this.generation) for (const hook of this.readyHooks) setTimeout(hook, 0);
    }
  }

  drawIncidents(incidents, selected) {
    const layers = [];
    this.selected = null;
    const placed = incidents.filter((inc) => inc.place && inc.place.lat != null);
    const positions = this.spread(placed);
    // A moved circle keeps a thin line to its place, so it is not read as
    // an incident somewhere else.
    const legs = [];
    placed.forEach((inc, i) => {
      if (!positions[i].equals([inc.place.lat, inc.place.lon])) {
        legs.push(L.polyline([[inc.place.lat, inc.place.lon], positions[i]],
          { color: '#495057', weight: 1, opacity: 0.6, interactive: false, className: 'pm-leg' }));
      }
    });
    placed.forEach((inc, i) => {
      const marker = L.circleMarker(positions[i], {
        radius: 4 + 3 * Math.sqrt(inc.n_outlets || 1),
        color: inc.id === selected ? '#111' : '#fff',
        weight: inc.id === selected ? 2.5 : 1,
        fillColor: quadColour(inc.quad || quadOfRoot(inc.root)),
        fillOpacity: 0.8,
        className: 'pm-incident',
      });
      marker.bindTooltip(`${inc.date} · ${inc.code_label || inc.code || 'no event code'} · ${inc.place.name}` +
        ` · ${inc.n_outlets} outlet${inc.n_outlets === 1 ? '' : 's'}`);
      marker.on('click', () => {
        this.highlight(marker);
        this.handlers.onIncident(inc.id);
      });
      if (inc.id === selected) this.selected = marker;
      layers.push(marker);
    });
    this.replace(this.incidents, layers, 'incidents', legs);
  }

  // Incidents at one place (a town's many days of fighting) would hide each
  // other under one circle: they are laid out on a sunflower spiral around
  // it, about a circle apart at this zoom (every zoom redraws them), with the
  // middle left free for the place's control square.
  spread(incidents) {
    const key = (inc) => `${inc.place.lat},${inc.place.lon}`;
    const count = new Map();
    for (const inc of incidents) count.set(key(inc), (count.get(key(inc)) || 0) + 1);
    const rank = new Map();
    return incidents.map((inc) => {
      const latlng = L.latLng(inc.place.lat, inc.place.lon);
      if (count.get(key(inc)) === 1) return latlng;
      const k = rank.get(key(inc)) || 0;
      rank.set(key(inc), k + 1);
      const radius = 15 + 8 * Math.sqrt(k);
      const angle = k * 2.39996;   // the golden angle, in radians
      const point = this.map.latLngToLayerPoint(latlng);
      return this.map.layerPointToLatLng(point.add([radius * Math.cos(angle), radius * Math.sin(angle)]));
    });
  }

  // The selected incident gets a dark ring (the panel shows which one).
  highlight(marker) {
    if (this.selected) this.selected.setStyle({ color: '#fff', weight: 1 });
    this.selected = marker;
    if (marker) marker.setStyle({ color: '#111', weight: 2.5 });
  }

  // A cell is a circle whose area follows its incident count; clicking one
  // zooms in on it, where it splits into smaller cells or incidents.
  // Areas are relative to the largest cell in view: absolute ones would
  // make every cell of a big store the same (capped) size.
  drawCells(cells) {
    const largest = Math.max(1, ...cells.map((cell) => cell.n));
    const layers = cells.map((cell) => {
      const marker = L.circleMarker([cell.lat, cell.lon], {
        radius: 5 + 20 * Math.sqrt(cell.n / largest),
        color: '#fff', weight: 1,
        fillColor: quadColour(quadOfRoot(cell.root)), fillOpacity: 0.7,
        className: 'pm-cell',
      });
      marker.bindTooltip(`${cell.n} incidents, ${cell.n_outlets} outlet reports (click to zoom in)`);
      marker.on('click', () => this.map.setView([cell.lat, cell.lon], Math.min(this.map.getZoom() + 2, 13)));
      return marker;
    });
    this.replace(this.incidents, layers, 'grid');
  }

  // extra: layers drawn first (under the markers) and not counted.
  replace(group, layers, mode, extra = []) {
    group.clearLayers();
    for (const layer of extra) group.addLayer(layer);
    for (const layer of layers) group.addLayer(layer);
    this.element.dataset.markers = String(layers.length);
    this.element.dataset.mode = mode;
  }

  // The control layer at date `at`: one square frame per place in its
  // holder's colour (hatched grey when contested). Returns the holders seen
  // (code -> label) and their colours (code -> colour), for the legend.
  async refreshControl(at, country) {
    if (this.controlRequest) this.controlRequest.abort();
    this.controlRequest = new AbortController();
    this.element.dataset.control = 'loading';
    try {
      const body = await getJSON('/api/control', { at, country, bbox: this.bbox() }, this.controlRequest.signal);
      const places = body.places.filter((p) => p.place && p.place.lat != null);
      const holders = new Map(places.map((p) => [p.holder, p.holder_label || p.holder]));
      const colours = holderColours([...holders.keys()]);
      this.control.clearLayers();
      for (const p of places) this.control.addLayer(this.controlMarker(p, colours.get(p.holder) || NO_HOLDER_COLOUR));
      this.element.dataset.control = 'ready';
      return { holders, colours };
    } catch (error) {
      if (isAbort(error)) return null;
      this.element.dataset.control = 'error';
      this.handlers.onError(error);
      return null;
    }
  }

  controlMarker(p, colour) {
    const contested = p.status === 'contested';
    const icon = L.divIcon({
      className: `pm-control${contested ? ' contested' : ''}`,
      iconSize: [26, 26],
      html: '',
    });
    const marker = L.marker([p.place.lat, p.place.lon], { icon, keyboard: false, pane: 'control' });
    const span = `${p.from || '…'} – ${p.to || 'now'}`;
    marker.bindTooltip(`${p.place.name}: ${contested ? 'contested' : 'held by'} ` +
      `${p.holder_label || p.holder || 'unknown'} (${span})`);
    marker.on('add', () => {
      const el = marker.getElement();
      if (!contested) {
        el.style.borderColor = colour;
        el.style.backgroundColor = `${colour}40`;   // the same, a quarter opaque
      }
      el.dataset.place = p.place.name;
      el.dataset.holder = p.holder || '';
    });
    marker.on('click', () => this.handlers.onPlace(p.place.geonameid || p.place.name));
    return marker;
  }

  clearControl() {
    if (this.controlRequest) this.controlRequest.abort();
    this.control.clearLayers();
    delete this.element.dataset.control;
  }
}
