/**
 * The world's states as the extractor knows them, from the world-countries package: names (common,
 * official, other spellings, and the name inside "Republic of X"), the adjectives and their plurals,
 * the capitals. world-countries gives some adjectives in old forms ("Kirghiz", "Tadzhik") and one
 * per state; CURRENT_FORMS adds the forms news copy uses today. General knowledge of how states are
 * named, not any report's data.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { nameKey } from './text.js';
import { slugify } from '../model/names.js';

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

export interface StateInfo {
  id: string;
  name: string;
  isoCode: string;
  /** Every name a text may use for the state, the common one first. */
  names: string[];
  /** "Armenian": the adjective news copy uses today, also "the Armenian side"; used to name its forces. */
  demonym: string;
  /** Every adjective for the state, the current one first ("Kyrgyz", "Kirghiz"). */
  demonyms: string[];
  /** "Armenians": the people, used in news for the state's side. */
  plurals: string[];
  capitals: string[];
}

/**
 * How news copy names states today, where world-countries has an older or a rarer form, or only one
 * of several (ISO 3166-1 alpha-2 → names, adjectives with their plural when it is not the adjective
 * plus "s"). The first adjective is the one the extractor names things with.
 */
export const CURRENT_FORMS: Readonly<Record<string, { names?: string[]; adjectives?: string[]; plurals?: string[] }>> = {
  KG: { adjectives: ['Kyrgyz'] },
  TJ: { adjectives: ['Tajik'], plurals: ['Tajiks'] },
  UZ: { adjectives: ['Uzbek'], plurals: ['Uzbeks'] },
  KZ: { adjectives: ['Kazakh'], plurals: ['Kazakhs'] },
  AE: { adjectives: ['Emirati'], plurals: ['Emiratis'] },
  SA: { adjectives: ['Saudi'], plurals: ['Saudis'] },
  CD: { adjectives: ['Congolese'] },
  CI: { adjectives: ['Ivorian'], plurals: ['Ivorians'] },
  PH: { adjectives: ['Philippine', 'Filipino'], plurals: ['Filipinos'] },
  MM: { adjectives: ['Myanmar', 'Burmese'] },
  GB: { names: ['Britain', 'UK'], adjectives: ['British'] },
  US: { names: ['US', 'America'], adjectives: ['American'] },
  AZ: { adjectives: ['Azerbaijani', 'Azeri'], plurals: ['Azerbaijanis', 'Azeris'] },
  MK: { adjectives: ['North Macedonian', 'Macedonian'] },
  SI: { adjectives: ['Slovenian', 'Slovene'] },
  EC: { adjectives: ['Ecuadorian', 'Ecuadorean'] },
  CV: { adjectives: ['Cape Verdean'] },
  GW: { adjectives: ['Bissau-Guinean'] },
  DJ: { adjectives: ['Djiboutian'] },
  BW: { adjectives: ['Botswanan'] },
  MV: { adjectives: ['Maldivian'] },
  KM: { adjectives: ['Comorian'] },
  TL: { adjectives: ['Timorese', 'East Timorese'] },
  LA: { adjectives: ['Lao', 'Laotian'] },
  IS: { adjectives: ['Icelandic'] },
  SR: { adjectives: ['Surinamese'] },
  ST: { adjectives: ['Santomean'] },
  AG: { adjectives: ['Antiguan'] },
  KN: { adjectives: ['Kittitian'] },
  BA: { adjectives: ['Bosnian'] },
  XK: { adjectives: ['Kosovar', 'Kosovan'] },
  SB: { adjectives: ['Solomon Islands'] },
  NZ: { adjectives: ['New Zealand'] },
  PS: { adjectives: ['Palestinian'], plurals: ['Palestinians'] },
  TW: { adjectives: ['Taiwanese'] },
};

/** States a conflict report may name whose independence world-countries does not record. */
const ALSO_STATES = new Set(['PS', 'TW']);

