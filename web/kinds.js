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

// Holders of the control layer: colours apart from the four of the
// incidents, each holder's picked by a hash of its code, so a holder keeps
// its colour across dates, reloads and shared links. Two holders of one
// view whose hashes meet are told apart: the later code in sort order takes
// the next free colour.
const HOLDER_PALETTE = ['#6741d9', '#0c8599', '#d6336c', '#5c940d', '#a0522d', '#364fc7',
  '#862e9c', '#1b1b1b', '#087f5b', '#b8860b', '#15aabf', '#7c5e3c'];

function holderSlot(code) {
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return hash % HOLDER_PALETTE.length;
}

// codes -> Map(code -> colour), no two alike while the palette lasts.
export function holderColours(codes) {
  const colours = new Map();
  const taken = new Set();
  for (const code of [...new Set(codes)].filter(Boolean).sort()) {
    let slot = holderSlot(code);
    for (let tries = 0; tries < HOLDER_PALETTE.length && taken.has(slot); tries++) {
      slot = (slot + 1) % HOLDER_PALETTE.length;
    }
    taken.add(slot);
    colours.set(code, HOLDER_PALETTE[slot]);
  }
  return colours;
}

export const NO_HOLDER_COLOUR = '#adb5bd';
