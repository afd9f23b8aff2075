/**
 * The Draft type: a report drafted into proposed entities and relationships, each with the
 * sentence and rule behind it and where its review stands, for the review page and any client.
 * Ends of relationships may be drafted entities or entities already in the graph.
 */
import { DRAFT_STATUSES, draftEvents, type DraftEventRecord, type DraftRecord } from '../../graph/drafts.js';
import type { EvidenceInput, EntityInput, ImportDocument, RelationshipInput } from '../../model/format.js';
import { REVIEW_STATES } from '../../model/format.js';
import { shapeDocument } from '../../model/parse.js';
import { builder, type Types } from '../builder.js';
import { Entity } from '../entity/ref.js';
import { ConfidenceEnum, EntityKindEnum, RelationshipTypeEnum, ReviewChoiceEnum } from '../enums.js';
import { Relationship } from '../relationship/ref.js';
import { relationshipProps } from '../../graph/stored.js';
import { comparedRelationshipKeys, differences } from '../../model/statements.js';
import type { RelationshipRecord } from '../../graph/records.js';
import { shownKeys, valueText } from '../statement.js';

/** A stored draft with its document parsed once. */
export interface DraftView {
  record: DraftRecord;
  document: ImportDocument;
}

export function draftView(record: DraftRecord): DraftView {
  return { record, document: shapeDocument(JSON.parse(record.document), undefined, 'draft') };
}

type Item = EntityInput | RelationshipInput;
/** An end of a drafted relationship, a citation's asserter or agency: a drafted entity or one in the graph. */
interface End {
  id: string;
  drafted: EntityInput | undefined;
}
const endOf = (view: DraftView, id: string): End => ({ id, drafted: view.document.entities.find((e) => e.id === id) });

export const ReviewStateEnum = builder.enumType('ReviewState', {
  description: 'Where the review of a drafted item stands. Only ACCEPTED and EDITED items are imported.',
  values: Object.fromEntries(Object.entries(REVIEW_STATES).map(([value, description]) => [value, { description }])) as Record<
    keyof typeof REVIEW_STATES,
    { description: string }
  >,
});

export const DraftStatusEnum = builder.enumType('DraftStatus', {
  description: 'Where a draft stands as a whole.',
  values: Object.fromEntries(Object.entries(DRAFT_STATUSES).map(([value, description]) => [value, { description }])) as Record<
    keyof typeof DRAFT_STATUSES,
    { description: string }
  >,
});

const Span = builder.objectRef<{ start: number; end: number; text: string; entity?: string }>('TextSpan').implement({
  description: 'A stretch of the report’s text, by offsets in JavaScript string units (UTF-16).',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Where it starts.' }),
    end: t.exposeInt('end', { description: 'Where it ends (exclusive).' }),
    text: t.exposeString('text', { description: 'The words.' }),
    entity: t.exposeString('entity', { nullable: true, description: 'The id of the entity the words name, when they name one.' }),
  }),
});

const Evidence = builder.objectRef<EvidenceInput & { sentenceText: string }>('DraftEvidence').implement({
  description: 'Why the extractor proposed an item.',
  fields: (t) => ({
    sentence: t.field({
      type: Span,
      description: 'The sentence that states it.',
      resolve: (e) => ({ start: e.sentence.start, end: e.sentence.end, text: e.sentenceText }),
    }),
    mentions: t.field({ type: [Span], description: 'The words that name it or its ends.', resolve: (e) => e.mentions }),
    rule: t.exposeString('rule', { description: 'The extraction rule that fired.' }),
    score: t.exposeFloat('score', { description: 'How sure the rule is, from 0 to 1.' }),
  }),
});

const DraftEnd = builder.objectRef<End>('DraftEnd').implement({
  description: 'An entity a drafted item refers to: drafted in this report, or already in the graph.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Its slug.' }),
    drafted: t.boolean({ description: 'Whether it is proposed by this draft (else it is already in the graph).', resolve: (e) => Boolean(e.drafted) }),
    name: t.string({ nullable: true, description: 'Its name, when drafted here (else read `entity`).', resolve: (e) => e.drafted?.name ?? null }),
    kind: t.field({ type: EntityKindEnum, nullable: true, description: 'Its kind, when drafted here.', resolve: (e) => e.drafted?.kind ?? null }),
    entity: t.field({ type: Entity, nullable: true, description: 'The entity in the graph, when it is one.', resolve: (e) => (e.drafted ? null : e.id) }),
  }),
});

