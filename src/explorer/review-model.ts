/**
 * What the review page's edit form needs to know about the import format, read from the format's
 * own schema (src/model/format.ts) and the domain model, so the form cannot drift from what an
 * edit is validated against: each relationship type's ends and own fields (allegation, figure,
 * qualifier, …), each entity kind's own fields, the confidences, and what each review choice
 * (corroborate, contest, replace) does, in the words the API documents. Served as /review/model.json.
 */
import { z } from 'zod';
import { entitySchema, relationshipSchema } from '../model/format.js';
import { SLUG } from '../model/names.js';
import { REVIEW_CHOICES } from '../model/statements.js';
import { CONFIDENCES, KIND_LABELS, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';

/** How a field is edited: a line of text, a number, one or several of a list, an entity id, or only as JSON. */
export type FieldInput = 'text' | 'number' | 'integer' | 'boolean' | 'choice' | 'choices' | 'entity' | 'json';

export interface FieldSpec {
  name: string;
  input: FieldInput;
  required: boolean;
  /** Whether null is a value of its own (a figure the source gives only in words). */
  nullable: boolean;
  values?: string[];
  /** What the format assumes when the field is left out. */
  default?: unknown;
  description?: string;
}

export interface ReviewModel {
  confidences: Record<string, string>;
  reviewChoices: Record<string, string>;
  relationshipTypes: Record<string, { phrase: string; description: string; from: readonly EntityKind[]; to: readonly EntityKind[]; fields: FieldSpec[] }>;
  entityKinds: Record<string, { label: string; fields: FieldSpec[] }>;
}

/** Fields every relationship or entity has: the form edits those by hand, or they are not the reviewer's. */
const RELATIONSHIP_COMMON = new Set(['id', 'type', 'from', 'to', 'confidence', 'time', 'note', 'citations', 'evidence', 'review']);
const ENTITY_COMMON = new Set(['id', 'kind', 'name', 'aliases', 'description', 'note', 'citations', 'evidence', 'review']);

interface JsonSchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  const?: string;
  default?: unknown;
}

function field(name: string, schema: JsonSchema, required: boolean): FieldSpec {
  const nonNull = schema.anyOf?.filter((s) => s.type !== 'null') ?? [schema];
  const nullable = Boolean(schema.anyOf?.some((s) => s.type === 'null'));
  const base = nonNull.length === 1 ? (nonNull[0] as JsonSchema) : {};
  const description = schema.description ?? base.description;
  const fallback = schema.default;
  const spec = (input: FieldInput, values?: string[]): FieldSpec => ({
    name,
    input,
    required,
    nullable,
    ...(values ? { values } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
    ...(description ? { description } : {}),
  });
  if (base.type === 'string' && base.enum) return spec('choice', base.enum);
  if (base.type === 'string') return spec(base.pattern === SLUG.source ? 'entity' : 'text');
  if (base.type === 'number' || base.type === 'integer' || base.type === 'boolean') return spec(base.type);
  if (base.type === 'array' && base.items?.enum) return spec('choices', base.items.enum);
  return spec('json');
}

/** The own fields of each member of a discriminated union, by its discriminator's value. */
function ownFields(schema: z.ZodType, discriminator: string, common: ReadonlySet<string>): Map<string, FieldSpec[]> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return new Map(
    (json.oneOf ?? []).map((option) => {
      const properties = option.properties ?? {};
      const required = new Set(option.required ?? []);
      const fields = Object.entries(properties)
        .filter(([name]) => !common.has(name))
        .map(([name, property]) => field(name, property, required.has(name)));
      return [String(properties[discriminator]?.const), fields];
    }),
  );
}

export function reviewModel(): ReviewModel {
  const relationshipFields = ownFields(relationshipSchema, 'type', RELATIONSHIP_COMMON);
  const entityFields = ownFields(entitySchema, 'kind', ENTITY_COMMON);
  return {
    confidences: { ...CONFIDENCES },
    reviewChoices: { ...REVIEW_CHOICES },
    relationshipTypes: Object.fromEntries(
      (Object.entries(RELATIONSHIP_TYPES) as [RelationshipType, (typeof RELATIONSHIP_TYPES)[RelationshipType]][]).map(([type, spec]) => [
        type,
        { phrase: spec.phrase, description: spec.description, from: spec.from, to: spec.to, fields: relationshipFields.get(type) ?? [] },
      ]),
    ),
    entityKinds: Object.fromEntries(
      (Object.entries(KIND_LABELS) as [EntityKind, string][]).map(([kind, label]) => [kind, { label, fields: entityFields.get(kind) ?? [] }]),
    ),
  };
}
