/**
 * UCDP's Georeferenced Event Dataset (GED) read row by row into a DatasetRow
 * (src/import/dataset.ts): one event between `side_a` and `side_b` from `date_start` to
 * `date_end`, at `where_coordinates` (how precise, from `where_prec`) in `adm_1` and `country`; its
 * deaths as UCDP's best estimate with the low and high ones in its words and note, and each side's
 * and the civilians' deaths as figures of their own; the source's headline (`source_headline`) as
 * the text every item is cited by, `source_office` as its publisher. Column meanings follow the
 * UCDP GED codebook.
 */
import { basename } from 'node:path';
import { slugify } from '../model/names.js';
import type { OrganizationType } from '../model/vocabulary.js';
import type { DatasetFigure, DatasetRow } from './dataset.js';
import { readDay, readers, type DatasetFormat } from './dataset-file.js';

const REQUIRED = [
  'id',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'type_of_violence',
  'date_start',
  'date_end',
  'where_coordinates',
  'latitude',
  'longitude',
  'country',
  'adm_1',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'low',
  'high',
  'source_article',
  'source_headline',
] as const;

const VIOLENCE: Record<string, string> = { '1': 'state-based conflict', '2': 'non-state conflict', '3': 'one-sided violence' };

/** UCDP's `where_prec` codes, for a place's coordinates note. */
const WHERE_PRECISION: Record<string, string> = {
  '1': 'the exact place',
  '2': 'an area within about 25 km of the place',
  '3': 'a second-order admin division (its centroid)',
  '4': 'a first-order admin division (its centroid)',
  '5': 'a part of a country, or a border area (a point in it)',
  '6': 'the country (its centroid)',
  '7': 'international waters or airspace',
};

function orgTypeOf(name: string): OrganizationType {
  if (/^government of\b/i.test(name)) return 'GOVERNMENT';
  if (/^civilians?\b/i.test(name)) return 'COLLECTIVE';
  return 'ARMED_GROUP';
}

export const UCDP_GED: DatasetFormat = {
  name: 'UCDP GED',
  required: REQUIRED,
  monitor: {
    name: 'Uppsala Conflict Data Program',
    alias: 'UCDP',
    description:
      'UCDP: Uppsala University’s program that records organized violence, with its Georeferenced Event Dataset (GED) of events and death estimates.',
  },
  read(record, at): DatasetRow | undefined {
    const r = readers(record, at);
    const id = r.required('id');
    const start = r.day('date_start');
    const end = r.day('date_end');
    const latitude = r.coordinate('latitude', 90);
    const longitude = r.coordinate('longitude', 180);
    const [best, low, high, deathsA, deathsB, civilians] = (['best', 'low', 'high', 'deaths_a', 'deaths_b', 'deaths_civilians'] as const).map((c) =>
      r.count(c),
    );
    r.count('deaths_unknown');
    const headline = r.required('source_headline');
    const where = r.required('where_coordinates');
    const country = r.required('country');
    const sideA = r.required('side_a');
    const sideB = r.required('side_b');
    if (start && end && end < start) at.problem('date_end', `${end} is before date_start ${start}`);
    if (best !== undefined && low !== undefined && high !== undefined && !(low <= best && best <= high))
      at.problem('best', `the best estimate ${best} is not between low ${low} and high ${high}`);
    const precision = r.text('where_prec');
    const counts = [best, low, high, deathsA, deathsB, civilians];
    if (
      !id ||
      !start ||
      !end ||
      end < start ||
      latitude === undefined ||
      longitude === undefined ||
      counts.includes(undefined) ||
      !headline ||
      !where ||
      !country ||
      !sideA ||
      !sideB
    )
      return undefined;
    if (!((low as number) <= (best as number) && (best as number) <= (high as number))) return undefined;

    const violence = VIOLENCE[r.text('type_of_violence')] ?? `type of violence ${r.text('type_of_violence') || 'not given'}`;
    const total: DatasetFigure = {
      figure: best as number,
      qualifier: low === high ? 'EXACT' : 'APPROXIMATE',
      figureText: low === high ? `${best} deaths` : `best estimate ${best} deaths (low ${low}, high ${high})`,
      unit: 'deaths',
      note: `UCDP GED’s best estimate of the deaths in the event (its \`best\` column); its low estimate is ${low} and its high ${high}.`,
    };
    const side = (figure: number, name: string, column: string): DatasetFigure => ({
      figure,
      qualifier: 'APPROXIMATE',
      figureText: `${figure} deaths of ${name}`,
      unit: 'fighters killed',
      whose: name,
      victims: 'MILITARY',
      note: `UCDP GED’s best estimate of the deaths on the side of ${name} (its \`${column}\` column).`,
    });
    const slug = slugify(id);
    const published = readDay(r.text('source_date'));
    const article = r.text('source_article');
    const admin1 = r.text('adm_1').replace(/\s+(?:province|region|marz|rayon|district)$/i, '');
    return {
      line: at.line,
      source: {
        id: `ucdp-ged-${slug}`,
        title: `UCDP GED event ${id}: ${r.text('dyad_name') || `${sideA} – ${sideB}`}, ${start}`,
        ...(r.text('source_office') ? { publisher: r.text('source_office') } : {}),
        ...(/^https?:\/\/\S+$/.test(article) ? { url: article } : {}),
        ...(published ? { published } : {}),
        note:
          `Row ${id} of the UCDP GED file ${basename(at.file)} (line ${at.line}); the text is the row's source_headline, verbatim. ` +
          `UCDP's source: ${article || 'not given'}.`,
        text: headline,
      },
      event: {
        id: `ucdp-ged-event-${slug}`,
        name: `${r.text('dyad_name') || `${sideA} – ${sideB}`}: ${where}, ${start === end ? start : `${start} to ${end}`}`,
        eventType: 'CLASH',
        start,
        end,
        description: `UCDP GED: ${violence} in the conflict “${r.text('conflict_name')}”.`,
      },
      actors: [
        { name: sideA, role: 'side A (UCDP)', orgType: orgTypeOf(sideA), description: 'A side of a conflict as UCDP codes it.' },
        { name: sideB, role: 'side B (UCDP)', orgType: orgTypeOf(sideB), description: 'A side of a conflict as UCDP codes it.' },
      ],
      place: {
        name: where,
        ...(admin1 ? { admin1 } : {}),
        country,
        regionType: precision === '1' ? 'CITY' : 'AREA',
        latitude,
        longitude,
        note: `UCDP GED's coordinates for ${where} (where_prec ${precision || 'not given'}: ${WHERE_PRECISION[precision] ?? 'precision not given'}).`,
      },
      figures: [
        total,
        side(deathsA as number, sideA, 'deaths_a'),
        side(deathsB as number, sideB, 'deaths_b'),
        {
          figure: civilians as number,
          qualifier: 'APPROXIMATE',
          figureText: `${civilians} civilian deaths`,
          unit: 'civilians killed',
          victims: 'CIVILIAN',
          note: 'UCDP GED’s best estimate of the civilians killed in the event (its `deaths_civilians` column).',
        },
      ],
    };
  },
};
