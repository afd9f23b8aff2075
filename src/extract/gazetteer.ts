/**
 * The world's states as the extractor knows them, from the world-countries package: names (common,
 * official, other spellings, and the name inside "Republic of X"), the demonym and its plural, the
 * capitals. General knowledge of how states are named, not any report's data.
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
  /** "Armenian": the adjective, also "the Armenian side". */
  demonym: string;
  /** "Armenians": the people, used in news for the state's side. */
  plural: string;
  capitals: string[];
}

const DESIGNATOR = /^(?:(?:the )?(?:(?:federal|democratic|islamic|people's|socialist|united|arab|bolivarian|plurinational|cooperative|federative|oriental) )*(?:republic|kingdom|federation|state|sultanate|emirate|principality|commonwealth|grand duchy|union) of (?:the )?)/i;

function build(): StateInfo[] {
  return countries
    .filter((country) => country.independent !== false || country.unMember)
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
      const demonym = country.demonyms?.eng?.m ?? '';
      return {
        id: slugify(country.name.common),
        name: country.name.common,
        isoCode: country.cca2,
        names: [...names].filter(latin),
        demonym,
        plural: /(?:an|i|ese|ch|sh)$/.test(demonym) && !/(?:ese|ch|sh)$/.test(demonym) ? `${demonym}s` : '',
        // "Washington D.C." is "Washington" in most copy.
        capitals: (country.capital ?? []).filter(latin).flatMap((capital) => [capital, capital.replace(/,? (?:[A-Z]\.){2,}$/, '')]).filter((c, i, all) => all.indexOf(c) === i),
      };
    });
}

export const STATES: readonly StateInfo[] = build();

const byName = new Map<string, StateInfo>();
const byDemonym = new Map<string, StateInfo>();
const byCapital = new Map<string, StateInfo>();
for (const state of STATES) {
  for (const name of state.names) if (!byName.has(nameKey(name))) byName.set(nameKey(name), state);
  for (const form of [state.demonym, state.plural]) if (form && !byDemonym.has(nameKey(form))) byDemonym.set(nameKey(form), state);
  for (const capital of state.capitals) if (!byCapital.has(nameKey(capital))) byCapital.set(nameKey(capital), state);
}

export const stateByName = (name: string) => byName.get(nameKey(name));
export const stateByDemonym = (word: string) => byDemonym.get(nameKey(word));
export const stateByCapital = (name: string) => byCapital.get(nameKey(name));
export const stateByIso = (code: string) => STATES.find((state) => state.isoCode === code.toUpperCase());

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
];
