// The timeline: incidents per day (per week over spans longer than about
// a year and a half, where days make bars thinner than a pixel) drawn by
// uPlot, with a brush: dragging across the chart sets the date range.
import uPlot from '/static/vendor/uplot/uPlot.esm.js';

const DAY = 86400;
const WEEKLY_AFTER_DAYS = 550;

// "2016-03-25" <-> seconds since 1970 at midnight UTC.
export function dayToSeconds(day) {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 1000;
}
export function secondsToDay(s) {
  return new Date(s * 1000).toISOString().slice(0, 10);
}

// Counts by day -> uPlot's columns [[x...], [n...]], every day or week of
// the span present (an absent one is a zero, not a gap the line jumps).
function columns(groups) {
  const counts = new Map();
  for (const g of groups) {
    const key = g.keys[0];
    if (typeof key === 'string' && /^\d{4}-\d\d-\d\d$/.test(key)) counts.set(dayToSeconds(key), g.n);
  }
  if (counts.size === 0) return { data: [[], []], unit: 'day' };
  const days = [...counts.keys()].sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  const step = (last - first) / DAY > WEEKLY_AFTER_DAYS ? 7 * DAY : DAY;
  const xs = [];
  const ns = [];
  for (let x = first; x <= last; x += step) {
    xs.push(x);
    ns.push(0);
  }
  for (const [x, n] of counts) ns[Math.floor((x - first) / step)] += n;
  return { data: [xs, ns], unit: step === DAY ? 'day' : 'week' };
}

export class Timeline {
  constructor(element, { onBrush, onHover }) {
    this.element = element;
    this.onBrush = onBrush;
    this.onHover = onHover;
    this.plot = null;
    this.range = null;
    this.unit = 'day';
    // The brush set from the URL before the data came is drawn once it has.
    this.pendingBrush = null;
    new ResizeObserver(() => this.resize()).observe(element);
  }

  size() {
    return { width: Math.max(200, this.element.clientWidth), height: Math.max(80, this.element.clientHeight) };
  }

  resize() {
    if (this.plot) this.plot.setSize(this.size());
  }

  setData(groups) {
    const { data, unit } = columns(groups);
    this.unit = unit;
    this.range = data[0].length ? [data[0][0], data[0][data[0].length - 1]] : null;
    if (this.plot) this.plot.destroy();
    this.plot = null;
    this.plot = new uPlot(this.options(unit), data, this.element);
    return unit;
  }

  // The last day with incidents: the control layer's date when no brush is set.
  lastDay() {
    return this.range ? secondsToDay(this.range[1] + (this.unit === 'week' ? 6 * DAY : 0)) : null;
  }

  options(unit) {
    return {
      ...this.size(),
      // Dates are UTC days: the axis must not shift them to the viewer's zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      // Each bar covers [x, x + one step): the last one ends a step after
      // the last x, and the brush must be able to reach its end.
      scales: {
        x: { time: true, range: (u, min, max) => [min, max + (unit === 'week' ? 7 : 1) * DAY] },
        y: { range: (u, min, max) => [0, Math.max(1, max)] },
      },
      axes: [{ grid: { show: false } }, { size: 40, grid: { stroke: '#eee' } }],
      series: [{}, {
        label: `incidents per ${unit}`,
        stroke: '#495057',
        fill: 'rgba(73, 80, 87, 0.35)',
        paths: uPlot.paths.bars({ size: [0.9, 12], align: 1 }),
        points: { show: false },
      }],
      hooks: {
        setSelect: [(u) => this.selected(u)],
        // The legend is off (one series): the bar under the pointer is named
        // in the timeline's heading instead.
        setCursor: [(u) => {
          const i = u.cursor.idx;
          this.onHover(i == null ? null : { day: secondsToDay(u.data[0][i]), n: u.data[1][i], unit: this.unit });
        }],
        // Positions are known only once the first drawing has laid out the
        // axes: a brush asked for before then is drawn now.
        ready: [() => { if (this.pendingBrush) this.setBrush(...this.pendingBrush); }],
      },
    };
  }

  // The brush moved: the days under its two ends become the range (a click
  // without a drag leaves a zero-width selection, which clears it).
  selected(u) {
    if (this.quiet) return;
    if (u.select.width < 2) {
      this.onBrush(null, null);
      return;
    }
    // The right end is the first instant after the range: its day less one
    // second is the last day covered.
    const from = secondsToDay(u.posToVal(u.select.left, 'x'));
    const to = secondsToDay(u.posToVal(u.select.left + u.select.width, 'x') - 1);
    this.onBrush(from, to);
  }

  // Draws the brush over [from, to] without calling onBrush (the state is
  // already that); either end may be missing (open range).
  setBrush(from, to) {
    if (!this.plot || !this.range || !this.plot.status) {
      this.pendingBrush = [from, to];
      return;
    }
    this.pendingBrush = null;
    this.quiet = true;
    if (!from && !to) {
      this.plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
    } else {
      const u = this.plot;
      const left = from ? Math.max(0, u.valToPos(dayToSeconds(from), 'x')) : 0;
      const right = to ? Math.min(u.bbox.width / devicePixelRatio, u.valToPos(dayToSeconds(to) + DAY, 'x'))
        : u.bbox.width / devicePixelRatio;
      u.setSelect({ left, width: Math.max(0, right - left), top: 0, height: u.bbox.height / devicePixelRatio }, false);
    }
    this.quiet = false;
  }
}
