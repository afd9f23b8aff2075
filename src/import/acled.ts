/**
 * ACLED's export (Armed Conflict Location & Event Data) read row by row into a DatasetRow
 * (src/import/dataset.ts): the event's type from `event_type`/`sub_event_type`, its day from
 * `event_date`, its actors from `actor1`, `assoc_actor_1`, `actor2`, `assoc_actor_2` (with the
 * types `inter1`/`inter2` give), its place from `location`, `admin1`, `country` and the
 * coordinates (how precise, from `geo_precision`), its fatalities as ACLED's estimate, and the
 * row's `notes` as the text every item is cited by. Column meanings follow ACLED's codebook.
 */
import { basename } from 'node:path';
import { slugify } from '../model/names.js';
import type { EventType, OrganizationType } from '../model/vocabulary.js';
import type { DatasetActor, DatasetRow } from './dataset.js';
import { readers, type DatasetFormat } from './dataset-file.js';

const REQUIRED = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

/** ACLED's event types as ours; "Strategic developments" other than agreements are incidents. */
function eventTypeOf(eventType: string, subEventType: string): EventType {
  const type = eventType.toLowerCase();
  if (type === 'protests') return 'PROTEST';
  if (type === 'riots') return 'PROTEST';
  if (type.startsWith('strategic')) return /agreement/i.test(subEventType) ? 'AGREEMENT' : 'INCIDENT';
  return 'CLASH';
}

/** ACLED's actor types (`inter1`/`inter2`: a code 1–8 or, in newer exports, its name). */
const INTER: Record<string, string> = {
  '1': 'State forces',
  '2': 'Rebel group',
  '3': 'Political militia',
  '4': 'Identity militia',
  '5': 'Rioters',
  '6': 'Protesters',
  '7': 'Civilians',
  '8': 'External/Other forces',
};

function orgTypeOf(name: string, inter: string): OrganizationType {
  const type = (INTER[inter] ?? inter).toLowerCase();
  if (/^government of\b/i.test(name)) return 'GOVERNMENT';
  if (/\b(?:military|police|armed) forces\b/i.test(name)) return 'ARMED_FORCE';
  if (type.startsWith('state')) return 'ARMED_FORCE';
  if (/rebel|militia/.test(type)) return 'ARMED_GROUP';
  if (/rioter|protester/.test(type)) return 'PROTEST_MOVEMENT';
  return 'COLLECTIVE';
}

/** ACLED's `geo_precision` codes, for a place's coordinates note. */
const GEO_PRECISION: Record<string, string> = {
  '1': 'the town itself',
  '2': 'a place near the town, or part of the area (the coordinates are the town’s)',
  '3': 'a larger region (the coordinates are of its capital or centre)',
};

/** Several associated actors share one cell, separated by semicolons. */
const split = (cell: string) =>
  cell
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);

export const ACLED: DatasetFormat = {
  name: 'ACLED export',
  required: REQUIRED,
  monitor: {
    name: 'Armed Conflict Location & Event Data',
    alias: 'ACLED',
    description: 'ACLED: a project that codes political violence and protest events from news and local sources, with actors, places and fatality estimates.',
  },
  read(record, at): DatasetRow | undefined {
    const r = readers(record, at);
    const id = r.required('event_id_cnty');
    const day = r.day('event_date');
    const latitude = r.coordinate('latitude', 90);
    const longitude = r.coordinate('longitude', 180);
    const fatalities = r.count('fatalities');
    const notes = r.required('notes');
    const location = r.required('location');
    const country = r.required('country');
    const actor1 = r.required('actor1');
    const precision = r.text('geo_precision');
    if (!GEO_PRECISION[precision]) at.problem('geo_precision', `“${precision}” is not one of ACLED’s codes 1, 2, 3`);
    if (
      !id ||
      !day ||
      latitude === undefined ||
      longitude === undefined ||
      fatalities === undefined ||
      !notes ||
      !location ||
      !country ||
      !actor1 ||
      !GEO_PRECISION[precision]
    )
      return undefined;

    const eventType = r.text('event_type');
    const subEventType = r.text('sub_event_type') || eventType;
    const actors: DatasetActor[] = [];
    const actor = (name: string, role: string, inter: string) =>
      actors.push({ name, role, orgType: orgTypeOf(name, inter), description: `An actor as ACLED codes it (${INTER[inter] ?? (inter || 'type not given')}).` });
    actor(actor1, 'actor 1 (ACLED)', r.text('inter1'));
    for (const name of split(r.text('assoc_actor_1'))) actor(name, 'associated with actor 1 (ACLED)', r.text('inter1'));
    if (r.text('actor2')) actor(r.text('actor2'), 'actor 2 (ACLED)', r.text('inter2'));
    for (const name of split(r.text('assoc_actor_2'))) actor(name, 'associated with actor 2 (ACLED)', r.text('inter2'));

    const admin1 = r.text('admin1');
    const slug = slugify(id);
    return {
      line: at.line,
      source: {
        id: `acled-${slug}`,
        title: `ACLED event ${id}: ${subEventType} in ${location}, ${day}`,
        ...(r.text('source') ? { publisher: r.text('source') } : {}),
        published: day,
        note:
          `Row ${id} of the ACLED export ${basename(at.file)} (line ${at.line}); the text is the row's notes, verbatim. ` +
          `ACLED's sources: ${r.text('source') || 'not given'}${r.text('source_scale') ? ` (scale: ${r.text('source_scale')})` : ''}.`,
        text: notes,
      },
      event: {
        id: `acled-event-${slug}`,
        name: `${subEventType} in ${location}, ${day}`,
        eventType: eventTypeOf(eventType, subEventType),
        start: day,
        end: day,
        description: `ACLED: ${eventType} / ${subEventType}${r.text('tags') ? ` (${r.text('tags')})` : ''}.`,
      },
      actors,
      place: {
        name: location,
        ...(admin1 ? { admin1 } : {}),
        country,
        regionType: precision === '1' ? 'CITY' : 'AREA',
        latitude,
        longitude,
        note: `ACLED's coordinates for ${location} (geo_precision ${precision}: ${GEO_PRECISION[precision]}).`,
      },
      figures: [
        {
          figure: fatalities,
          qualifier: 'APPROXIMATE',
          figureText: `${fatalities} fatalities`,
          unit: 'fatalities',
          note: 'ACLED’s fatality estimate for the event (its `fatalities` column): an estimate the dataset revises, not a count.',
        },
      ],
    };
  },
};
