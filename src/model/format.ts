/**
 * The import format, `conflict-graph/v1`: one JSON document holding the sources of a report, the
 * entities it names and the relationships it states, each with the verbatim sentences that state
 * them. The README documents it; the CLI importer, the seed and (later) the importDocument mutation
 * all read it through this schema.
 */
import { z } from 'zod';
import { SLUG } from './names.js';
import {
  CONFIDENCES,
  ENTITY_KINDS,
  FIGURE_QUALIFIERS,
  RELATIONSHIP_TYPE_NAMES,
  VALUE_SETS,
  type ENTITY_KIND_SPECS,
  type EntityKind,
  type KindPropertySpec,
  type KindPropertyValue,
  type PropertySpec,
  type PropertyValue,
  type RELATIONSHIP_TYPES,
  type RelationshipType,
  type ValueSetName,
} from './vocabulary.js';
import { kindPropertiesOf } from './kind-properties.js';
import { propertiesOf } from './properties.js';
import { REVIEW_CHOICES } from './statements.js';

const keysOf = <T extends Record<string, unknown>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

const slug = z.string().regex(SLUG, 'a slug: lowercase letters, digits and single hyphens, e.g. "armenia"');
const text = z.string().trim().min(1, 'must not be empty');

/** A date known to the year, month or day: "2020", "2020-11", "2022-09-14". */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = z.string().regex(PARTIAL_DATE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD').refine(isRealDate, 'not a real calendar date');
/** A partial date, or a date and time with its UTC offset: "2022-09-14T20:00:00+04:00". */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;
const dateOrDateTime = z
  .string()
  .refine(
    (value) => (PARTIAL_DATE.test(value) && isRealDate(value)) || DATE_TIME.test(value),
    'a real date as YYYY, YYYY-MM or YYYY-MM-DD, or a date-time with its offset (2022-09-14T20:00:00+04:00)',
  );

/** A whole calendar day, `YYYY-MM-DD`, that exists (not 2022-02-30). */
export const isCalendarDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && PARTIAL_DATE.test(value) && isRealDate(value);

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day));
  return date.getUTCMonth() === (month as number) - 1;
}

export const timeSpanSchema = z
  .object({
    from: partialDate.optional().describe('When it began to hold; absent when the source does not say.'),
    to: partialDate.optional().describe('When it stopped holding; absent when open-ended.'),
    note: text.optional().describe('How the dates were worked out, e.g. "Wednesday" resolved to a date.'),
  })
  .strict();

export const citationSchema = z
  .object({
    source: slug.optional().describe('The source id; may be left out when the document has one source.'),
    quote: text.describe('The sentence that states the fact, verbatim from the source text.'),
    assertedBy: slug.optional().describe('The entity the source quotes; absent when the source states it itself.'),
    via: slug.optional().describe('An agency the source relays it through, e.g. "afp".'),
    note: text.optional(),
  })
  .strict();

/** A place's point, for maps: WGS84 decimal degrees, and why they are right. */
export const coordinatesSchema = z
  .object({
    latitude: z.number().min(-90, 'a latitude from -90 to 90').max(90, 'a latitude from -90 to 90').describe('Degrees north (negative: south), WGS84.'),
    longitude: z.number().min(-180, 'a longitude from -180 to 180').max(180, 'a longitude from -180 to 180').describe('Degrees east (negative: west), WGS84.'),
    note: text.describe('Why these coordinates, e.g. "GeoNames 616052: Yerevan, AM, population 1,093,485".'),
  })
  .strict();

const citations = z.array(citationSchema).min(1, 'at least one citation (source + verbatim quote) is required');

/** Where a review stands on a drafted item; only ACCEPTED and EDITED items are imported. */
export const REVIEW_STATES = {
  PROPOSED: 'Drafted by the extractor; nobody has looked at it yet.',
  ACCEPTED: 'A reviewer accepted it as drafted.',
  REJECTED: 'A reviewer rejected it; it is kept in the draft but never imported.',
  EDITED: 'A reviewer changed it and accepted the result.',
} as const;
export type ReviewState = keyof typeof REVIEW_STATES;
/** Review states whose items an import writes. */
export const IMPORTED_REVIEW_STATES: readonly ReviewState[] = ['ACCEPTED', 'EDITED'];

const offset = z.number().int().nonnegative();
/** A span of the source text, in UTF-16 code units (JavaScript string offsets). */
const spanSchema = z
  .object({ start: offset, end: offset })
  .strict()
  .refine((span) => span.end >= span.start, 'end must not be before start');

