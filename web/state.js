// The page's state lives in the URL's fragment (#from=...&z=5), so a view can
// be shared or bookmarked; the fragment never reaches the server, which serves
// the same index.html for every view.

const KEYS = ['from', 'to', 'actor', 'country', 'root', 'quad', 'min_outlets', 'text',
  'lat', 'lon', 'z', 'incident', 'place', 'control'];

export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const state = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

// replaceState, not pushState: panning the map would otherwise fill the
// history with one entry per move.
export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key] !== undefined && state[key] !== null && state[key] !== '') params.set(key, state[key]);
  }
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
}
