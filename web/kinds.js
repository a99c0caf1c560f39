// Event kinds and the colours the map and legends give them.

// CAMEO's QuadClass: the four colours are the page's main key, so they are
// far apart (blue and green for cooperation, orange and red for conflict).
export const QUADS = {
  1: { label: 'verbal cooperation', colour: '#2b7bba' },
  2: { label: 'material cooperation', colour: '#2f9e44' },
  3: { label: 'verbal conflict', colour: '#e8890c' },
  4: { label: 'material conflict', colour: '#c92a2a' },
};

// The 20 CAMEO root codes with their labels (the codebook's headings).
export const ROOTS = {
  '01': 'make public statement', '02': 'appeal', '03': 'express intent to cooperate',
  '04': 'consult', '05': 'engage in diplomatic cooperation', '06': 'engage in material cooperation',
  '07': 'provide aid', '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove',
  '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'exhibit force posture',
  '16': 'reduce relations', '17': 'coerce', '18': 'assault', '19': 'fight',
  '20': 'use unconventional mass violence',
};

// A root's QuadClass, as src/dict/cameo.c assigns them: grid cells carry a
// root only, and are coloured like the incidents they stand for.
export function quadOfRoot(root) {
  const n = parseInt(root, 10);
  if (!(n >= 1)) return 0;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 14) return 3;
  return 4;
}

export function quadColour(quad) {
  return QUADS[quad] ? QUADS[quad].colour : '#777';
}

// Holders of the control layer: a fixed palette picked by a hash of the
// holder's code, so a holder keeps its colour across dates, reloads and
// shared links. The legend names each colour in case two holders collide.
const HOLDER_PALETTE = ['#6741d9', '#0c8599', '#d6336c', '#5c940d', '#f08c00',
  '#1971c2', '#862e9c', '#e03131', '#364fc7', '#2b8a3e', '#a61e4d', '#495057'];

export function holderColour(code) {
  if (!code) return '#adb5bd';
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return HOLDER_PALETTE[hash % HOLDER_PALETTE.length];
}