/** Why the extractor proposed an item: where in the text, which rule, how sure. */
export const evidenceSchema = z
  .object({
    source: slug.optional().describe('The source the offsets refer to; the only one when left out.'),
    sentence: spanSchema.describe('The sentence that states it.'),
    mentions: z
      .array(
        z
          .object({
            start: offset,
            end: offset,
            text: z.string().min(1),
            entity: slug.optional().describe('The entity the words name, in the draft or in the graph.'),
          })
          .strict(),
      )
      .default([])
      .describe('The words that name it (an entity) or its ends (a relationship).'),
    rule: text.describe('The extraction rule that fired, e.g. "accuses/active".'),
    score: z.number().min(0).max(1).describe('How sure the rule is, from 0 to 1.'),
  })
  .strict();

export const reviewSchema = z
  .object({
    state: z.enum(keysOf(REVIEW_STATES)),
    by: text.optional().describe('Who last set the state.'),
    at: z.iso.datetime({ offset: true }).optional().describe('When the state was last set.'),
    note: text.optional(),
    match: slug.optional().describe('The item already in the graph that the drafted one states again (its id is that item’s), as matched when drafted.'),
    choice: z
      .enum(keysOf(REVIEW_CHOICES))
      .optional()
      .describe('For an item the graph holds: corroborate, contest or replace. Left out: corroborate when the values agree, else contest.'),
  })
  .strict();

/** What a drafted item carries beside its data; absent on hand-written documents. */
const drafted = {
  evidence: z.array(evidenceSchema).optional(),
  review: reviewSchema.optional(),
};

export const sourceSchema = z
  .object({
    id: slug,
    title: text,
    publisher: text.nullable().optional(),
    url: z.url().nullable().optional(),
    published: timeSpanSchema.optional(),
    language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"'),
    originalLanguage: z
      .string()
      .regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "pl"')
      .optional(),
    note: text.optional(),
    text: z.string().min(1).optional().describe('The full text; quotes are checked against it.'),
    textFile: z.string().min(1).optional().describe('A file holding the text, relative to the document (CLI only).'),
  })
  .strict();

const entityBase = {
  id: slug,
  name: text,
  aliases: z.array(text).default([]),
  description: text.optional(),
  note: text.optional().describe('Curation notes: corrected translation slips, vague wording.'),
  citations,
  ...drafted,
};

/** A death toll an event's source gives on its own authority. */
const deathTollSchema = z
  .object({
    figure: z.number().int().nonnegative(),
    qualifier: z.enum(keysOf(FIGURE_QUALIFIERS)),
    text: text.describe('The words of the source that give the figure; must occur in a citation quote.'),
  })
  .strict();

type EnumSchema<S extends ValueSetName> = z.ZodEnum<{ [K in keyof (typeof VALUE_SETS)[S] & string]: K }>;

/** The zod schema of an entity kind's property, as the vocabulary declares it. */
type KindValueSchema<V extends KindPropertyValue> = V extends { type: 'text' }
  ? typeof text
  : V extends { type: 'boolean' }
    ? z.ZodBoolean
    : V extends { type: 'number' }
      ? z.ZodNumber
      : V extends { type: 'enum'; of: infer S extends ValueSetName }
        ? EnumSchema<S>
        : V extends { type: 'span' }
          ? typeof timeSpanSchema
          : V extends { type: 'moment' }
            ? typeof dateOrDateTime
            : V extends { type: 'point' }
              ? typeof coordinatesSchema
              : V extends { type: 'toll' }
                ? typeof deathTollSchema
                : never;
type KindPropertySchema<P> = P extends KindPropertySpec
  ? P extends { required: true }
    ? KindValueSchema<P['value']>
    : z.ZodOptional<KindValueSchema<P['value']>>
  : never;
type KindProperties<K extends EntityKind> = (typeof ENTITY_KIND_SPECS)[K]['properties'];
type KindShape<K extends EntityKind> = { [N in keyof KindProperties<K>]: KindPropertySchema<KindProperties<K>[N]> };

function kindValueSchema(value: KindPropertyValue): z.ZodType {
  switch (value.type) {
    case 'text':
      return value.pattern ? z.string().regex(value.pattern, value.says) : text;
    case 'boolean':
      return z.boolean();
    case 'number':
      return value.integer ? z.number().int() : z.number();
    case 'enum':
      return z.enum(keysOf(VALUE_SETS[value.of]));
    case 'span':
      return timeSpanSchema;
    case 'moment':
      return dateOrDateTime;
    case 'point':
      return coordinatesSchema;
    case 'toll':
      return deathTollSchema;
  }
}

/** A kind's own properties as the format reads them, from the vocabulary. */
function kindShape<K extends EntityKind>(kind: K): KindShape<K> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(kindPropertiesOf(kind))) {
    const left = spec.default === undefined ? '' : ` Left out: ${String(spec.default)}.`;
    const value = kindValueSchema(spec.value).describe(`${spec.description}${left}`);
    shape[name] = spec.required ? value : value.optional();
  }
  return shape as KindShape<K>;
}

