#!/usr/bin/env node
// gen-countries.js - writes data/dict/countries.actors.txt, Palmyra's
// country actors in the PETRARCH actor format.
//
// Sources: Debian iso-codes (ISO 3166-1: the list of countries and their
// alpha-3 codes, which are CAMEO's country codes) and the npm package
// world-countries (common names, spellings, demonyms, capitals). Kosovo has
// no ISO code; CAMEO and the EU use XKX. A hand table below adds the names
// news uses that neither source has, and settles names two countries share.
//
// Usage: node scripts/gen-countries.js [OUT]   (default data/dict/countries.actors.txt)
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
const WC_JSON = path.join(ROOT, 'node_modules/world-countries/countries.json');

// world-countries' own codes that differ from the ones we emit.
const CODE_FIX = { UNK: 'XKX' };

// Names news uses that the sources lack. A code other than the country's
// own (RUSGOV for "Kremlin") is written as [name, code].
const EXTRA = {
  USA: ['United States', 'U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'America', 'United States of America',
    'Americans', 'Washington', 'New Jersey', 'New Mexico', 'New England',
    ['White House', 'USAGOV'], ['State Department', 'USAGOV'], ['Pentagon', 'USAMIL'],
    ['Washington administration', 'USAGOV']],
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom', 'Briton', 'Britons', 'Brits',
    'England', 'Scotland', 'Wales', 'Northern Ireland', ['Downing Street', 'GBRGOV'], 'Scottish', 'Welsh', 'Northern Irish',
    ['Whitehall', 'GBRGOV']],
  FRA: [['Elysee', 'FRAGOV'], ['Élysée', 'FRAGOV'], ['Elysee Palace', 'FRAGOV'], 'Frenchman', 'Frenchmen', 'Corsica'],
  NLD: ['Holland', 'Netherlands', 'The Netherlands', 'Dutchman'],
  CZE: ['Czechia', 'Czech Republic'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye', 'Turk', 'Turks'],
  PSE: ['Palestine', 'State of Palestine', 'Palestinian territories', 'Palestinian territory',
    // "the West Bank", "the West Darfur town": longer than THE_WEST (WST), so they win
    'occupied Palestinian territories', 'occupied territories', 'Gaza', 'Gaza Strip', 'West Bank',
    'the West Bank', 'Gazan', 'Gazans', 'Jenin', ['Palestinian Authority', 'PSEGOV'], ['Palestinian National Authority', 'PSEGOV'], 'Hebron'],
  XKX: ['Kosovo', 'Republic of Kosovo', 'Kosovar', 'Kosovars', 'Pristina', 'Prishtina', 'Kosovo Albanian', 'Kosovo Albanians', 'Kosovan', 'Kosovans', 'Kosovo Serb', 'Kosovo Serbs'],
  TWN: ['Taiwan', 'Taipei', 'Chinese Taipei'],
  CIV: ['Ivory Coast', "Cote d'Ivoire", 'Ivorian', 'Ivorians', 'Abidjan'],
  MMR: ['Burma', 'Myanmar', 'Naypyitaw', 'Nay Pyi Taw', 'Naypyidaw', 'Rohingya', 'Rohingyas',
    'Rohingya Muslims', 'Rakhine', 'Buthidaung', 'Kyaukphyu'],
  PRK: ['North Korea', 'DPRK', 'D.P.R.K.', 'North Koreans', 'Pyongyang'],
  KOR: ['South Korea', 'Republic of Korea', 'South Koreans', 'Seoul'],
  RUS: ['Russia', 'Russian Federation', 'Russians', ['Kremlin', 'RUSGOV'], 'Chechnya', 'Dagestani'],
  IRN: ['Iran', 'Islamic Republic of Iran', 'Tehran', 'Teheran', 'Iranians'],
  SYR: ['Syria', 'Damascus', 'Syrians', 'Alawite', 'Alawites', 'Homs', 'Hama', 'Ghouta', 'Eastern Ghouta'],
  COD: ['DR Congo', 'D.R. Congo', 'DRC', 'Congo', 'Democratic Republic of Congo',
    'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Congolese', 'Kinshasa', 'Goma', 'Minova'],
  COG: ['Republic of Congo', 'Republic of the Congo', 'Congo Republic', 'Congo-Brazzaville', 'Brazzaville'],
  ARE: ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates', 'Emirati', 'Emiratis', 'Abu Dhabi'],
  SAU: ['Saudi Arabia', 'Saudi', 'Saudis', 'Riyadh', 'KSA'],
  UKR: ['Ukraine', 'Kyiv', 'Kiev', 'Ukrainians', 'Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Pokrovsk', 'Odesa', 'Ilovaisk'],
  YEM: ['Yemen', 'Sanaa', "Sana'a"],
  LBY: ['Libya', 'Tripoli', 'Libyans', 'Derna'],
  SDN: ['Sudan', 'Khartoum', 'Port Sudan', 'Darfur', 'West Darfur', 'the West Darfur', 'Darfuri', 'Darfuris', 'Kordofan', 'South Kordofan', 'North Kordofan', 'West Kordofan', 'Heglig'],
  SSD: ['South Sudan', 'Juba'],
  ISR: ['Israel', 'Israelis', ['Israeli Defense Forces', 'ISRMIL'], ['Israel Defense Forces', 'ISRMIL'],
    ['IDF', 'ISRMIL'], ['Knesset', 'ISRLEG']],
  AFG: ['Afghanistan', 'Afghans', 'Kabul', 'Kunduz'],
  VAT: ['Vatican', 'Holy See', 'Vatican City'],
  SWZ: ['Eswatini', 'Swaziland'],
  MKD: ['North Macedonia', 'Macedonia'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste', 'Timorese', 'East Timorese', 'Dili'],
  LAO: ['Laos'],
  VNM: ['Vietnam', 'Viet Nam'],
  BIH: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnian', 'Bosnians', 'Bosniak', 'Bosniaks', 'Bosnian Muslim', 'Bosnian Muslims', 'Bosnian Croat', 'Bosnian Croats', 'Bosnian Serb'],
  GMB: ['Gambia', 'The Gambia'],
  BHS: ['Bahamas', 'The Bahamas'],
  MNG: ['Ulaanbaatar'],
  IND: ['Delhi'],
  BFA: ['Burkina', 'Burkinabe', 'Burkinabes', 'Barsalogho', 'Arbinda'],
  CAF: ['Central African Republic', 'Bangui'],
  DEU: ['Germany'],
  AUS: ['New South Wales'],
  KGZ: ['Kyrgyzstan', 'Kyrgyz'],
  TJK: ['Tajikistan', 'Tajik', 'Tajiks'],
  UZB: ['Uzbek', 'Uzbeks'],
  KAZ: ['Kazakh', 'Kazakhs'],
  AZE: ['Azeri', 'Azeris', 'Baku'],
  PHL: ['Philippines', 'Filipinos', 'Philippine', 'Marawi', 'Sulu'],
  // regions whose country news leaves unsaid
  GEO: ['Abkhazia', 'South Ossetia', 'Abkhaz', 'Abkhazian', 'Abkhazians', 'South Ossetian', 'South Ossetians'],
  MDA: ['Transnistria', 'Transnistrian'],
  ESH: ['Western Sahara'],
  // towns and regions of the wars whose names have namesakes abroad, so
  // that the gazetteer, rightly, is not sure of them
  EGY: ['Sinai', 'Sinai Peninsula', 'the Sinai Peninsula'],
  PAK: ['Waziristan', 'North Waziristan', 'South Waziristan', 'Balochistan', 'Baluchistan', 'Khyber Pakhtunkhwa'],
  MLI: ['Kidal', 'Azawad'],
  IRQ: ['Sinjar', 'Haditha'],
  // more towns of the wars since 1990 the gazetteer leaves unsure or places
  // abroad ("Qana" in Egypt, "Solhan" in Turkey); names that are as often
  // people's or other places' ("Palma", "Farah", "Beni", "Bor") are left out
  LBN: ['Qana', 'Khiam'],
  MOZ: ['Muidumbe'],
  ISL: ['Iceland'],
  // demonyms the sources write in a form news does not use, or lack
  ARG: ['Argentinian', 'Argentinians'],
  HRV: ['Croat', 'Croats'],
  // "Serb troops", "Serb forces in Kosovo": the state's; a Serb people of
  // another state has its own name ("Bosnian Serb", "Krajina Serbs",
  // "ethnic Serb", "Kosovo Serb"), which is longer and wins
  SRB: ['Serb', 'Serbs'],
  BLR: ['Belarussian', 'Belarussians', 'Byelorussian'],
  SLV: ['Salvadorean', 'Salvadoreans'],
  GNB: ['Bissau-Guinean', 'Bissau-Guineans'],
  GNQ: ['Equatoguinean', 'Equatoguineans'],
  DNK: ['Dane', 'Danes'],
  DJI: ['Djiboutian', 'Djiboutians'],
  ECU: ['Ecuadorian', 'Ecuadorians'],
  NPL: ['Nepali', 'Nepalis'],
  SVN: ['Slovenian', 'Slovenians'],
  CYP: ['Greek Cypriot', 'Greek Cypriots', 'Turkish Cypriot', 'Turkish Cypriots'],
  ETH: ['Tigrayan', 'Tigrayans', 'Tigray', 'Amhara', 'Oromo', 'Oromia', 'Ogaden', 'Humera'],
  SOM: ['Somaliland', 'Puntland', 'Jubaland'],
  CHN: ['Beijing', 'Uighur', 'Uighurs', 'Uyghur', 'Uyghurs', 'Tibetan', 'Tibetans', 'Xinjiang', 'Tibet'],
  ESP: ['Basque', 'Basques', 'Catalan', 'Catalans', 'Catalonia'],
  IRL: ['Ireland', 'Irish Republic'],
  IDN: ['Aceh', 'Papua', 'West Papua'],
  PNG: ['Bougainville'],
  NGA: ['Biafra'],
  AGO: ['Cabinda'],
  SEN: ['Casamance'],
  TZA: ['Zanzibar'],
  CAN: ['Quebec'],
  HKG: ['Hong Konger', 'Hong Kongers'],
};

// Nations and regions of one state that news names without it ("Papuan
// activists", "Kachin villagers", "Masalit refugees"): the people's word
// gives the state, the noun after it the role. Nations of several states
// ("Baloch", "Tamil", "Pashtun") are in ethnic.actors.txt instead; words
// as often a name or a common word ("Karen", "Moro", "Shan", "Chin",
// "Afar", "Beja", "Luo", "Hema", "Naga") only in longer phrases.
const ONE_STATE = {
  IDN: ['Papuan', 'Papuans', 'West Papuan', 'West Papuans', 'Acehnese'],
  IND: ['Assamese', 'Nagaland', 'Manipuri', 'Manipuris', 'Mizo', 'Mizos', 'Tamil Nadu'],
  MMR: ['Kachin', 'Kachins', 'Karenni', 'Arakanese', 'Shan State', 'Karen State', 'Kayin State',
    'Chin State', 'Kayah State'],
  SDN: ['Masalit', 'Nuba', 'Nuba Mountains'],
  SSD: ['Nuer', 'Dinka', 'Dinkas'],
  ETH: ['Oromos', 'Amharas', 'Sidama', 'Wolayta'],
  NGA: ['Igbo', 'Igbos', 'Ogoni', 'Ogonis', 'Ijaw', 'Ijaws', 'Yoruba', 'Yorubas'],
  DZA: ['Kabyle', 'Kabyles', 'Kabylie', 'Kabylia'],
  CMR: ['Ambazonia', 'Ambazonian', 'Ambazonians'],
  PHL: ['Bangsamoro', 'Moro Muslims', 'Moro people', 'Lumad', 'Lumads'],
  FRA: ['Corsican', 'Corsicans'],
  RUS: ['Ingush', 'Ingushetia', 'North Ossetia', 'North Ossetian', 'North Ossetians'],
  MDA: ['Gagauz', 'Gagauzia'],
  KEN: ['Kikuyu', 'Kikuyus', 'Kalenjin', 'Kalenjins'],
  COD: ['Lendu'],
  PAK: ['Sindhi', 'Sindhis'],
  NPL: ['Madhesi', 'Madhesis'],
  NIC: ['Miskito', 'Miskitos'],
  CAN: ['Quebecois', 'Québécois'],
  IRQ: ['Yazidi', 'Yazidis', 'Yezidi', 'Yezidis'],
  UKR: ['Crimean Tatar', 'Crimean Tatars'],
  AGO: ['Cabindan', 'Cabindans'],
  PNG: ['Bougainvillean', 'Bougainvilleans'],
};

// Regions named after another state or a people of another state: the
// Niger Delta is Nigeria's, the Jordan Valley the West Bank's, the Somali
// region Ethiopia's; the longer name wins over the state's.
const REGIONS = {
  NGA: ['Niger Delta'],
  PSE: ['Jordan Valley'],
  ETH: ['Somali region', 'Somali regional', 'Somali Regional State'],
};

// Names dropped whatever the source: common words, names several places
// share, and spellings that would take a word from a longer name.
const SKIP = new Set([
  'ISLAND', 'TIMOR', 'GUIANA', 'PRATHET', 'MANN', 'MANNIN', 'SAINT', 'THE VALLEY',
  'VICTORIA', 'CITY OF VICTORIA', 'HAMILTON', 'KINGSTON', 'GEORGE TOWN', 'GEORGETOWN', 'JAMESTOWN',
  'PLYMOUTH', 'STANLEY', 'DOUGLAS', "SAINT JOHN'S", 'WEST ISLAND', 'FLYING FISH COVE', 'SANTIAGO',
  'SUCRE', 'JERUSALEM', 'MALE', 'MALÉ', 'SAINT-DENIS', 'ROAD TOWN', 'THE BOTTOM', 'SAN JUAN', 'SAN JOSÉ',
  'SAN JOSE', 'BLOEMFONTEIN', 'CAPE TOWN', 'WASHINGTON D.C.', 'CHANNEL ISLANDER', 'VIRGIN ISLANDER',
  'AMERICAN ISLANDER', 'ANTARCTICAN', 'KRALENDIJK', 'ORANJESTAD', 'COCOS ISLANDER',
  'HEARD AND MCDONALD ISLANDER', 'KING EDWARD POINT', 'ALAND', 'REUNION',
  'THE ABODE OF PEACE', 'VATICANS', 'DJIBOUTIS', 'PLEASANT ISLAND', 'SOMERS ISLES', 'GUERNSEY',
]);

// Where a name belongs to several codes the first listed here wins.
const OWNER = {
  FRENCH: 'FRA', DUTCH: 'NLD', AMERICAN: 'USA', INDIAN: 'IND', NORWEGIAN: 'NOR', CONGOLESE: 'COD',
  DOMINICAN: 'DOM', CONGO: 'COD',
};

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// A name as an actor phrase: upper case, words joined by '_', the
// possessive split off as the tokenizer does ("PEOPLE_'S").
function phrase(name) {
  return name.trim().toUpperCase().replace(/(\w)'S\b/g, "$1 'S").split(/\s+/).join('_');
}

// Spellings we can use: Latin letters only, no list-style "Korea, Republic of".
function usable(name, rank) {
  if (!name || /[,()]/.test(name) || (name.length < 3 && rank !== 0))
    return false;
  if (!/^[A-Za-z .'\-\u00c0-\u017f]+$/.test(name))
    return false;
  return rank === 0 || !/^[A-Z]{2}$/.test(name);   // two-letter ISO codes are words ("IN", "IT")
}

function demonymPlural(d) {
  if (/(men|ese|ish|ch|ss|sh|x)$/i.test(d) || d.includes(' '))
    return null;
  return /[nkio]$/i.test(d) ? d + 's' : null;
}

function load() {
  const iso = JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-1'];
  const wc = JSON.parse(fs.readFileSync(WC_JSON, 'utf8'));
  const byCode = new Map();
  for (const c of wc)
    byCode.set(CODE_FIX[c.cca3] || c.cca3, c);
  const countries = iso.map(e => ({ code: e.alpha_3, title: e.common_name || e.name,
    iso: e, wc: byCode.get(e.alpha_3) }));
  countries.push({ code: 'XKX', title: 'Kosovo', iso: { name: 'Kosovo' }, wc: byCode.get('XKX') });
  return countries;
}

// Every name of one country with its code and a rank (lower = stronger
// claim when two countries want the same phrase).
function namesOf(c) {
  const out = [];
  const add = (name, rank, code) => {
    if (typeof name !== 'string' || !usable(name, rank))
      return;
    // Accented spellings of alternates are folded only: the originals
    // add nothing news writes.
    for (const n of new Set(rank === 3 ? [fold(name)] : [name, fold(name)]))
      out.push({ name: n, rank, code: code || c.code });
  };
  add(c.iso.name, 1);
  add(c.iso.common_name, 1);
  add(c.iso.official_name, 1);
  for (const e of (EXTRA[c.code] || []).concat(ONE_STATE[c.code] || [], REGIONS[c.code] || []))
    Array.isArray(e) ? add(e[0], 0, e[1]) : add(e, 0);
  if (c.wc) {
    add(c.wc.name.common, 1);
    add(c.wc.name.official, 1);
    for (const a of c.wc.altSpellings || [])
      add(a, 3);
    const dem = c.wc.demonyms && c.wc.demonyms.eng;
    for (const d of new Set(dem ? [dem.m, dem.f] : [])) {
      add(d, 2);
      add(demonymPlural(d || ''), 2);
    }
    for (const cap of c.wc.capital || [])
      add(cap, 2);
  }
  return out;
}

function build() {
  const countries = load();
  const claims = new Map();   // phrase -> [{code, rank, country}]
  for (const c of countries)
    for (const n of namesOf(c)) {
      const p = phrase(n.name);
      if (SKIP.has(n.name.toUpperCase()) && n.rank > 0)
        continue;
      if (!claims.has(p))
        claims.set(p, []);
      claims.get(p).push({ code: n.code, rank: n.rank, country: c.code });
    }
  const owned = new Map();    // country -> [{phrase, code}]
  for (const [p, list] of claims) {
    let pick = null;
    const forced = OWNER[p.replace(/_/g, ' ')];
    if (forced)
      pick = list.find(x => x.country === forced);
    if (!pick) {
      const best = Math.min(...list.map(x => x.rank));
      const top = list.filter(x => x.rank === best);
      if (new Set(top.map(x => x.country)).size > 1)
        continue;   // two countries with an equal claim: neither gets it
      pick = top[0];
    }
    if (!owned.has(pick.country))
      owned.set(pick.country, []);
    const mine = owned.get(pick.country);
    if (!mine.some(x => x.phrase === p))
      mine.push({ phrase: p, code: pick.code });
  }
  return { countries, owned };
}

function render({ countries, owned }) {
  const lines = [
    '# countries.actors.txt - generated by scripts/gen-countries.js; edit the script, not this file.',
    '# One entry per ISO 3166-1 country (and Kosovo, XKX): names, spellings, demonyms and',
    '# capitals used as metonyms. Sources: Debian iso-codes, npm world-countries, a hand table.',
    '',
  ];
  const sorted = [...countries].sort((a, b) => a.code.localeCompare(b.code));
  for (const c of sorted) {
    const mine = owned.get(c.code) || [];
    // The entry's root is the country's usual name when it has one.
    const title = phrase(c.title);
    mine.sort((a, b) => (b.phrase === title) - (a.phrase === title));
    const plain = mine.filter(x => x.code === c.code);
    const special = mine.filter(x => x.code !== c.code);
    if (!plain.length)
      throw new Error(`no usable name for ${c.code}`);
    lines.push(`# ${c.title}`);
    lines.push(`${plain[0].phrase} [${c.code}]`);
    for (const x of plain.slice(1))
      lines.push(`+${x.phrase}`);
    for (const x of special)
      lines.push(`${x.phrase} [${x.code}]`);
    lines.push('');
  }
  return lines.join('\n');
}

const out = process.argv[2] || path.join(ROOT, 'data/dict/countries.actors.txt');
const text = render(build());
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
process.stderr.write(`${out}: ${text.split('\n').filter(l => l && !l.startsWith('#')).length} lines\n`);
