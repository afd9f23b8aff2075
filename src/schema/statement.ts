/**
 * Who says what: every entity and relationship lists each source's statement of it (`statements`),
 * the one it answers with first, so a client can show for every value which sources give it and
 * which say otherwise. The rule that picks the answer is in src/model/statements.ts.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { partialDateString, isoString } from '../graph/dates.js';
import type { EntityRecord, RelationshipRecord } from '../graph/records.js';
import { statementsAbout, type AboutKind, type StatementRecord } from '../graph/statements.js';
import { COMPARED_ENTITY_KEYS, comparedRelationshipKeys, sameValue } from '../model/statements.js';
import { builder, type Context } from './builder.js';
import { ConfidenceEnum } from './enums.js';
import { Entity } from './entity/ref.js';
import { Relationship } from './relationship/ref.js';
import { Citation, Source, loadCitations } from './source/types.js';

/** A stated value in words: a date as precise as the source gave it, a list joined, a number as written. */
export function valueText(key: string, values: Record<string, unknown>): string | null {
  const value = values[key];
  if (value === null || value === undefined) return null;
  if (/(From|To|Date)$/.test(key)) {
    const precision = values[key.replace(/Date$/, '') + 'Precision'] ?? values[`${key}Precision`];
    return partialDateString(value, precision ?? 'DAY');
  }
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** The values a statement can disagree on, without the precision keys (a date's text carries its precision). */
export const shownKeys = (keys: readonly string[]) => keys.filter((key) => !key.endsWith('Precision'));

interface ShownStatement extends StatementRecord {
  compared: readonly string[];
  answer: Record<string, unknown>;
}

const StatedValue = builder.objectRef<{ field: string; value: string; differs: boolean }>('StatedValue').implement({
  description: 'One value a source states, in words (a date as precise as the source gives it).',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field, as the item names it (`figure`, `validFrom`, `role`, …).' }),
    value: t.exposeString('value', { description: 'The value, in words.' }),
    differs: t.exposeBoolean('differs', { description: 'Whether it differs from the value the item answers with.' }),
  }),
});

export const Statement = builder.objectRef<ShownStatement>('Statement').implement({
  description:
    'One source’s statement of an entity or relationship: the values it gives. The item answers with the statement of ' +
    'the source that stated it first (unless an editor or reviewer replaced it); every other source keeps its own.',
  fields: (t) => ({
    source: t.field({ type: Source, description: 'The source that states it.', resolve: (s) => s.source }),
    answers: t.exposeBoolean('answers', { description: 'Whether the item answers with these values.' }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'How firmly the source states it (relationships).',
      resolve: (s) => (typeof s.values.confidence === 'string' ? (s.values.confidence as 'CLAIM') : null),
    }),
    values: t.field({
      type: [StatedValue],
      description: 'The values it states that sources can disagree on (confidence, dates, a figure, a role, …).',
      resolve: (s) =>
        shownKeys(s.compared).flatMap((field) => {
          const value = valueText(field, s.values);
          return value === null ? [] : [{ field, value, differs: !s.answers && value !== valueText(field, s.answer) }];
        }),
    }),
    differs: t.stringList({
      description: 'The fields on which it says something other than the item’s answer (empty for the answer itself).',
      resolve: (s) =>
        s.answers
          ? []
          : shownKeys(s.compared).filter((key) => {
              const value = s.values[key];
              return value !== null && value !== undefined && !sameValue(valueText(key, s.values), valueText(key, s.answer));
            }),
    }),
    citations: t.field({
      type: [Citation],
      description: 'Its citations of the item (the sentences of this source that state it).',
      resolve: async (s, _args, context) => (await loadCitations(context, s.about)).filter((c) => c.sourceId === s.source),
    }),
    recordedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was recorded.', resolve: (s) => isoString(s.recordedAt) }),
    recordedBy: t.exposeString('recordedBy', { nullable: true, description: 'Who recorded it (the importer, an editor).' }),
  }),
});

type Item = { id: string; kind: AboutKind; stored: Record<string, unknown>; compared: readonly string[] };

/** One loader per request: every item's statements in one query. */
const statementLoader = createContextCache(
  (context: Context) =>
    new DataLoader<Item, ShownStatement[], string>(
      async (items) => {
        const found = await statementsAbout(context.db, [...items]);
        return found.map((statements, index) => {
          const item = items[index] as Item;
          return statements.map((s) => ({ ...s, compared: item.compared, answer: item.stored }));
        });
      },
      { cacheKeyFn: (item) => `${item.kind}:${item.id}` },
    ),
);

builder.interfaceFields(Relationship, (t) => ({
  statements: t.field({
    type: [Statement],
    description: 'Each source’s statement of it: the one it answers with first, then every other source’s, as recorded.',
    resolve: (r: RelationshipRecord, _args, context) =>
      statementLoader(context).load({ id: r.id, kind: 'RELATIONSHIP', stored: r.properties, compared: comparedRelationshipKeys(r.type) }),
  }),
}));

builder.interfaceFields(Entity, (t) => ({
  statements: t.field({
    type: [Statement],
    description: 'Each source’s statement of it: the one it answers with first, then every other source’s, as recorded.',
    resolve: (e: EntityRecord, _args, context) =>
      statementLoader(context).load({ id: e.id, kind: 'ENTITY', stored: e.properties, compared: COMPARED_ENTITY_KEYS[e.kind] }),
  }),
}));