const kindSchema = <K extends EntityKind>(kind: K) => z.object({ ...entityBase, kind: z.literal(kind), ...kindShape(kind) }).strict();

type EntitySchemas = { [K in EntityKind]: ReturnType<typeof kindSchema<K>> };
const entitySchemas = ENTITY_KINDS.map((kind) => kindSchema(kind)) as EntitySchemas[EntityKind][];

export const entitySchema = z.discriminatedUnion('kind', entitySchemas as [EntitySchemas[EntityKind], ...EntitySchemas[EntityKind][]]);

const relationshipBase = {
  id: slug,
  from: slug,
  to: slug,
  confidence: z.enum(keysOf(CONFIDENCES)),
  time: timeSpanSchema.optional(),
  note: text.optional(),
  citations,
  ...drafted,
};

/** The zod schema of a property's value, as the vocabulary declares it. */
type ValueSchema<V extends PropertyValue> = V extends { type: 'text' }
  ? typeof text
  : V extends { type: 'entity' }
    ? typeof slug
    : V extends { type: 'number'; nullable: true }
      ? z.ZodNullable<z.ZodNumber>
      : V extends { type: 'number' }
        ? z.ZodNumber
        : V extends { type: 'enum'; of: infer S extends ValueSetName; list: true }
          ? z.ZodArray<EnumSchema<S>>
          : V extends { type: 'enum'; of: infer S extends ValueSetName }
            ? EnumSchema<S>
            : never;
type PropertySchema<P> = P extends PropertySpec ? (P extends { required: true } ? ValueSchema<P['value']> : z.ZodOptional<ValueSchema<P['value']>>) : never;
type OwnProperties<T extends RelationshipType> = (typeof RELATIONSHIP_TYPES)[T] extends { properties: infer P extends Record<string, PropertySpec> }
  ? P
  : Record<never, PropertySpec>;
type OwnShape<T extends RelationshipType> = { [K in keyof OwnProperties<T>]: PropertySchema<OwnProperties<T>[K]> };

function valueSchema(value: PropertyValue): z.ZodType {
  switch (value.type) {
    case 'text':
      return text;
    case 'entity':
      return slug;
    case 'number': {
      const number = value.integer ? z.number().int() : z.number();
      const bounded = value.min === 'positive' ? number.positive() : number.nonnegative();
      return value.nullable ? bounded.nullable() : bounded;
    }
    case 'enum': {
      const values = z.enum(keysOf(VALUE_SETS[value.of]));
      return value.list ? z.array(values) : values;
    }
  }
}

/** A type's own properties as the format reads them, from the vocabulary. */
function ownShape<T extends RelationshipType>(type: T): OwnShape<T> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(propertiesOf(type))) {
    const value = valueSchema(spec.value).describe(spec.description);
    shape[name] = spec.required ? value : value.optional();
  }
  return shape as OwnShape<T>;
}

const rel = <T extends RelationshipType>(type: T) => z.object({ ...relationshipBase, type: z.literal(type), ...ownShape(type) }).strict();

type RelationshipSchemas = { [T in RelationshipType]: ReturnType<typeof rel<T>> };
const relationshipSchemas = RELATIONSHIP_TYPE_NAMES.map((type) => rel(type)) as RelationshipSchemas[RelationshipType][];

export const relationshipSchema = z.discriminatedUnion(
  'type',
  relationshipSchemas as [RelationshipSchemas[RelationshipType], ...RelationshipSchemas[RelationshipType][]],
);

export const FORMAT = 'conflict-graph/v1';

/** Set on a document drafted from a report's text (src/extract/): what drafted it, from what. */
export const draftInfoSchema = z
  .object({
    id: z.string().min(1).optional().describe('The stored draft it was saved from, if any.'),
    extractor: text.describe('The extractor and its version, e.g. "conflict-graph/extract 1".'),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: text.optional(),
    resolvedAgainstGraph: z.boolean().describe('Whether names were matched against the entities in the graph.'),
    note: text.optional(),
  })
  .strict();

export const documentSchema = z
  .object({
    format: z.literal(FORMAT),
    draft: draftInfoSchema.optional(),
    sources: z.array(sourceSchema).default([]),
    entities: z.array(entitySchema).default([]),
    relationships: z.array(relationshipSchema).default([]),
  })
  .strict();

export type ImportDocument = z.infer<typeof documentSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type RelationshipInput = z.infer<typeof relationshipSchema>;
export type CitationInput = z.infer<typeof citationSchema>;
export type TimeSpanInput = z.infer<typeof timeSpanSchema>;
export type CoordinatesInput = z.infer<typeof coordinatesSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type ReviewInput = z.infer<typeof reviewSchema>;
export type DraftInfo = z.infer<typeof draftInfoSchema>;
