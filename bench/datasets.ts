/**
 * Event datasets at scale: a synthetic ACLED export (`acledCsv`: realistic rows — a few hundred
 * actors named as ACLED names them, a few thousand places with admin areas and coordinates, dates
 * over five years, fatalities, notes — each saying it is synthetic) and `measureDatasetImport`,
 * which runs `npm run import -- --format acled` on such a file as its own process and reports its
 * rate and the process's peak memory. Run directly, it writes a file for profiling:
 *
 *   npx tsx bench/datasets.ts --rows 10000 --out /tmp/acled-10k.csv
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { projectRoot } from '../src/paths.js';
import type { Neo4jConnection } from '../src/neo4j/connection.js';
import { memoryOf } from './export.js';
import { random } from './generate.js';

/** Real countries (their ISO codes resolve), each with a box its synthetic places fall in. */
const COUNTRIES = [
  { name: 'Sudan', lat: [10, 20], lon: [24, 36] },
  { name: 'Mali', lat: [12, 20], lon: [-10, 2] },
  { name: 'Nigeria', lat: [5, 13], lon: [4, 13] },
  { name: 'Myanmar', lat: [16, 26], lon: [93, 98] },
  { name: 'Yemen', lat: [13, 17], lon: [43, 50] },
  { name: 'Colombia', lat: [2, 10], lon: [-76, -70] },
  { name: 'Ethiopia', lat: [5, 13], lon: [35, 43] },
  { name: 'Somalia', lat: [0, 10], lon: [42, 49] },
  { name: 'Burkina Faso', lat: [10, 14], lon: [-4, 1] },
  { name: 'Georgia', lat: [41.2, 43], lon: [41, 46] },
  { name: 'Armenia', lat: [39, 41], lon: [43.6, 46] },
  { name: 'Azerbaijan', lat: [38.5, 41.5], lon: [45, 50] },
] as const;

const SYLLABLES = ['ka', 'ra', 'mon', 'dil', 'su', 'wa', 'bor', 'ta', 'nga', 'li', 'mar', 'zu', 'ke', 'dan', 'ho', 'bi', 'sel', 'yo', 'gar', 'nu', 'fa', 'tem'];
const ADMIN1 = 8;
const ADMIN2 = 4;
const TOWNS = 8;