type Drafted<T extends Item> = { view: DraftView; item: T };

function itemFields<T extends Item>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Drafted<T>>) {
  return {
    id: t.string({ description: 'The item’s id (a slug).', resolve: ({ item }) => item.id }),
    state: t.field({ type: ReviewStateEnum, description: 'Where its review stands.', resolve: ({ item }) => item.review?.state ?? 'PROPOSED' }),
    reviewedBy: t.string({ nullable: true, description: 'Who last set its state.', resolve: ({ item }) => item.review?.by ?? null }),
    reviewNote: t.string({ nullable: true, description: 'The reviewer’s note.', resolve: ({ item }) => item.review?.note ?? null }),
    evidence: t.field({
      type: [Evidence],
      description: 'Where in the report, by which rule, how sure.',
      resolve: ({ view, item }) => {
        const text = view.document.sources[0]?.text ?? '';
        return (item.evidence ?? []).map((e) => ({ ...e, sentenceText: text.slice(e.sentence.start, e.sentence.end) }));
      },
    }),
    quotes: t.stringList({ description: 'The quotes its citations give.', resolve: ({ item }) => item.citations.map((c) => c.quote) }),
    json: t.string({
      description: 'The item in the import format (JSON), as `editDraftItem` takes it back.',
      resolve: ({ item }) => {
        const { evidence: _evidence, review: _review, ...rest } = item;
        return JSON.stringify(rest, null, 2);
      },
    }),
  };
}

const DraftEntity = builder.objectRef<Drafted<EntityInput>>('DraftEntity').implement({
  description: 'An entity the report names that the graph does not have yet, as proposed.',
  fields: (t) => ({
    ...itemFields(t),
    kind: t.field({ type: EntityKindEnum, description: 'Its kind.', resolve: ({ item }) => item.kind }),
    name: t.string({ description: 'Its name.', resolve: ({ item }) => item.name }),
    aliases: t.stringList({ description: 'Other names the report uses.', resolve: ({ item }) => item.aliases }),
    description: t.string({ nullable: true, description: 'A short description.', resolve: ({ item }) => item.description ?? null }),
    linkedTo: t.field({
      type: Entity,
      nullable: true,
      description: 'The entity in the graph a reviewer linked it to: an import adds its names to that entity’s aliases.',
      resolve: ({ item }) => item.review?.match ?? null,
    }),
  }),
});

const DraftCitation = builder.objectRef<{ view: DraftView; quote: string; assertedBy?: string; via?: string; note?: string }>('DraftCitation').implement({
  description: 'A citation of a drafted relationship: the quote, and on whose word.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The sentence, verbatim.' }),
    assertedBy: t.field({
      type: DraftEnd,
      nullable: true,
      description: 'Who the report quotes, if anyone.',
      resolve: (c) => (c.assertedBy ? endOf(c.view, c.assertedBy) : null),
    }),
    via: t.field({
      type: DraftEnd,
      nullable: true,
      description: 'The agency it is relayed through, if any.',
      resolve: (c) => (c.via ? endOf(c.view, c.via) : null),
    }),
    note: t.string({ nullable: true, description: 'A note on the citation.', resolve: (c) => c.note ?? null }),
  }),
});

const COMMON_RELATIONSHIP_KEYS = new Set(['id', 'type', 'from', 'to', 'confidence', 'time', 'note', 'citations', 'evidence', 'review']);

