// The page's only link to `palmyra serve`: JSON over GET (docs/api.md).

// The keys the filter form, the brush and the URL share with the API; the
// map adds bbox, zoom and limit itself.
export const FILTER_KEYS = ['from', 'to', 'actor', 'country', 'root', 'quad', 'min_outlets', 'text'];

// Fetches API path with the non-empty params. A failed request throws an
// Error carrying the server's one-line message, so the page can show it in
// its status line rather than leave it to the console.
export async function getJSON(path, params = {}, signal) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A body that is not JSON is reported by its status below.
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : `HTTP ${response.status}`;
    throw new Error(`${path}: ${message}`);
  }
  return body;
}

// The filters of a state object, for a request.
export function filterParams(state) {
  const params = {};
  for (const key of FILTER_KEYS) if (state[key]) params[key] = state[key];
  return params;
}

// True for the error of a request the page cancelled itself.
export function isAbort(error) {
  return error && error.name === 'AbortError';
}