/** The event types ACLED codes, with how often they come and the inter codes of their actors. */
const EVENTS = [
  { type: 'Battles', sub: 'Armed clash', share: 0.25, inter: ['1', '2'] },
  { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', share: 0.12, inter: ['1', '7'] },
  { type: 'Explosions/Remote violence', sub: 'Air/drone strike', share: 0.06, inter: ['1', '2'] },
  { type: 'Violence against civilians', sub: 'Attack', share: 0.15, inter: ['3', '7'] },
  { type: 'Protests', sub: 'Peaceful protest', share: 0.25, inter: ['6', ''] },
  { type: 'Riots', sub: 'Violent demonstration', share: 0.1, inter: ['5', '1'] },
  { type: 'Strategic developments', sub: 'Agreement', share: 0.02, inter: ['1', '2'] },
  { type: 'Strategic developments', sub: 'Looting/property destruction', share: 0.05, inter: ['4', '7'] },
] as const;

const COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

/** The note every synthetic row's text ends with, and its source column. */
export const SYNTHETIC = 'Synthetic row generated for the conflict-graph benchmark.';
const SOURCE = 'Synthetic (conflict-graph benchmark)';

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A synthetic ACLED export of `rows` rows, as CSV lines (the header first). Deterministic: the
 * same count always makes the same file. Actors and places repeat across rows as in a real export;
 * a few towns share a name with a town of another area, as real ones do.
 */
export function* acledCsv(rows: number): Generator<string> {
  const rand = random(rows * 31 + 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const word = (parts: number) => {
    let name = '';
    for (let i = 0; i < parts; i++) name += pick(SYLLABLES);
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  };
  const places = COUNTRIES.map((country) =>
    Array.from({ length: ADMIN1 }, () => {
      const admin1 = word(2);
      return Array.from({ length: ADMIN2 }, () => {
        const admin2 = word(3);
        return Array.from({ length: TOWNS }, () => ({
          admin1,
          admin2,
          location: word(2 + Math.floor(rand() * 2)),
          latitude: (country.lat[0] + rand() * (country.lat[1] - country.lat[0])).toFixed(4),
          longitude: (country.lon[0] + rand() * (country.lon[1] - country.lon[0])).toFixed(4),
          precision: rand() < 0.8 ? '1' : rand() < 0.7 ? '2' : '3',
        }));
      }).flat();
    }).flat(),
  );
  // Actors by ACLED's inter code, per country: state forces, rebels, militias, rioters, protesters, civilians.
  const actors = COUNTRIES.map((country) => ({
    '1': [`Military Forces of ${country.name} (2003-)`, `Police Forces of ${country.name} (2003-)`],
    '2': Array.from({ length: 6 }, () => `${word(2)} ${pick(['Liberation Front', 'Rebel Group', 'Resistance Army', 'Popular Movement'])}`),
    '3': Array.from({ length: 5 }, () => `${word(2)} Militia`).concat([`Unidentified Armed Group (${country.name})`]),
    '4': Array.from({ length: 5 }, () => `${word(2)} Ethnic Militia (${country.name})`),
    '5': [`Rioters (${country.name})`],
    '6': [`Protesters (${country.name})`, ...Array.from({ length: 3 }, () => `${word(2)} Workers Union`)],
    '7': [`Civilians (${country.name})`],
  }));

  yield COLUMNS.join(',');
  const first = Date.UTC(2019, 0, 1);
  const days = 5 * 365;
  for (let n = 0; n < rows; n++) {
    const at = Math.floor(rand() * COUNTRIES.length);
    const country = COUNTRIES[at] as (typeof COUNTRIES)[number];
    const place = pick(places[at] as (typeof places)[number]);
    let roll = rand();
    const event = EVENTS.find((e) => (roll -= e.share) < 0) ?? EVENTS[0];
    const ofCountry = actors[at] as Record<string, string[]>;
    const actor1 = pick(ofCountry[event.inter[0]] as string[]);
    const actor2 = event.inter[1] ? pick(ofCountry[event.inter[1]] as string[]) : '';
    const assoc1 = event.type === 'Protests' && rand() < 0.2 ? `Students (${country.name})` : '';
    const day = new Date(first + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10);
    const fatalities = event.type === 'Protests' ? 0 : rand() < 0.5 ? 0 : rand() < 0.9 ? 1 + Math.floor(rand() * 10) : 10 + Math.floor(rand() * 200);
    const notes =
      `On ${day}, ${actor1} ${event.sub.toLowerCase()}${actor2 ? ` involving ${actor2}` : ''} in ${place.location} (${place.admin2}, ${place.admin1}). ` +
      `${fatalities ? `${fatalities} fatalities were reported.` : 'No fatalities were reported.'} ${SYNTHETIC}`;
    yield [
      `SYN${n + 1}`,
      day,
      day.slice(0, 4),
      '1',
      event.type === 'Protests' || event.type === 'Riots' ? 'Demonstrations' : 'Political violence',
      event.type,
      event.sub,
      actor1,
      assoc1,
      event.inter[0],
      actor2,
      '',
      event.inter[1],
      `${event.inter[0]}${event.inter[1]}`,
      event.inter[1] === '7' ? 'Civilian targeting' : '',
      '',
      'Synthetic',
      country.name,
      place.admin1,
      place.admin2,
      '',
      place.location,
      place.latitude,
      place.longitude,
      place.precision,
      SOURCE,
      'Other',
      notes,
      fatalities,
      '',
      String(Math.floor(Date.parse(day) / 1000)),
    ]
      .map(cell)
      .join(',');
  }
}

/** Writes a synthetic ACLED export of `rows` rows to `file`. */
export async function writeAcled(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  for (const line of acledCsv(rows)) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export interface DatasetImportMeasurement {
  rows: number;
  relationships: number;
  /** The import as the command reports it (both passes over the file), and the whole process. */
  seconds: number;
  processSeconds: number;
  /** The importer process's peak resident set (VmHWM), in MB. */
  peakMb: number;
  output: string;
}

/** Runs `npm run import -- --format acled <file>` as its own process against `connection`, sampling its memory. */
export async function measureDatasetImport(connection: Neo4jConnection, file: string, extraArgs: string[] = []): Promise<DatasetImportMeasurement> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/import.ts', '--format', 'acled', file, ...extraArgs], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  let peakMb = 0;
  // VmHWM only grows: its last reading before the process exits is its peak. An exiting process
  // has no memory lines left (NaN), a reaped one no /proc entry.
  const sample = () => {
    try {
      const mb = memoryOf(child.pid as number, 'VmHWM');
      if (Number.isFinite(mb)) peakMb = Math.max(peakMb, mb);
    } catch {
      // exited between two readings
    }
  };
  const timer = setInterval(sample, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  const processSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`npm run import -- --format acled ${file} exited ${code}:\n${output.slice(-3000)}`);
  const done = /imported (\d+) rows in ([\d.]+) s/.exec(output);
  const created = /relationships: (\d+) created/.exec(output);
  if (!done || !created || !peakMb) throw new Error(`the import's report or its memory was not read:\n${output.slice(-3000)}`);
  return { rows: Number(done[1]), relationships: Number(created[1]), seconds: Number(done[2]), processSeconds, peakMb, output };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1];
  const rows = Number(option('rows'));
  const out = option('out');
  if (!process.argv.includes('--rows') || !Number.isInteger(rows) || rows < 1 || !process.argv.includes('--out') || !out) {
    console.error('usage: npx tsx bench/datasets.ts --rows N --out FILE.csv');
    process.exit(2);
  }
  await writeAcled(out, rows);
  console.log(`${out}: ${rows} synthetic ACLED rows`);
}