const DraftRelationship = builder.objectRef<Drafted<RelationshipInput>>('DraftRelationship').implement({
  description: 'A relationship the report states, as proposed: who, what, whom, when, how sure, on whose word.',
  fields: (t) => ({
    ...itemFields(t),
    type: t.field({ type: RelationshipTypeEnum, description: 'The relationship type.', resolve: ({ item }) => item.type }),
    from: t.field({ type: DraftEnd, description: 'Its source end.', resolve: ({ view, item }) => endOf(view, item.from) }),
    to: t.field({ type: DraftEnd, description: 'Its target end.', resolve: ({ view, item }) => endOf(view, item.to) }),
    confidence: t.field({ type: ConfidenceEnum, description: 'How far the report stands behind it.', resolve: ({ item }) => item.confidence }),
    validFrom: t.string({ nullable: true, description: 'When it began to hold (a partial date).', resolve: ({ item }) => item.time?.from ?? null }),
    validTo: t.string({ nullable: true, description: 'When it stopped holding (a partial date).', resolve: ({ item }) => item.time?.to ?? null }),
    timeNote: t.string({ nullable: true, description: 'How the dates were worked out.', resolve: ({ item }) => item.time?.note ?? null }),
    note: t.string({ nullable: true, description: 'A note: vague wording, what was inferred.', resolve: ({ item }) => item.note ?? null }),
    details: t.string({
      description: 'Its type’s own fields (what is alleged, a figure, an area, …) as JSON.',
      resolve: ({ item }) => JSON.stringify(Object.fromEntries(Object.entries(item).filter(([key]) => !COMMON_RELATIONSHIP_KEYS.has(key)))),
    }),
    citations: t.field({
      type: [DraftCitation],
      description: 'Its citations.',
      resolve: ({ view, item }) => item.citations.map((c) => ({ view, ...c })),
    }),
    inGraph: t.field({
      type: Relationship,
      nullable: true,
      description:
        'The relationship the graph already holds that this one states again (the same type, ends and identifying values), ' +
        'with what it says and on whose word (`statements`); null when it is new. Null too when it was retracted or merged ' +
        'since the draft was made: then importing it is refused (MATCH_GONE).',
      resolve: async ({ item }, _args, context) => {
        if (!item.review?.match) return null;
        const found = (await Relationship.getDataloader(context)
          .load(item.review.match)
          .catch(() => null)) as RelationshipRecord | null;
        return found && !found.properties.retractedAt ? found : null;
      },
    }),
    differsFromGraph: t.stringList({
      description: 'The fields on which it says something other than the graph’s relationship (confidence, dates, a figure, a role); empty when new.',
      resolve: async ({ item }, _args, context) => differing(item, await matchOf(item, context)),
    }),
    choice: t.field({
      type: ReviewChoiceEnum,
      nullable: true,
      description: 'What the reviewer chose for it, when the graph already holds it.',
      resolve: ({ item }) => item.review?.choice ?? null,
    }),
    suggestedChoice: t.field({
      type: ReviewChoiceEnum,
      nullable: true,
      description: 'When the graph already holds it: CORROBORATE when it says the same, CONTEST when it says otherwise (what an import does without a choice).',
      resolve: async ({ item }, _args, context) => {
        const match = await matchOf(item, context);
        if (!match) return null;
        return differing(item, match).length ? 'CONTEST' : 'CORROBORATE';
      },
    }),
  }),
});

async function matchOf(item: RelationshipInput, context: Types['Context']): Promise<RelationshipRecord | null> {
  if (!item.review?.match) return null;
  return (
    ((await Relationship.getDataloader(context)
      .load(item.review.match)
      .catch(() => null)) as RelationshipRecord | null) ?? null
  );
}

/** The compared fields on which a drafted relationship's values differ from the graph's answer. */
function differing(item: RelationshipInput, match: RelationshipRecord | null): string[] {
  if (!match) return [];
  const stated = relationshipProps(item);
  const shown = (values: Record<string, unknown>) =>
    Object.fromEntries(shownKeys(comparedRelationshipKeys(item.type)).map((key) => [key, valueText(key, values)]));
  return differences(shownKeys(comparedRelationshipKeys(item.type)), shown(match.properties), shown(stated));
}

const DraftEvent = builder.objectRef<DraftEventRecord>('DraftEvent').implement({
  description: 'One change to a draft: nothing a reviewer does is lost.',
  fields: (t) => ({
    revision: t.exposeInt('revision', { description: 'The draft’s revision after the change.' }),
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (e) => e.at }),
    by: t.exposeString('by', { description: 'Who.' }),
    action: t.exposeString('action', {
      description: 'DRAFTED, ACCEPTED, REJECTED, PROPOSED, EDITED, ADDED, LINKED, CORROBORATE, CONTEST, REPLACE, IMPORTED or DISCARDED.',
    }),
    items: t.exposeStringList('items', { description: 'The items it touched.' }),
    note: t.exposeString('note', { nullable: true, description: 'The reviewer’s note.' }),
    before: t.exposeString('before', { nullable: true, description: 'The touched items as they were before, as JSON.' }),
  }),
});