const DESIGNATOR =
  /^(?:(?:the )?(?:(?:federal|democratic|islamic|people's|socialist|united|arab|bolivarian|plurinational|cooperative|federative|oriental) )*(?:republic|kingdom|federation|state|sultanate|emirate|principality|commonwealth|grand duchy|union) of (?:the )?)/i;

/** "Antiguan, Barbudan", "Kittitian or Nevisian": world-countries' lists, one adjective each. */
const split = (demonym: string) =>
  demonym
    .split(/,\s*|\s+or\s+/)
    .map((d) => d.trim())
    .filter(Boolean);
/** The people: "Armenians", not "Swisses" or "Chineses". */
const pluralOf = (adjective: string) => (/(?:an|i)$/.test(adjective) ? `${adjective}s` : '');

function build(): StateInfo[] {
  return countries
    .filter((country) => country.independent !== false || country.unMember || ALSO_STATES.has(country.cca2))
    .map((country) => {
      const latin = (name: string) => /^[\p{Script=Latin}\s'’.,()-]+$/u.test(name);
      const names = new Set<string>([country.name.common, country.name.official]);
      for (const spelling of country.altSpellings) {
        // "U.S.", "U.K.": a short code written with stops is a name; bare two-letter codes are not.
        if (/^[A-Z]{2,3}$/.test(spelling)) names.add(spelling.split('').join('.') + '.');
        if (!latin(spelling) || spelling === country.cca2 || /^[A-Z]{2}$/.test(spelling)) continue;
        names.add(spelling);
      }
      for (const name of [...names]) {
        const bare = name.replace(DESIGNATOR, '');
        if (bare !== name && bare.length > 2) names.add(bare);
      }
      const current = CURRENT_FORMS[country.cca2] ?? {};
      for (const name of current.names ?? []) names.add(name);
      const demonyms = [...new Set([...(current.adjectives ?? []), ...split(country.demonyms?.eng?.m ?? '')])];
      // "Thai", "Saudi" among the other spellings are adjectives, not names (the common name stays: "Myanmar").
      for (const demonym of demonyms) if (demonym !== country.name.common) names.delete(demonym);
      return {
        id: slugify(country.name.common),
        name: country.name.common,
        isoCode: country.cca2,
        names: [...names].filter(latin),
        demonym: demonyms[0] ?? '',
        demonyms,
        plurals: [...new Set([...(current.plurals ?? []), ...demonyms.map(pluralOf).filter(Boolean)])],
        // "Washington D.C." is "Washington" in most copy.
        capitals: (country.capital ?? [])
          .filter(latin)
          .flatMap((capital) => [capital, capital.replace(/,? (?:[A-Z]\.){2,}$/, '')])
          .filter((c, i, all) => all.indexOf(c) === i),
      };
    });
}

export const STATES: readonly StateInfo[] = build();

const byName = new Map<string, StateInfo>();
const byDemonym = new Map<string, StateInfo>();
const byCapital = new Map<string, StateInfo>();
// A form of the current table wins over an older one another state shares ("Congolese" is DR Congo's).
const current = (state: StateInfo, form: string) => (CURRENT_FORMS[state.isoCode]?.adjectives ?? []).includes(form);
for (const state of STATES) {
  for (const name of state.names) if (!byName.has(nameKey(name))) byName.set(nameKey(name), state);
  for (const form of [...state.demonyms, ...state.plurals]) if (!byDemonym.has(nameKey(form)) || current(state, form)) byDemonym.set(nameKey(form), state);
  for (const capital of state.capitals) if (!byCapital.has(nameKey(capital))) byCapital.set(nameKey(capital), state);
}

export const stateByName = (name: string) => byName.get(nameKey(name));
export const stateByDemonym = (word: string) => byDemonym.get(nameKey(word));
export const stateByCapital = (name: string) => byCapital.get(nameKey(name));
export const stateByIso = (code: string) => STATES.find((state) => state.isoCode === code.toUpperCase());

const landBorders = new Map(countries.map((country) => [country.cca2, new Set(country.borders.map((cca3) => countries.find((c) => c.cca3 === cca3)?.cca2))]));
/** Whether two states share a land border (world-countries' `borders`): a border zone named after two states that do not is no border. */
export const neighbours = (a: string, b: string) => (a && b ? Boolean(landBorders.get(stateByName(a)?.isoCode ?? '')?.has(stateByName(b)?.isoCode)) : false);

/** Seats that stand for a state's government or ministry in news copy ("the Kremlin said"). */
export const SEATS: readonly { name: string; iso: string; orgType: 'GOVERNMENT' | 'MINISTRY'; title: string }[] = [
  { name: 'Kremlin', iso: 'RU', orgType: 'GOVERNMENT', title: 'Government' },
  { name: 'White House', iso: 'US', orgType: 'GOVERNMENT', title: 'Government' },
  { name: 'Downing Street', iso: 'GB', orgType: 'GOVERNMENT', title: 'Government' },
  { name: 'Élysée', iso: 'FR', orgType: 'GOVERNMENT', title: 'Government' },
  { name: 'Elysee Palace', iso: 'FR', orgType: 'GOVERNMENT', title: 'Government' },
  { name: 'Zhongnanhai', iso: 'CN', orgType: 'GOVERNMENT', title: 'Government' },
  { name: 'Pentagon', iso: 'US', orgType: 'MINISTRY', title: 'Ministry of Defence' },
  { name: 'State Department', iso: 'US', orgType: 'MINISTRY', title: 'Ministry of Foreign Affairs' },
  // As copy writes it with its state, so the whole name is kept as the body's alias.
  { name: 'US State Department', iso: 'US', orgType: 'MINISTRY', title: 'Ministry of Foreign Affairs' },
  { name: 'U.S. State Department', iso: 'US', orgType: 'MINISTRY', title: 'Ministry of Foreign Affairs' },
];

/** Continents: places too wide to be where a thing happens or "the region" a report speaks of. */
export const CONTINENTS: ReadonlySet<string> = new Set([
  'africa',
  'europe',
  'asia',
  'oceania',
  'antarctica',
  'north-america',
  'south-america',
  'latin-america',
  'the-americas',
  'americas',
]);