const DraftCounts = builder.objectRef<ImportDocument>('DraftCounts').implement({
  description: 'How many items stand where in review.',
  fields: (t) => {
    const count = (state: keyof typeof REVIEW_STATES) => (document: ImportDocument) =>
      [...document.entities, ...document.relationships].filter((item) => (item.review?.state ?? 'PROPOSED') === state).length;
    return {
      proposed: t.int({ description: 'Not reviewed yet.', resolve: count('PROPOSED') }),
      accepted: t.int({ description: 'Accepted as drafted.', resolve: count('ACCEPTED') }),
      edited: t.int({ description: 'Corrected and accepted.', resolve: count('EDITED') }),
      rejected: t.int({ description: 'Rejected.', resolve: count('REJECTED') }),
    };
  },
});

export const Draft = builder.objectRef<DraftView>('Draft').implement({
  description: 'A report drafted into proposed entities and relationships, under review. Kept in the graph with its history.',
  fields: (t) => ({
    id: t.string({ description: 'The draft’s id.', resolve: ({ record }) => record.id }),
    title: t.string({ description: 'The report’s title.', resolve: ({ record }) => record.title }),
    status: t.field({ type: DraftStatusEnum, description: 'Where the draft stands.', resolve: ({ record }) => record.status }),
    revision: t.int({
      description: 'Raised by every change; pass it back to refuse a change over a colleague’s newer one.',
      resolve: ({ record }) => record.revision,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was drafted.', resolve: ({ record }) => record.createdAt }),
    createdBy: t.string({ description: 'Who drafted it.', resolve: ({ record }) => record.createdBy }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: ({ record }) => record.updatedAt }),
    updatedBy: t.string({ description: 'Who changed it last.', resolve: ({ record }) => record.updatedBy }),
    importedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its accepted items were imported.',
      resolve: ({ record }) => record.importedAt,
    }),
    importedBy: t.string({ nullable: true, description: 'Who imported them.', resolve: ({ record }) => record.importedBy }),
    resolvedAgainstGraph: t.boolean({
      description: 'Whether names were matched against the entities in the graph when it was drafted.',
      resolve: ({ document }) => document.draft?.resolvedAgainstGraph ?? false,
    }),
    sourceId: t.string({ description: 'The id the report will have as a source.', resolve: ({ document }) => document.sources[0]?.id ?? '' }),
    publisher: t.string({ nullable: true, description: 'Who published the report.', resolve: ({ document }) => document.sources[0]?.publisher ?? null }),
    url: t.string({ nullable: true, description: 'Where it was published.', resolve: ({ document }) => document.sources[0]?.url ?? null }),
    published: t.string({
      nullable: true,
      description: 'When it was published (a partial date).',
      resolve: ({ document }) => document.sources[0]?.published?.from ?? null,
    }),
    text: t.string({ description: 'The report’s full text: evidence offsets point into it.', resolve: ({ document }) => document.sources[0]?.text ?? '' }),
    entities: t.field({
      type: [DraftEntity],
      description: 'The new entities it proposes.',
      resolve: (view) => view.document.entities.map((item) => ({ view, item })),
    }),
    relationships: t.field({
      type: [DraftRelationship],
      description: 'The relationships it proposes.',
      resolve: (view) => view.document.relationships.map((item) => ({ view, item })),
    }),
    mentions: t.field({
      type: [Span],
      description: 'Every stretch of text that names an entity, in text order, for highlighting.',
      resolve: ({ document }) => {
        const seen = new Map<string, { start: number; end: number; text: string; entity?: string }>();
        for (const item of [...document.entities, ...document.relationships]) {
          for (const evidence of item.evidence ?? []) {
            for (const mention of evidence.mentions) {
              const key = `${mention.start}:${mention.end}`;
              if (!seen.has(key) || (!seen.get(key)?.entity && mention.entity)) seen.set(key, mention);
            }
          }
        }
        return [...seen.values()].sort((a, b) => a.start - b.start || b.end - a.end);
      },
    }),
    counts: t.field({ type: DraftCounts, description: 'How many items stand where.', resolve: ({ document }) => document }),
    document: t.string({ description: 'The whole draft in the import format (JSON), evidence and review included.', resolve: ({ record }) => record.document }),
    history: t.field({
      type: [DraftEvent],
      description: 'Every change to the draft, oldest first, with the items as they were before.',
      resolve: ({ record }, _args, context) => draftEvents(context.db, record.id),
    }),
  }),
});
