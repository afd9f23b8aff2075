/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` (RFC 3339 full-date). */
  Date: { input: string; output: string; }
  /** An instant, as an RFC 3339 date-time in UTC, e.g. `2022-09-14T16:00:00.000Z`. */
  DateTime: { input: string; output: string; }
};

/** Blames another actor for something (the allegation). (ACCUSES: the source entity accuses the target.) */
export type Accusation = Node & Relationship & {
  __typename?: 'Accusation';
  /** What the accuser alleges. */
  allegation: Scalars['String']['output'];
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** How the sources that speak to one topic stand to each other. */
export type Agreement =
  /** Two or more sources say the same. */
  | 'AGREE'
  /** They differ: different figures for the same thing, or different dates for the same statement. */
  | 'CONFLICT'
  /** Only one source says it. */
  | 'SINGLE_SOURCE';

/** Lies next to another place. (BORDERS: the source entity borders the target.) */
export type Border = Node & Relationship & {
  __typename?: 'Border';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A write in the audit trail: who changed what, and when. */
export type Change = {
  __typename?: 'Change';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who: the token’s subject, the API key’s name, `seed` or `import:<file>`. */
  by: Scalars['String']['output'];
  /** What kind of write, e.g. CREATE_ENTITY, RETRACT_RELATIONSHIP, IMPORT. */
  operation: Scalars['String']['output'];
  /** What changed, in words. */
  summary: Scalars['String']['output'];
  /** The id of what was changed (or of the imported source). */
  targetId: Scalars['String']['output'];
  /** ENTITY, RELATIONSHIP, SOURCE, or DOCUMENT for an import. */
  targetType: Scalars['String']['output'];
};

/** The sentence of a source that states a fact, verbatim, and who asserts it. */
export type Citation = {
  __typename?: 'Citation';
  /** The actor the source quotes as saying it; null when the source states it itself. */
  assertedBy?: Maybe<Entity>;
  /** Curation notes on this citation. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sentence, exactly as the source has it. */
  quote: Scalars['String']['output'];
  /** The document quoted. */
  source: Source;
  /** The agency the source relays it through (AFP, PAP, Reuters), if any. */
  via?: Maybe<Entity>;
};

/** A sentence of a source that states the fact, verbatim, and who asserts it. */
export type CitationInput = {
  /** The entity the source quotes (slug); leave out when the source states it itself. */
  assertedBy?: InputMaybe<Scalars['ID']['input']>;
  /** A curation note on this citation. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The sentence, exactly as in the source’s text (checked). */
  quote: Scalars['String']['input'];
  /** The source’s id (slug), e.g. `armenia-azerbaijan-2022-09`. */
  source: Scalars['ID']['input'];
  /** The agency the source relays it through (slug), if any. */
  via?: InputMaybe<Scalars['ID']['input']>;
};

/** What a compared topic is. */
export type ComparisonKind =
  /** One participant accusing another while the event lasts. */
  | 'ACCUSATION'
  /** A figure reported for the event: deaths, injuries, displacement, of whom. */
  | 'FIGURE'
  /** Anything else stated about the event: who took part, where, what ended it, with its dates. */
  | 'STATEMENT';

/** An event fought or agreed over a place. (CONCERNS: the source entity concerns the target.) */
export type Concern = Node & Relationship & {
  __typename?: 'Concern';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** How far the source stands behind a relationship: REPORTED_FACT is the strongest, then CLAIM, then ASSESSMENT. `minConfidence` keeps a level and those stronger than it. */
export type Confidence =
  /** An assessment, expectation or speculation, e.g. an analyst or agency view. */
  | 'ASSESSMENT'
  /** A claim by a party to the conflict, not independently established. */
  | 'CLAIM'
  /** The source reports it as fact (possibly citing an official). */
  | 'REPORTED_FACT';

/** The mutation conflicts with what the graph holds (an id taken, provenance in the way). Nothing was written. */
export type ConflictError = MutationError & {
  __typename?: 'ConflictError';
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** An entity and how many relationships touch it. */
export type ConnectedEntity = {
  __typename?: 'ConnectedEntity';
  /** How many relationships (of the types asked for) touch it, either way. */
  degree: Scalars['Int']['output'];
  /** The entity. */
  entity: Entity;
};

/** Where the sources disagree. Each side comes with its own sources and citations. */
export type Contested = {
  __typename?: 'Contested';
  /** Figures for the same thing that differ between reporters, or between sources (a toll revised in a later report). */
  conflictingFigures: Array<FigureConflict>;
  /** Entities and relationships that two sources state with different values, each value with its sources. */
  disagreements: Array<Disagreement>;
  /** Pairs that accuse each other (A accuses B and B accuses A). */
  mutualAccusations: Array<MutualAccusation>;
};

/** Holds a territory de facto, whatever its legal status. (CONTROLS: the source entity controls the target.) */
export type Control = Node & Relationship & {
  __typename?: 'Control';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A point on the map, in WGS84 decimal degrees, and why it is right. */
export type CoordinatesInput = {
  /** Degrees north (negative: south), -90 to 90. */
  latitude: Scalars['Float']['input'];
  /** Degrees east (negative: west), -180 to 180. */
  longitude: Scalars['Float']['input'];
  /** Why: e.g. "GeoNames 616052: Yerevan, AM, population 1,093,485". */
  note: Scalars['String']['input'];
};

/** How precisely the source dates something. A date field holds the first or last day it can mean. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** The year and month are known. */
  | 'MONTH'
  /** Only the year is known. */
  | 'YEAR';

/** A death toll the source gives for an event on its own authority. */
export type DeathToll = {
  __typename?: 'DeathToll';
  /** The number. */
  figure: Scalars['Int']['output'];
  /** Exact, approximate or a lower bound ("over 6.6 thousand"). */
  qualifier: FigureQualifier;
  /** The words of the source. */
  text: Scalars['String']['output'];
};

/** A death toll the source gives for an event on its own authority. */
export type DeathTollInput = {
  /** The number. */
  figure: Scalars['Int']['input'];
  /** Exact, approximate or a lower bound. */
  qualifier: FigureQualifier;
  /** The words of the source; they must occur in one of the quotes. */
  text: Scalars['String']['input'];
};

/** What a deletion removed. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The slug of the entity deleted. */
  deletedId: Scalars['String']['output'];
  /** The ids of the relationships deleted with it (cascade). */
  relationshipsDeleted: Array<Scalars['String']['output']>;
};

/** Sends troops or personnel to a place. (DEPLOYS_TO: the source entity deploys forces to the target.) */
export type Deployment = Node & Relationship & {
  __typename?: 'Deployment';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** How many people are deployed, where the source says. */
  personnel?: Maybe<Scalars['Int']['output']>;
  /** Whether `personnel` is exact or approximate. */
  personnelQualifier?: Maybe<FigureQualifier>;
  /** What for, e.g. peacekeeping. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A field of one entity or relationship that sources state differently (confidence, dates, a role, an office, …). */
export type Disagreement = {
  __typename?: 'Disagreement';
  /** The entity, when it is one. */
  entity?: Maybe<Entity>;
  /** The field, as the item names it. */
  field: Scalars['String']['output'];
  /** The relationship, when it is one. */
  relationship?: Maybe<Relationship>;
  /** Each value with its sources, the one the item answers with first. */
  values: Array<DisputedValue>;
};

/** One of the values sources give for a field, with the sources that give it. */
export type DisputedValue = {
  __typename?: 'DisputedValue';
  /** Whether the item answers with it. */
  answers: Scalars['Boolean']['output'];
  /** The sources that state it. */
  sources: Array<Source>;
  /** The value, in words. */
  value: Scalars['String']['output'];
};

/** A report drafted into proposed entities and relationships, under review. Kept in the graph with its history. */
export type Draft = {
  __typename?: 'Draft';
  /** How many items stand where. */
  counts: DraftCounts;
  /** When it was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** Who drafted it. */
  createdBy: Scalars['String']['output'];
  /** The whole draft in the import format (JSON), evidence and review included. */
  document: Scalars['String']['output'];
  /** The new entities it proposes. */
  entities: Array<DraftEntity>;
  /** Every change to the draft, oldest first, with the items as they were before. */
  history: Array<DraftEvent>;
  /** The draft’s id. */
  id: Scalars['String']['output'];
  /** When its accepted items were imported. */
  importedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who imported them. */
  importedBy?: Maybe<Scalars['String']['output']>;
  /** Every stretch of text that names an entity, in text order, for highlighting. */
  mentions: Array<TextSpan>;
  /** When it was published (a partial date). */
  published?: Maybe<Scalars['String']['output']>;
  /** Who published the report. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The relationships it proposes. */
  relationships: Array<DraftRelationship>;
  /** Whether names were matched against the entities in the graph when it was drafted. */
  resolvedAgainstGraph: Scalars['Boolean']['output'];
  /** Raised by every change; pass it back to refuse a change over a colleague’s newer one. */
  revision: Scalars['Int']['output'];
  /** The id the report will have as a source. */
  sourceId: Scalars['String']['output'];
  /** Where the draft stands. */
  status: DraftStatus;
  /** The report’s full text: evidence offsets point into it. */
  text: Scalars['String']['output'];
  /** The report’s title. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
  /** Where it was published. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A citation of a drafted relationship: the quote, and on whose word. */
export type DraftCitation = {
  __typename?: 'DraftCitation';
  /** Who the report quotes, if anyone. */
  assertedBy?: Maybe<DraftEnd>;
  /** A note on the citation. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sentence, verbatim. */
  quote: Scalars['String']['output'];
  /** The agency it is relayed through, if any. */
  via?: Maybe<DraftEnd>;
};

/** How many items stand where in review. */
export type DraftCounts = {
  __typename?: 'DraftCounts';
  /** Accepted as drafted. */
  accepted: Scalars['Int']['output'];
  /** Corrected and accepted. */
  edited: Scalars['Int']['output'];
  /** Not reviewed yet. */
  proposed: Scalars['Int']['output'];
  /** Rejected. */
  rejected: Scalars['Int']['output'];
};

/** An entity a drafted item refers to: drafted in this report, or already in the graph. */
export type DraftEnd = {
  __typename?: 'DraftEnd';
  /** Whether it is proposed by this draft (else it is already in the graph). */
  drafted: Scalars['Boolean']['output'];
  /** The entity in the graph, when it is one. */
  entity?: Maybe<Entity>;
  /** Its slug. */
  id: Scalars['String']['output'];
  /** Its kind, when drafted here. */
  kind?: Maybe<EntityKind>;
  /** Its name, when drafted here (else read `entity`). */
  name?: Maybe<Scalars['String']['output']>;
};

/** An entity the report names that the graph does not have yet, as proposed. */
export type DraftEntity = {
  __typename?: 'DraftEntity';
  /** Other names the report uses. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Where in the report, by which rule, how sure. */
  evidence: Array<DraftEvidence>;
  /** The item’s id (a slug). */
  id: Scalars['String']['output'];
  /** The item in the import format (JSON), as `editDraftItem` takes it back. */
  json: Scalars['String']['output'];
  /** Its kind. */
  kind: EntityKind;
  /** The entity in the graph a reviewer linked it to: an import adds its names to that entity’s aliases. */
  linkedTo?: Maybe<Entity>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The quotes its citations give. */
  quotes: Array<Scalars['String']['output']>;
  /** The reviewer’s note. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Who last set its state. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** Where its review stands. */
  state: ReviewState;
};

/** One change to a draft: nothing a reviewer does is lost. */
export type DraftEvent = {
  __typename?: 'DraftEvent';
  /** DRAFTED, ACCEPTED, REJECTED, PROPOSED, EDITED, ADDED, LINKED, CORROBORATE, CONTEST, REPLACE, IMPORTED or DISCARDED. */
  action: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The touched items as they were before, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  /** Who. */
  by: Scalars['String']['output'];
  /** The items it touched. */
  items: Array<Scalars['String']['output']>;
  /** The reviewer’s note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The draft’s revision after the change. */
  revision: Scalars['Int']['output'];
};

/** Why the extractor proposed an item. */
export type DraftEvidence = {
  __typename?: 'DraftEvidence';
  /** The words that name it or its ends. */
  mentions: Array<TextSpan>;
  /** The extraction rule that fired. */
  rule: Scalars['String']['output'];
  /** How sure the rule is, from 0 to 1. */
  score: Scalars['Float']['output'];
  /** The sentence that states it. */
  sentence: TextSpan;
};

/** A relationship the report states, as proposed: who, what, whom, when, how sure, on whose word. */
export type DraftRelationship = {
  __typename?: 'DraftRelationship';
  /** What the reviewer chose for it, when the graph already holds it. */
  choice?: Maybe<ReviewChoice>;
  /** Its citations. */
  citations: Array<DraftCitation>;
  /** How far the report stands behind it. */
  confidence: Confidence;
  /** Its type’s own fields (what is alleged, a figure, an area, …) as JSON. */
  details: Scalars['String']['output'];
  /** The fields on which it says something other than the graph’s relationship (confidence, dates, a figure, a role); empty when new. */
  differsFromGraph: Array<Scalars['String']['output']>;
  /** Where in the report, by which rule, how sure. */
  evidence: Array<DraftEvidence>;
  /** Its source end. */
  from: DraftEnd;
  /** The item’s id (a slug). */
  id: Scalars['String']['output'];
  /** The relationship the graph already holds that this one states again (the same type, ends and identifying values), with what it says and on whose word (`statements`); null when it is new. Null too when it was retracted or merged since the draft was made: then importing it is refused (MATCH_GONE). */
  inGraph?: Maybe<Relationship>;
  /** The item in the import format (JSON), as `editDraftItem` takes it back. */
  json: Scalars['String']['output'];
  /** A note: vague wording, what was inferred. */
  note?: Maybe<Scalars['String']['output']>;
  /** The quotes its citations give. */
  quotes: Array<Scalars['String']['output']>;
  /** The reviewer’s note. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Who last set its state. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** Where its review stands. */
  state: ReviewState;
  /** When the graph already holds it: CORROBORATE when it says the same, CONTEST when it says otherwise (what an import does without a choice). */
  suggestedChoice?: Maybe<ReviewChoice>;
  /** How the dates were worked out. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** Its target end. */
  to: DraftEnd;
  /** The relationship type. */
  type: RelationshipType;
  /** When it began to hold (a partial date). */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** When it stopped holding (a partial date). */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** A report to draft: its text and what is known about it. */
export type DraftReportInput = {
  /** When it was published: relative dates ("on Wednesday") are read against it. */
  published: Scalars['Date']['input'];
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The report’s full text, in English (at most 200,000 characters). */
  text: Scalars['String']['input'];
  /** Its title; by default its first line. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Match names against the entities already in the graph (false drafts from the text alone). */
  useGraph?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where a draft stands as a whole. */
export type DraftStatus =
  /** Set aside by a reviewer; kept, but no longer offered for review. */
  | 'DISCARDED'
  /** Its accepted items were imported into the graph. */
  | 'IMPORTED'
  /** Being reviewed; nothing of it is in the graph yet (or more may be imported). */
  | 'OPEN';

/** A draft as listed: what it is and where it stands, without its items. */
export type DraftSummary = {
  __typename?: 'DraftSummary';
  /** When it was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** Who drafted it. */
  createdBy: Scalars['String']['output'];
  /** The draft’s id: read it with `draft(id:)`. */
  id: Scalars['String']['output'];
  /** How many changes it has had. */
  revision: Scalars['Int']['output'];
  /** Where it stands. */
  status: DraftStatus;
  /** The report’s title. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
};

/** An event (a ceasefire, an agreement) that brings another to an end. (ENDS: the source entity ends the target.) */
export type Ending = Node & Relationship & {
  __typename?: 'Ending';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Something that acts or is acted upon in a conflict. Every entity is a Node. */
export type Entity = {
  /** Other names: transliterations, acronyms and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  /** The sentences of the sources that name this entity. */
  citations: Array<Citation>;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it). */
  history: Array<Change>;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Slugs of entities merged into this one. */
  mergedFrom: Array<Scalars['String']['output']>;
  /** The usual English name. */
  name: Scalars['String']['output'];
  /** Curation notes: corrected translation slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/** Something that acts or is acted upon in a conflict. Every entity is a Node. */
export type EntityHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new entity, with at least one citation that names it. */
export type EntityInput = {
  /** Other names: transliterations, acronyms, other languages. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sentences that name it, verbatim. */
  citations: Array<CitationInput>;
  /** REGION, EVENT: Where it is on the map, when one point places it, and why. */
  coordinates?: InputMaybe<CoordinatesInput>;
  /** EVENT: How the dates were worked out, e.g. "Monday night" resolved against the report date. */
  dateNote?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: The death toll the source itself gives; figures reported by parties are relationships (REPORTS). */
  deaths?: InputMaybe<DeathTollInput>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: When it ended, given as `start` is. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: What sort of event it is. */
  eventType?: InputMaybe<EventType>;
  /** A stable slug (e.g. `nikol-pashinyan`); made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** STATE: ISO 3166-1 alpha-2 code, e.g. AM, where it has one. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** What kind of entity it is. */
  kind: EntityKind;
  /** The usual English name. */
  name: Scalars['String']['input'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** LEADER: The office the person holds, as the source gives it, e.g. Prime Minister of Armenia. */
  office?: InputMaybe<Scalars['String']['input']>;
  /** ORGANIZATION: What sort of organization it is. */
  orgType?: InputMaybe<OrganizationType>;
  /** STATE: False for a de facto state that other states do not recognize. */
  recognized?: InputMaybe<Scalars['Boolean']['input']>;
  /** REGION: What sort of place it is. */
  regionType?: InputMaybe<RegionType>;
  /** EVENT: When it began: `2020`, `2022-09` or `2022-09-14`, or `2022-09-14T20:00:00+04:00` where the source gives the time of day. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: Occurred, ongoing, planned or proposed, as of the source. */
  status?: InputMaybe<EventStatus>;
  /** LEADER: The term of office. */
  term?: InputMaybe<TimeSpanInput>;
};

/** The kinds of entity the graph holds. */
export type EntityKind =
  /** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
  | 'EVENT'
  /** A person who holds or held an office, e.g. a prime minister. */
  | 'LEADER'
  /** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
  | 'ORGANIZATION'
  /** A city, disputed territory, border zone or other area. */
  | 'REGION'
  /** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
  | 'STATE';

/** How to order a list of entities. */
export type EntityOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** Changes to an entity: a field left out stays as it is, a field set to null is cleared. */
export type EntityPatch = {
  /** More sentences that name it. */
  addCitations?: InputMaybe<Array<CitationInput>>;
  /** Other names: transliterations, acronyms, other languages. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** REGION, EVENT: Where it is on the map, when one point places it, and why. */
  coordinates?: InputMaybe<CoordinatesInput>;
  /** EVENT: How the dates were worked out, e.g. "Monday night" resolved against the report date. */
  dateNote?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: The death toll the source itself gives; figures reported by parties are relationships (REPORTS). */
  deaths?: InputMaybe<DeathTollInput>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: When it ended, given as `start` is. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: What sort of event it is. */
  eventType?: InputMaybe<EventType>;
  /** STATE: ISO 3166-1 alpha-2 code, e.g. AM, where it has one. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** The usual English name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** LEADER: The office the person holds, as the source gives it, e.g. Prime Minister of Armenia. */
  office?: InputMaybe<Scalars['String']['input']>;
  /** ORGANIZATION: What sort of organization it is. */
  orgType?: InputMaybe<OrganizationType>;
  /** STATE: False for a de facto state that other states do not recognize. */
  recognized?: InputMaybe<Scalars['Boolean']['input']>;
  /** REGION: What sort of place it is. */
  regionType?: InputMaybe<RegionType>;
  /** EVENT: When it began: `2020`, `2022-09` or `2022-09-14`, or `2022-09-14T20:00:00+04:00` where the source gives the time of day. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: Occurred, ongoing, planned or proposed, as of the source. */
  status?: InputMaybe<EventStatus>;
  /** LEADER: The term of office. */
  term?: InputMaybe<TimeSpanInput>;
};

/** The entity written. */
export type EntityPayload = {
  __typename?: 'EntityPayload';
  /** The entity, as it now is. */
  entity: Entity;
  /** Whether it was created, changed or already so. */
  outcome: WriteOutcome;
};

/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Other names: transliterations, acronyms and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  /** The sentences of the sources that name this entity. */
  citations: Array<Citation>;
  /** CONCERNS relationships from this event: an event fought or agreed over a place. */
  concerns: Array<Concern>;
  /** Why the coordinates are right: the gazetteer entry they come from, or the place that gives them. */
  coordinatesNote?: Maybe<Scalars['String']['output']>;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** How the dates were worked out, e.g. "Monday night" resolved against the report date. */
  dateNote?: Maybe<Scalars['String']['output']>;
  /** The death toll the source itself gives; figures reported by parties are in `reportedFigures`. */
  deathToll?: Maybe<DeathToll>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The last day it can have ended, at `endPrecision`; null when ongoing or not given. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Whether the source dates the end to the year, month or day. */
  endPrecision?: Maybe<DatePrecision>;
  /** ENDS relationships to this event: an event (a ceasefire, an agreement) that brings another to an end. */
  endedBy: Array<Ending>;
  /** ENDS relationships from this event: an event (a ceasefire, an agreement) that brings another to an end. */
  ends: Array<Ending>;
  /** What sort of event it is. */
  eventType: EventType;
  /** GUARANTEES relationships to this event: stands as guarantor of an agreement. */
  guaranteedBy: Array<Guarantee>;
  /** The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it). */
  history: Array<Change>;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Where it happened: degrees north (negative: south), WGS84 decimal degrees; null when no one point places it. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** LOCATED_IN relationships from this event: takes place or is seated in a place. */
  locatedIn: Array<Location>;
  /** Where it happened: degrees east (negative: west), WGS84 decimal degrees; null when no one point places it. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** MAY_BECOME_INVOLVED_IN relationships to this event: could be drawn into a conflict, in someone’s assessment. */
  mayDrawIn: Array<PossibleInvolvement>;
  /** MEDIATES relationships to this event: brokers or helps bring about an agreement or ceasefire. */
  mediatedBy: Array<Mediation>;
  /** Slugs of entities merged into this one. */
  mergedFrom: Array<Scalars['String']['output']>;
  /** The usual English name. */
  name: Scalars['String']['output'];
  /** Curation notes: corrected translation slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** PART_OF relationships from this event: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  partOf: Array<PartOf>;
  /** PARTICIPATES_IN relationships to this event: takes part in an event, in the role named. */
  participants: Array<Participation>;
  /** PART_OF relationships to this event: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  parts: Array<PartOf>;
  /** PROPOSES relationships to this event: puts forward an agreement, on the terms named. */
  proposedBy: Array<Proposal>;
  /** PROTESTS_AGAINST relationships to this event: demonstrates or campaigns against someone or something. */
  protestedBy: Array<ProtestAgainst>;
  /** REPORTS relationships to this event: gives a figure about an event: deaths, injuries, displacement, turnout. */
  reportedFigures: Array<FigureReport>;
  /** SIGNED relationships to this event: is a signatory of an agreement. */
  signatories: Array<Signature>;
  /** The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds. */
  slug: Scalars['String']['output'];
  /** The reports that speak of this event side by side: what each says (figures, accusations between its participants while it lasts, who took part, where, when) and, topic by topic, where they conflict (the 71 of one report against the 80 of another), agree, or rest on one source. Retracted facts are left out. */
  sources: EventSources;
  /** The first day it can have begun, at `startPrecision`; null when the source gives no date. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Whether the source dates the start to the year, month or day. */
  startPrecision?: Maybe<DatePrecision>;
  /** The moment it began, when the source gives a time (e.g. a ceasefire at 20:00 local time). */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** The same moment in the local time the source gives, with its UTC offset. */
  startTimeLocal?: Maybe<Scalars['String']['output']>;
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** Occurred, ongoing, planned or proposed, as of the source. */
  status: EventStatus;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventConcernsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventEndedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventEndsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventGuaranteedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventLocatedInArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventMayDrawInArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventMediatedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventPartOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventParticipantsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventPartsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventProposedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventProtestedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventReportedFiguresArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventSignatoriesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission. */
export type EventSourcesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};

/** The reports that speak of an event, side by side. */
export type EventSources = {
  __typename?: 'EventSources';
  /** Topic by topic, conflicts first, then agreements, then what one source alone says. */
  comparisons: Array<SourceComparison>;
  /** How many topics the sources conflict on. */
  conflicts: Scalars['Int']['output'];
  /** Each report, the earliest published first. */
  reports: Array<SourceReport>;
};

/** Whether the event had happened when the source was written. */
export type EventStatus =
  /** It happened. */
  | 'OCCURRED'
  /** It had begun and had not ended when the source was written. */
  | 'ONGOING'
  /** It was scheduled but had not happened when the source was written. */
  | 'PLANNED'
  /** It was proposed; the source does not say it will happen. */
  | 'PROPOSED';

/** What sort of event it is. */
export type EventType =
  /** A signed or proposed agreement or treaty. */
  | 'AGREEMENT'
  /** A ceasefire or truce taking effect. */
  | 'CEASEFIRE'
  /** A round of armed clashes. */
  | 'CLASH'
  /** A funeral, mourning or commemoration. */
  | 'COMMEMORATION'
  /** A long-running dispute with episodes of fighting. */
  | 'CONFLICT'
  /** Another incident a dataset records: arrests, looting, a base set up. */
  | 'INCIDENT'
  /** A mission sent somewhere, e.g. observers. */
  | 'MISSION'
  /** A demonstration or protest. */
  | 'PROTEST'
  /** A public statement. */
  | 'STATEMENT'
  /** A war or a sustained military campaign. */
  | 'WAR';

/** The text could not be drafted. Nothing was stored. */
export type ExtractionError = MutationError & {
  __typename?: 'ExtractionError';
  /** Why. */
  code: ExtractionErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Why a text could not be drafted. */
export type ExtractionErrorCode =
  /** The text is empty. */
  | 'EMPTY_TEXT'
  /** Nothing was found in the text to draft (no entity, no relationship): the extractor reads English news reports. */
  | 'NOTHING_FOUND'
  /** The text looks like HTML or markup: paste the report’s text. */
  | 'NOT_PLAIN_TEXT'
  /** The text is longer than 200,000 characters. */
  | 'TEXT_TOO_LONG'
  /** The text is not in English, the one language the extractor reads (import a hand-written document instead). */
  | 'UNSUPPORTED_LANGUAGE';

/** Different numbers for the same thing — the same event, category, party whose losses and whom they count (troops and soldiers alike) — from different reporters, or revised by the same reporter in a later source. */
export type FigureConflict = {
  __typename?: 'FigureConflict';
  /** What the figures count. */
  category: ReportCategory;
  /** The event the figures are about. */
  event: Event;
  /** Every source’s figure, earliest source first. */
  figures: Array<StatedFigure>;
  /** The reports the figures belong to, with their citations. */
  reports: Array<FigureReport>;
  /** What the first figure counts, lower-cased (others may word it differently). */
  unit: Scalars['String']['output'];
  /** Whom they count, if the reports say. */
  victims?: Maybe<VictimGroup>;
  /** Whose losses, if the reports say. */
  whose?: Maybe<Entity>;
};

/** How a reported figure is qualified in the source. */
export type FigureQualifier =
  /** About this many ("around 2,000"). */
  | 'APPROXIMATE'
  /** The figure as given. */
  | 'EXACT'
  /** More than this many ("over 6.6 thousand"). */
  | 'MORE_THAN'
  /** No number, only words such as "hundreds" or "thousands". */
  | 'VAGUE';

/** Gives a figure about an event: deaths, injuries, displacement, turnout. (REPORTS: the source entity reports a figure on the target.) */
export type FigureReport = Node & Relationship & {
  __typename?: 'FigureReport';
  /** What the figure counts. */
  category: ReportCategory;
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The number; null when the source gives only words ("hundreds"). */
  figure?: Maybe<Scalars['Float']['output']>;
  /** The figure in the words of the source, e.g. "hundreds". */
  figureText: Scalars['String']['output'];
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** Exact, approximate, a lower bound, or only words. */
  qualifier: FigureQualifier;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** What is counted, e.g. "soldiers killed". */
  unit: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
  /** Whom the figure counts (soldiers or civilians); read from `unit` when left out ("troops killed" is MILITARY), absent when it says neither. */
  victims?: Maybe<VictimGroup>;
  /** The party whose losses these are; absent when the source does not say. */
  whose?: Maybe<Entity>;
};

/** A piece of the graph ready to draw: entities as nodes, and the relationships among them as edges (each with its type, direction from `from` to `to`, time and citations). */
export type Graph = {
  __typename?: 'Graph';
  /** The relationships among the nodes. */
  edges: Array<Relationship>;
  /** The entities, the start first. */
  nodes: Array<GraphNode>;
  /** True when a cap left entities or relationships out: narrow `types`, lower `depth` or raise `limit`. */
  truncated: Scalars['Boolean']['output'];
};

/** An entity in a neighbourhood, with how many steps it is from the start. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Steps from the start: 0 for the start itself. */
  distance: Scalars['Int']['output'];
  /** The entity. */
  entity: Entity;
};

/** Stands as guarantor of an agreement. (GUARANTEES: the source entity guarantees the target.) */
export type Guarantee = Node & Relationship & {
  __typename?: 'Guarantee';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Asks another state or organization for help. (REQUESTS_HELP_FROM: the source entity requests help from the target.) */
export type HelpRequest = Node & Relationship & {
  __typename?: 'HelpRequest';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** What importing a draft wrote, and what it left out. */
export type ImportDraftPayload = {
  __typename?: 'ImportDraftPayload';
  /** How many items another source stated first, with other values (kept beside them; see `contested`). */
  contested: Scalars['Int']['output'];
  /** How many items another source stated first, with the same values (this source’s statement added). */
  corroborated: Scalars['Int']['output'];
  /** How many items were created. */
  created: Scalars['Int']['output'];
  /** The draft, now IMPORTED. */
  draft: Draft;
  /** Every item written, with its outcome. */
  items: Array<ImportItem>;
  /** Ids the draft named that had been merged into another entity since, read as that one. */
  redirected: Array<ImportRedirect>;
  /** How many items a reviewer chose this source’s values for. */
  replaced: Scalars['Int']['output'];
  /** Drafted entities not imported: not accepted, or rejected. */
  skippedEntities: Array<Scalars['String']['output']>;
  /** Drafted relationships not imported. */
  skippedRelationships: Array<Scalars['String']['output']>;
  /** How many were already so. */
  unchanged: Scalars['Int']['output'];
  /** How many were updated (restated by the source they answer with, or added to). */
  updated: Scalars['Int']['output'];
};

/** One item of an imported document and what the import did with it. */
export type ImportItem = {
  __typename?: 'ImportItem';
  /** Its id. */
  id: Scalars['String']['output'];
  /** What the item is. */
  kind: ImportItemKind;
  /** Created, updated (merged into what was there) or unchanged. */
  outcome: WriteOutcome;
};

/** What an import item is. */
export type ImportItemKind =
  /** A citation (its id is a hash of what it says). */
  | 'CITATION'
  /** An entity. */
  | 'ENTITY'
  /** A relationship. */
  | 'RELATIONSHIP'
  /** A source document. */
  | 'SOURCE';

/** What an import wrote, item by item. */
export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** How many items another source stated first, with other values (kept beside them; see `contested`). */
  contested: Scalars['Int']['output'];
  /** How many items another source stated first, with the same values (this source’s statement added). */
  corroborated: Scalars['Int']['output'];
  /** How many items were created. */
  created: Scalars['Int']['output'];
  /** Every item, with its outcome. */
  items: Array<ImportItem>;
  /** Ids read as the entity they were merged into. */
  redirected: Array<ImportRedirect>;
  /** How many items a reviewer chose this source’s values for. */
  replaced: Scalars['Int']['output'];
  /** How many were already so. */
  unchanged: Scalars['Int']['output'];
  /** How many were updated (restated by the source they answer with, or added to). */
  updated: Scalars['Int']['output'];
};

/** Why an import was rejected: one problem, where it is. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** What sort of problem. */
  code: ImportProblemCode;
  /** ENTITY_DELETED: when. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ENTITY_DELETED: who deleted it, when the audit trail says. */
  deletedBy?: Maybe<Scalars['String']['output']>;
  /** ENTITY_DELETED: the id of the deleted entity. */
  deletedEntity?: Maybe<Scalars['String']['output']>;
  /** The id of the item the problem is in, if any. */
  item?: Maybe<Scalars['String']['output']>;
  /** The line of the document, when it can be placed. */
  line?: Maybe<Scalars['Int']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** Where in the document, e.g. `relationships[3].to`. */
  path: Scalars['String']['output'];
};

/** What sort of problem stopped an import. */
export type ImportProblemCode =
  /** The draft names an entity deleted after the draft was made: reject the item, or link it to another entity (`deletedBy`, `deletedAt` say who and when). */
  | 'ENTITY_DELETED'
  /** The document is invalid there (shape, value, reference, quote, dates). */
  | 'INVALID'
  /** A drafted item was matched to an item of the graph that was retracted, merged or deleted after the draft was made: reject the item, or draft the report again. */
  | 'MATCH_GONE';

/** An id the document named that had been merged into another entity: read as that one (references to it, and its entity item, which added its names as aliases and the fields the survivor lacked). */
export type ImportRedirect = {
  __typename?: 'ImportRedirect';
  /** The id the document named (merged away). */
  id: Scalars['String']['output'];
  /** The entity it was merged into, which the import wrote to instead. */
  to: Scalars['String']['output'];
};

/** The document was rejected and nothing was written: every problem is listed. */
export type ImportRejectedError = MutationError & {
  __typename?: 'ImportRejectedError';
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** Each problem, with its line, path and item. */
  problems: Array<ImportProblem>;
};

/** One thing wrong with the input. */
export type InputProblem = {
  __typename?: 'InputProblem';
  /** Where, e.g. `input.citations[0].quote`. */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
};

/** A person who holds or held an office, e.g. a prime minister. */
export type Leader = Entity & Node & {
  __typename?: 'Leader';
  /** ACCUSES relationships to this leader: blames another actor for something (the allegation). */
  accusedBy: Array<Accusation>;
  /** ACCUSES relationships from this leader: blames another actor for something (the allegation). */
  accuses: Array<Accusation>;
  /** Other names: transliterations, acronyms and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  /** The sentences of the sources that name this entity. */
  citations: Array<Citation>;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** DEMANDS_RESIGNATION_OF relationships from this leader: calls for a leader to resign. */
  demandsResignationOf: Array<ResignationDemand>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** PARTICIPATES_IN relationships from this leader: takes part in an event, in the role named. */
  events: Array<Participation>;
  /** The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it). */
  history: Array<Change>;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** LEADS relationships from this leader: heads a state or organization, in the office named. */
  leads: Array<Leadership>;
  /** MEDIATES relationships from this leader: brokers or helps bring about an agreement or ceasefire. */
  mediates: Array<Mediation>;
  /** MEMBER_OF relationships from this leader: belongs to an alliance or organization. */
  memberOf: Array<Membership>;
  /** Slugs of entities merged into this one. */
  mergedFrom: Array<Scalars['String']['output']>;
  /** The usual English name. */
  name: Scalars['String']['output'];
  /** Curation notes: corrected translation slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** The office the person holds, as the source gives it, e.g. Prime Minister of Armenia. */
  office: Scalars['String']['output'];
  /** HOLDS_OFFICE_IN relationships from this leader: holds the office named in a state or organization, without heading it. */
  officesHeld: Array<OfficeHolding>;
  /** PROPOSES relationships from this leader: puts forward an agreement, on the terms named. */
  proposes: Array<Proposal>;
  /** PROTESTS_AGAINST relationships to this leader: demonstrates or campaigns against someone or something. */
  protestedBy: Array<ProtestAgainst>;
  /** PROTESTS_AGAINST relationships from this leader: demonstrates or campaigns against someone or something. */
  protestsAgainst: Array<ProtestAgainst>;
  /** REPORTS relationships from this leader: gives a figure about an event: deaths, injuries, displacement, turnout. */
  reports: Array<FigureReport>;
  /** REQUESTS_HELP_FROM relationships from this leader: asks another state or organization for help. */
  requestsHelpFrom: Array<HelpRequest>;
  /** DEMANDS_RESIGNATION_OF relationships to this leader: calls for a leader to resign. */
  resignationDemandedBy: Array<ResignationDemand>;
  /** SIGNED relationships from this leader: is a signatory of an agreement. */
  signed: Array<Signature>;
  /** The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** SUPPORTS relationships to this leader: backs another actor, militarily or politically. */
  supportedBy: Array<Support>;
  /** SUPPORTS relationships from this leader: backs another actor, militarily or politically. */
  supports: Array<Support>;
  /** The first day of the term, at `termFromPrecision`; null when the source does not say. */
  termFrom?: Maybe<Scalars['Date']['output']>;
  /** How precisely the source gives the start of the term. */
  termFromPrecision?: Maybe<DatePrecision>;
  /** The last day of the term, at `termToPrecision`; null when open or not given. */
  termTo?: Maybe<Scalars['Date']['output']>;
  /** How precisely the source gives the end of the term. */
  termToPrecision?: Maybe<DatePrecision>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderAccusedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderAccusesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderDemandsResignationOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderEventsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderLeadsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderMediatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderMemberOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderOfficesHeldArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderProposesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderProtestedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderProtestsAgainstArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderReportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderRequestsHelpFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderResignationDemandedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderSignedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderSupportedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A person who holds or held an office, e.g. a prime minister. */
export type LeaderSupportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};

/** Heads a state or organization, in the office named. (LEADS: the source entity leads the target.) */
export type Leadership = Node & Relationship & {
  __typename?: 'Leadership';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** The office held, e.g. Prime Minister. */
  office: Scalars['String']['output'];
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Takes place or is seated in a place. (LOCATED_IN: the source entity is located in the target.) */
export type Location = Node & Relationship & {
  __typename?: 'Location';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Brokers or helps bring about an agreement or ceasefire. (MEDIATES: the source entity mediates the target.) */
export type Mediation = Node & Relationship & {
  __typename?: 'Mediation';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Belongs to an alliance or organization. (MEMBER_OF: the source entity is a member of the target.) */
export type Membership = Node & Relationship & {
  __typename?: 'Membership';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The role taken, where the source gives one. */
  role?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** What a merge moved to the surviving entity. */
export type MergePayload = {
  __typename?: 'MergePayload';
  /** How many citations about the merged entity now are about the survivor. */
  citationsMoved: Scalars['Int']['output'];
  /** The slug of the entity merged away (now among the survivor’s `mergedFrom`). */
  mergedId: Scalars['String']['output'];
  /** The ids of the relationships moved to the survivor. */
  relationshipsMoved: Array<Scalars['String']['output']>;
  /** Relationships that joined the two, now the survivor to itself: kept, but retracted. */
  relationshipsRetracted: Array<Scalars['String']['output']>;
  /** The entity that remains, with everything of the other. */
  survivor: Entity;
};

/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds what the extractor missed: an entity or relationship a reviewer made from the report’s own sentences, as JSON in the import format (a relationship’s ends are drafted entities or entities of the graph; its quotes verbatim sentences of the report, which become its evidence). It is EDITED, which counts as accepted. */
  addDraftItem: MutationAddDraftItemResult;
  /** Adds a relationship, with at least one citation (a source and the verbatim sentence). Validated like an import: known ends of kinds the type allows (a Region cannot LEAD a State), dates in order, the type’s fields, every quote in its source. Adding the same relationship again changes nothing. Needs an editor token. */
  addRelationship: MutationAddRelationshipResult;
  /** Adds a document to cite. Its full text is required: every quote is checked against it. Adding the same source again changes nothing; a different one under a taken id is a conflict. Needs an editor token. */
  addSource: MutationAddSourceResult;
  /** For drafted relationships the graph already holds (`inGraph`): CORROBORATE (the report says the same: its citation is added), CONTEST (its own values are kept beside the graph’s, shown in `contested`) or REPLACE (its values become what the relationship answers; the replaced ones stay as their sources’ statements). Accepts them. */
  chooseForDraftItems: MutationChooseForDraftItemsResult;
  /** Creates an entity. Validated like an import: the kind’s fields, dates, and every quote verbatim in its source. Creating the same entity again changes nothing; a different one under a taken id is a conflict. Needs an editor token. */
  createEntity: MutationCreateEntityResult;
  /** Deletes an entity and the citations about it. Refused while relationships touch it, unless `cascade` (then they go too); refused always while a citation names it as the one asserting or relaying something, or a report as the losing party (merge it instead: that keeps the provenance). Needs an admin token. */
  deleteEntity: MutationDeleteEntityResult;
  /** Sets a draft aside: it stays, with its history, but nothing more changes in it or is imported from it. */
  discardDraft: MutationDiscardDraftResult;
  /** Drafts a report: finds the entities it names (matched to those in the graph unless `useGraph` is false), the relationships it states with their quotes, dates and confidence, and keeps the draft for review. Needs an editor token. */
  draftReport: MutationDraftReportResult;
  /** Replaces a drafted item with your corrected version (type, ends, confidence, dates, figures, quotes…), given as the item’s JSON in the import format (read `json` of the item). It is then EDITED, which counts as accepted. */
  editDraftItem: MutationEditDraftItemResult;
  /** Imports a report in the conflict-graph/v1 JSON format (as `npm run import` does; sources must carry their `text`). All or nothing: the whole document is validated before anything is written, in one transaction; items merge on their ids and an import only adds: what it leaves out stays, aliases are added, and a source other than the one an item answers with adds its own statement beside it (corroborated or contested), never replacing what another source said; importing the same document again changes nothing. An id merged into another entity is read as that one. Needs an editor token. */
  importDocument: MutationImportDocumentResult;
  /** Imports the accepted and edited items of a draft through the importer: validated as every import is, all or nothing, in one transaction with the draft’s new status. Importing again after more review adds the rest. The draft is checked against the graph as it now is: an entity merged since is read as the one it was merged into; one deleted since is a problem (ENTITY_DELETED) to settle by rejecting or linking the item. A draft with nothing accepted gets NothingAcceptedError, and nothing is written. */
  importDraft: MutationImportDraftResult;
  /** Says a drafted entity is one already in the graph: everything that referred to it now refers to that entity, and the drafted one is rejected with a note; importing the draft teaches that entity the drafted names as aliases, so the next report that uses them finds it. Find the entity with `search`. */
  linkDraftEntity: MutationLinkDraftEntityResult;
  /** Merges two entities found to be the same. Everything of the duplicate moves to the survivor: its relationships both ways, the citations about it and those it asserts or relays, its history, and its names as aliases; then the duplicate is gone. Only entities of the same kind merge. Needs an admin token. */
  mergeEntities: MutationMergeEntitiesResult;
  /** Keeps a draft file (as `npm run extract --out` writes it) in the graph for review, as `draftReport` keeps a new one; its review so far comes with it. The file is checked like an import document, line by line. */
  openDraft: MutationOpenDraftResult;
  /** Retracts a relationship: it is kept and marked (who, when, why) rather than deleted, and no query counts it as holding any more. Retracting twice changes nothing. Needs an editor token. */
  retractRelationship: MutationRetractRelationshipResult;
  /** Accepts, rejects or resets (PROPOSED) drafted items. Accepting a relationship accepts the drafted entities it needs; rejecting an entity rejects the relationships that need it. EDITED is set by `editDraftItem`. */
  reviewDraftItems: MutationReviewDraftItemsResult;
  /** Changes an entity’s fields (its id and kind stay). Validated like an import. Needs an editor token. */
  updateEntity: MutationUpdateEntityResult;
  /** Changes a relationship’s confidence, time, details or citations. Validated like an import. Needs an editor token. */
  updateRelationship: MutationUpdateRelationshipResult;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationAddDraftItemArgs = {
  draft: Scalars['String']['input'];
  json: Scalars['String']['input'];
  revision?: InputMaybe<Scalars['Int']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationAddRelationshipArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RelationshipInput;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationAddSourceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SourceInput;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationChooseForDraftItemsArgs = {
  choice: ReviewChoice;
  draft: Scalars['String']['input'];
  items: Array<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  revision?: InputMaybe<Scalars['Int']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationCreateEntityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EntityInput;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationDeleteEntityArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationDiscardDraftArgs = {
  draft: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  revision?: InputMaybe<Scalars['Int']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationDraftReportArgs = {
  input: DraftReportInput;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationEditDraftItemArgs = {
  draft: Scalars['String']['input'];
  item: Scalars['String']['input'];
  json: Scalars['String']['input'];
  revision?: InputMaybe<Scalars['Int']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationImportDocumentArgs = {
  document: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationImportDraftArgs = {
  draft: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  revision?: InputMaybe<Scalars['Int']['input']>;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationLinkDraftEntityArgs = {
  draft: Scalars['String']['input'];
  entity: Scalars['String']['input'];
  revision?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationMergeEntitiesArgs = {
  duplicate: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  survivor: Scalars['ID']['input'];
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationOpenDraftArgs = {
  document: Scalars['String']['input'];
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationRetractRelationshipArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationReviewDraftItemsArgs = {
  draft: Scalars['String']['input'];
  items: Array<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  revision?: InputMaybe<Scalars['Int']['input']>;
  state: ReviewState;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  patch: EntityPatch;
};


/** Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin). */
export type MutationUpdateRelationshipArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  patch: RelationshipPatch;
};

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationAddDraftItemResult = ConflictError | Draft | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationAddRelationshipResult = ConflictError | NotFoundError | RelationshipPayload | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationAddSourceResult = ConflictError | NotFoundError | SourcePayload | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationChooseForDraftItemsResult = ConflictError | Draft | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationCreateEntityResult = ConflictError | EntityPayload | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationDeleteEntityResult = ConflictError | DeletePayload | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationDiscardDraftResult = ConflictError | Draft | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationDraftReportResult = Draft | ExtractionError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationEditDraftItemResult = ConflictError | Draft | NotFoundError | ValidationError;

/** Why a mutation wrote nothing. */
export type MutationError = {
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationImportDocumentResult = ImportPayload | ImportRejectedError | NothingAcceptedError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationImportDraftResult = ConflictError | ImportDraftPayload | ImportRejectedError | NotFoundError | NothingAcceptedError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationLinkDraftEntityResult = ConflictError | Draft | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationMergeEntitiesResult = ConflictError | MergePayload | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationOpenDraftResult = Draft | ImportRejectedError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationRetractRelationshipResult = ConflictError | NotFoundError | RelationshipPayload | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationReviewDraftItemsResult = ConflictError | Draft | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationUpdateEntityResult = ConflictError | EntityPayload | NotFoundError | ValidationError;

/** What the mutation wrote, or a typed error saying why it wrote nothing. */
export type MutationUpdateRelationshipResult = ConflictError | NotFoundError | RelationshipPayload | ValidationError;

/** Two entities that accuse each other: each side’s accusations, with the sentences that report them. */
export type MutualAccusation = {
  __typename?: 'MutualAccusation';
  /** One party (the first by id). */
  a: Entity;
  /** What `a` accuses `b` of. */
  aAccusesB: Array<Accusation>;
  /** The other party. */
  b: Entity;
  /** What `b` accuses `a` of. */
  bAccusesA: Array<Accusation>;
};

/** An object with an opaque global id, fetchable through `node(id:)`. */
export type Node = {
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
};

/** Something the mutation names does not exist. Nothing was written. */
export type NotFoundError = MutationError & {
  __typename?: 'NotFoundError';
  /** The id that matched nothing. */
  id: Scalars['String']['output'];
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** The draft has no accepted or edited item, so nothing was imported and nothing written (not even its source). */
export type NothingAcceptedError = MutationError & {
  __typename?: 'NothingAcceptedError';
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** Its entities, none accepted. */
  skippedEntities: Array<Scalars['String']['output']>;
  /** Its relationships, none accepted. */
  skippedRelationships: Array<Scalars['String']['output']>;
};

/** Holds another state's or region's territory by force. (OCCUPIES: the source entity occupies the target.) */
export type Occupation = Node & Relationship & {
  __typename?: 'Occupation';
  /** The area said to be occupied, in `areaUnit`. */
  area?: Maybe<Scalars['Float']['output']>;
  /** The unit of `area`, e.g. km². */
  areaUnit?: Maybe<Scalars['String']['output']>;
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Holds the office named in a state or organization, without heading it. (HOLDS_OFFICE_IN: the source entity holds office in the target.) */
export type OfficeHolding = Node & Relationship & {
  __typename?: 'OfficeHolding';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** The office held, e.g. Prime Minister. */
  office: Scalars['String']['output'];
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** ACCUSES relationships to this organization: blames another actor for something (the allegation). */
  accusedBy: Array<Accusation>;
  /** ACCUSES relationships from this organization: blames another actor for something (the allegation). */
  accuses: Array<Accusation>;
  /** Other names: transliterations, acronyms and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  /** The sentences of the sources that name this entity. */
  citations: Array<Citation>;
  /** CONTROLS relationships from this organization: holds a territory de facto, whatever its legal status. */
  controls: Array<Control>;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** DEMANDS_RESIGNATION_OF relationships from this organization: calls for a leader to resign. */
  demandsResignationOf: Array<ResignationDemand>;
  /** DEPLOYS_TO relationships from this organization: sends troops or personnel to a place. */
  deploysTo: Array<Deployment>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** PARTICIPATES_IN relationships from this organization: takes part in an event, in the role named. */
  events: Array<Participation>;
  /** GUARANTEES relationships from this organization: stands as guarantor of an agreement. */
  guarantees: Array<Guarantee>;
  /** REQUESTS_HELP_FROM relationships to this organization: asks another state or organization for help. */
  helpRequests: Array<HelpRequest>;
  /** The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it). */
  history: Array<Change>;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** LEADS relationships to this organization: heads a state or organization, in the office named. */
  leaders: Array<Leadership>;
  /** LOCATED_IN relationships from this organization: takes place or is seated in a place. */
  locatedIn: Array<Location>;
  /** MAY_BECOME_INVOLVED_IN relationships from this organization: could be drawn into a conflict, in someone’s assessment. */
  mayBecomeInvolvedIn: Array<PossibleInvolvement>;
  /** MEDIATES relationships from this organization: brokers or helps bring about an agreement or ceasefire. */
  mediates: Array<Mediation>;
  /** MEMBER_OF relationships from this organization: belongs to an alliance or organization. */
  memberOf: Array<Membership>;
  /** MEMBER_OF relationships to this organization: belongs to an alliance or organization. */
  members: Array<Membership>;
  /** Slugs of entities merged into this one. */
  mergedFrom: Array<Scalars['String']['output']>;
  /** The usual English name. */
  name: Scalars['String']['output'];
  /** Curation notes: corrected translation slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** OCCUPIES relationships from this organization: holds another state's or region's territory by force. */
  occupies: Array<Occupation>;
  /** HOLDS_OFFICE_IN relationships to this organization: holds the office named in a state or organization, without heading it. */
  officeHolders: Array<OfficeHolding>;
  /** What sort of organization it is. */
  orgType: OrganizationType;
  /** PART_OF relationships from this organization: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  partOf: Array<PartOf>;
  /** PART_OF relationships to this organization: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  parts: Array<PartOf>;
  /** PROPOSES relationships from this organization: puts forward an agreement, on the terms named. */
  proposes: Array<Proposal>;
  /** PROTESTS_AGAINST relationships to this organization: demonstrates or campaigns against someone or something. */
  protestedBy: Array<ProtestAgainst>;
  /** PROTESTS_AGAINST relationships from this organization: demonstrates or campaigns against someone or something. */
  protestsAgainst: Array<ProtestAgainst>;
  /** REPORTS relationships from this organization: gives a figure about an event: deaths, injuries, displacement, turnout. */
  reports: Array<FigureReport>;
  /** REQUESTS_HELP_FROM relationships from this organization: asks another state or organization for help. */
  requestsHelpFrom: Array<HelpRequest>;
  /** SIGNED relationships from this organization: is a signatory of an agreement. */
  signed: Array<Signature>;
  /** The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** SUPPORTS relationships to this organization: backs another actor, militarily or politically. */
  supportedBy: Array<Support>;
  /** SUPPORTS relationships from this organization: backs another actor, militarily or politically. */
  supports: Array<Support>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationAccusedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationAccusesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationControlsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationDemandsResignationOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationDeploysToArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationEventsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationGuaranteesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationHelpRequestsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationLeadersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationLocatedInArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationMayBecomeInvolvedInArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationMediatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationMemberOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationOccupiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationOfficeHoldersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationPartOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationPartsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationProposesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationProtestedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationProtestsAgainstArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationReportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationRequestsHelpFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationSignedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationSupportedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A ministry, council, alliance, parliament, opposition group, news agency or armed force. */
export type OrganizationSupportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};

/** What sort of organization it is. */
export type OrganizationType =
  /** A military or political alliance of states. */
  | 'ALLIANCE'
  /** The armed forces of a state. */
  | 'ARMED_FORCE'
  /** A non-state armed group: rebels, a militia, an unidentified armed group. */
  | 'ARMED_GROUP'
  /** A loosely defined group of actors, e.g. "the international community". */
  | 'COLLECTIVE'
  /** A project that records conflict events and their figures, e.g. ACLED or UCDP. */
  | 'CONFLICT_MONITOR'
  /** A state council, e.g. a security council. */
  | 'COUNCIL'
  /** A government or "the authorities" of a state. */
  | 'GOVERNMENT'
  /** A government ministry. */
  | 'MINISTRY'
  /** A news or photo agency. */
  | 'NEWS_AGENCY'
  /** Political opposition within a state. */
  | 'OPPOSITION'
  /** A legislature. */
  | 'PARLIAMENT'
  /** Troops deployed as peacekeepers. */
  | 'PEACEKEEPING_FORCE'
  /** Demonstrators acting together. */
  | 'PROTEST_MOVEMENT';

/** Where a page sits in a connection, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. (PART_OF: the source entity is part of the target.) */
export type PartOf = Node & Relationship & {
  __typename?: 'PartOf';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Takes part in an event, in the role named. (PARTICIPATES_IN: the source entity participates in the target.) */
export type Participation = Node & Relationship & {
  __typename?: 'Participation';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The role taken, where the source gives one. */
  role?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A path between two entities: `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]`, which may point either way (compare its `from` and `to`). */
export type Path = {
  __typename?: 'Path';
  /** The relationships between consecutive nodes. */
  edges: Array<Relationship>;
  /** How many relationships the path takes. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from start to end. */
  nodes: Array<Entity>;
};

/** Could be drawn into a conflict, in someone’s assessment. (MAY_BECOME_INVOLVED_IN: the source entity may become involved in the target.) */
export type PossibleInvolvement = Node & Relationship & {
  __typename?: 'PossibleInvolvement';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** What an analyst asks first about an entity, in one call. Every list holds relationships with their citations. */
export type Profile = {
  __typename?: 'Profile';
  /** Who accuses it, and of what. */
  accusedBy: Array<Accusation>;
  /** Whom it accuses, and of what. */
  accuses: Array<Accusation>;
  /** Who controls it de facto (for a region). */
  controlledBy: Array<Control>;
  /** What territory it controls de facto. */
  controls: Array<Control>;
  /** The entity profiled. */
  entity: Entity;
  /** The events it took part in. */
  events: Array<Participation>;
  /** Who leads it. */
  leaders: Array<Leadership>;
  /** What it is a member of. */
  memberOf: Array<Membership>;
  /** Who is said to occupy it. */
  occupiedBy: Array<Occupation>;
  /** What it is said to occupy. */
  occupies: Array<Occupation>;
  /** How many relationships of each type touch it. */
  relationshipCounts: Array<RelationshipCount>;
  /** Who supports it. */
  supportedBy: Array<Support>;
  /** Whom it supports. */
  supports: Array<Support>;
};

/** Puts forward an agreement, on the terms named. (PROPOSES: the source entity proposes the target.) */
export type Proposal = Node & Relationship & {
  __typename?: 'Proposal';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** The terms proposed. */
  terms?: Maybe<Scalars['String']['output']>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Demonstrates or campaigns against someone or something. (PROTESTS_AGAINST: the source entity protests against the target.) */
export type ProtestAgainst = Node & Relationship & {
  __typename?: 'ProtestAgainst';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type Query = {
  __typename?: 'Query';
  /** Where the sources disagree: mutual accusations, conflicting figures and differing statements, each side with its sources. */
  contested: Contested;
  /** One draft, with its text, proposed items, evidence, review states and history; null when none has the id. Needs an editor token. */
  draft?: Maybe<Draft>;
  /** Drafts, newest first (at most 100). Needs an editor token. */
  drafts: Array<DraftSummary>;
  /** Entities, filtered and ordered, a page at a time (at most 100 per page). */
  entities: QueryEntitiesConnection;
  /** One entity, by its global id or by its slug (e.g. `armenia`). Null when no entity has that id. With `asKnownAt`, the entity as the graph held it then, and everything read through it (its relationships, their far ends, citations) as they then stood. */
  entity?: Maybe<Entity>;
  /** The entities most relationships touch, most first. At most `first` (1 to 100). */
  mostConnected: Array<ConnectedEntity>;
  /** The entities within `depth` steps of one entity and the relationships among them, for drawing. Caps: depth 1 to 3; at most `limit` entities (1 to 500, start included) and 4 × `limit` relationships; a hub contributes no more neighbours than the cap leaves room for, so no entity can explode the result (`truncated` says when a cap applied). Null when no entity has the id. */
  neighborhood?: Maybe<Graph>;
  /** Fetches any object by its opaque global id; null when nothing has it. */
  node?: Maybe<Node>;
  /** Fetches several objects by their opaque global ids, in the order given; null for each that nothing has. */
  nodes: Array<Maybe<Node>>;
  /** All the shortest paths between two entities (every path of the least length, not one at random), following relationships either way, at most `maxLength` steps (1 to 6) and at most `limit` paths (1 to 100). Empty when there is none within reach. */
  paths: Array<Path>;
  /** A one-call profile of an entity: who it supports and is supported by, whom it accuses and is accused by, what it controls, the events it took part in. Reads at most 1,000 relationships. Null when no entity has the id. */
  profile?: Maybe<Profile>;
  /** One relationship, by its global id or its slug; retracted ones too (see `retracted`). With `asKnownAt`, as the graph held it then: before a later edit or retraction, with its ends and citations as they then stood. Null when none has that id (then). */
  relationship?: Maybe<Relationship>;
  /** How many relationships of each type the graph holds, most first (types with none left out). */
  relationshipCounts: Array<RelationshipCount>;
  /** Relationships, filtered, ordered by id, a page at a time (at most 100 per page). */
  relationships: QueryRelationshipsConnection;
  /** Full-text search over names, aliases (transliterations, acronyms, other languages) and descriptions, best match first. Tolerates typos and finds prefixes; all words must match. The text is plain text: Lucene syntax such as `AND`, `*`, `"` or `~` is searched for literally. */
  search: Array<SearchHit>;
  /** Every source in the graph, by id. */
  sources: Array<Source>;
  /** Events in time order (by the first day each can have begun, then the last it can have ended), with their participants, places and reported figures one field away. With `from`/`to`, only dated events that overlap the range. At most `first` events (1 to 500). */
  timeline: Array<Event>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryContestedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryDraftArgs = {
  id: Scalars['String']['input'];
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryDraftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DraftStatus>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryEntityArgs = {
  asKnownAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryMostConnectedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  minConfidence?: InputMaybe<Confidence>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryNeighborhoodArgs = {
  asKnownAt?: InputMaybe<Scalars['DateTime']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<TraversalDirection>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryProfileArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  minConfidence?: InputMaybe<Confidence>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryRelationshipArgs = {
  asKnownAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryRelationshipCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asKnownAt?: InputMaybe<Scalars['DateTime']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['ID']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
  to?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<RelationshipType>;
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/** Read the conflict graph: entities, their relationships and the sources behind them. */
export type QueryTimelineArgs = {
  asKnownAt?: InputMaybe<Scalars['DateTime']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<EventType>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of entities. */
export type QueryEntitiesConnection = {
  __typename?: 'QueryEntitiesConnection';
  /** The items of this page, with their cursors. */
  edges: Array<QueryEntitiesConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many entities match the filters, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page, with its cursor. */
export type QueryEntitiesConnectionEdge = {
  __typename?: 'QueryEntitiesConnectionEdge';
  /** An opaque cursor: pass it as `after` or `before` to page on from here. */
  cursor: Scalars['String']['output'];
  /** The item at this position. */
  node: Entity;
};

/** A page of relationships. */
export type QueryRelationshipsConnection = {
  __typename?: 'QueryRelationshipsConnection';
  /** The items of this page, with their cursors. */
  edges: Array<QueryRelationshipsConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many relationships match the filters, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A relationship in a page, with its cursor. */
export type QueryRelationshipsConnectionEdge = {
  __typename?: 'QueryRelationshipsConnectionEdge';
  /** An opaque cursor: pass it as `after` or `before` to page on from here. */
  cursor: Scalars['String']['output'];
  /** The item at this position. */
  node: Relationship;
};

/** A city, disputed territory, border zone or other area. */
export type Region = Entity & Node & {
  __typename?: 'Region';
  /** Other names: transliterations, acronyms and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  /** BORDERS relationships to this region: lies next to another place. */
  borderedBy: Array<Border>;
  /** BORDERS relationships from this region: lies next to another place. */
  borders: Array<Border>;
  /** The sentences of the sources that name this entity. */
  citations: Array<Citation>;
  /** CONTROLS relationships to this region: holds a territory de facto, whatever its legal status. */
  controlledBy: Array<Control>;
  /** Why the coordinates are right: the gazetteer entry they come from, or the place that gives them. */
  coordinatesNote?: Maybe<Scalars['String']['output']>;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** DEPLOYS_TO relationships to this region: sends troops or personnel to a place. */
  deployments: Array<Deployment>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it). */
  history: Array<Change>;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Where the place is: degrees north (negative: south), WGS84 decimal degrees; null when no one point places it. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** LOCATED_IN relationships from this region: takes place or is seated in a place. */
  locatedIn: Array<Location>;
  /** LOCATED_IN relationships to this region: takes place or is seated in a place. */
  locationOf: Array<Location>;
  /** Where the place is: degrees east (negative: west), WGS84 decimal degrees; null when no one point places it. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Slugs of entities merged into this one. */
  mergedFrom: Array<Scalars['String']['output']>;
  /** The usual English name. */
  name: Scalars['String']['output'];
  /** Curation notes: corrected translation slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** OCCUPIES relationships to this region: holds another state's or region's territory by force. */
  occupiedBy: Array<Occupation>;
  /** PART_OF relationships from this region: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  partOf: Array<PartOf>;
  /** PART_OF relationships to this region: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  parts: Array<PartOf>;
  /** What sort of place it is. */
  regionType: RegionType;
  /** The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** CONCERNS relationships to this region: an event fought or agreed over a place. */
  subjectOf: Array<Concern>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionBorderedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionBordersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionControlledByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionDeploymentsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionLocatedInArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionLocationOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionOccupiedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionPartOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionPartsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A city, disputed territory, border zone or other area. */
export type RegionSubjectOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};

/** What sort of place it is. */
export type RegionType =
  /** Any other area: districts, captured territory, a geopolitical space. */
  | 'AREA'
  /** The area along a border. */
  | 'BORDER_ZONE'
  /** A city or town. */
  | 'CITY'
  /** A territory whose status or control is disputed. */
  | 'DISPUTED_TERRITORY';

/** A relationship one entity has to another, as a source states it: with when it holds, how firmly the source stands behind it, and the quoted sentences it rests on. */
export type Relationship = {
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A change to a relationship touching the entity subscribed to. */
export type RelationshipChange = {
  __typename?: 'RelationshipChange';
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** Who made it. */
  by: Scalars['String']['output'];
  /** What happened. */
  change: RelationshipChangeKind;
  /** The slug of the entity it goes from. */
  from: Scalars['String']['output'];
  /** The relationship as it now is; null once deleted. */
  relationship?: Maybe<Relationship>;
  /** The slug of the relationship. */
  relationshipId: Scalars['String']['output'];
  /** The slug of the entity it goes to. */
  to: Scalars['String']['output'];
  /** Its type. */
  type: Scalars['String']['output'];
};

/** What happened to a relationship. */
export type RelationshipChangeKind =
  /** It was added. */
  | 'CREATED'
  /** It was deleted with an entity (cascade). */
  | 'DELETED'
  /** It moved to another entity in a merge. */
  | 'MERGED'
  /** It was retracted (kept, marked, no longer counted). */
  | 'RETRACTED'
  /** It was changed. */
  | 'UPDATED';

/** How many relationships of one type there are. */
export type RelationshipCount = {
  __typename?: 'RelationshipCount';
  /** How many (that hold, with the filters given). */
  count: Scalars['Int']['output'];
  /** The relationship type. */
  type: RelationshipType;
};

/** A new relationship: its type, ends, confidence and at least one citation stating it. */
export type RelationshipInput = {
  /** ACCUSES: What the accuser alleges. */
  allegation?: InputMaybe<Scalars['String']['input']>;
  /** OCCUPIES: The area said to be occupied, in `areaUnit`. */
  area?: InputMaybe<Scalars['Float']['input']>;
  /** OCCUPIES: The unit of `area`, e.g. km². */
  areaUnit?: InputMaybe<Scalars['String']['input']>;
  /** REPORTS: What the figure counts. */
  category?: InputMaybe<ReportCategory>;
  /** Sentences that state it, verbatim (at least one). */
  citations: Array<CitationInput>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** REPORTS: The number; null when the source gives only words ("hundreds"). */
  figure?: InputMaybe<Scalars['Float']['input']>;
  /** REPORTS: The figure in the words of the source, e.g. "hundreds". */
  figureText?: InputMaybe<Scalars['String']['input']>;
  /** SUPPORTS: How the support is given, where the source says (military, political). */
  forms?: InputMaybe<Array<SupportForm>>;
  /** The entity it goes from: global id or slug. */
  from: Scalars['ID']['input'];
  /** A stable slug; made from the ends, type and details when left out (so a repeat is harmless). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Curation notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** LEADS, HOLDS_OFFICE_IN: The office held, e.g. Prime Minister. */
  office?: InputMaybe<Scalars['String']['input']>;
  /** DEPLOYS_TO: How many people are deployed, where the source says. */
  personnel?: InputMaybe<Scalars['Int']['input']>;
  /** DEPLOYS_TO: Whether `personnel` is exact or approximate. */
  personnelQualifier?: InputMaybe<FigureQualifier>;
  /** DEPLOYS_TO: What for, e.g. peacekeeping. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** REPORTS: Exact, approximate, a lower bound, or only words. */
  qualifier?: InputMaybe<FigureQualifier>;
  /** MEMBER_OF, PARTICIPATES_IN, SIGNED: The role taken, where the source gives one. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** PROPOSES: The terms proposed. */
  terms?: InputMaybe<Scalars['String']['input']>;
  /** When it holds. */
  time?: InputMaybe<TimeSpanInput>;
  /** The entity it goes to: global id or slug. */
  to: Scalars['ID']['input'];
  /** What kind of relationship. */
  type: RelationshipType;
  /** REPORTS: What is counted, e.g. "soldiers killed". */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** REPORTS: Whom the figure counts (soldiers or civilians); read from `unit` when left out ("troops killed" is MILITARY), absent when it says neither. */
  victims?: InputMaybe<VictimGroup>;
  /** REPORTS: The party whose losses these are; absent when the source does not say. Its global id or slug. */
  whose?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a relationship (its type and ends stay): a field left out stays, a field set to null is cleared. */
export type RelationshipPatch = {
  /** More sentences that state it. */
  addCitations?: InputMaybe<Array<CitationInput>>;
  /** ACCUSES: What the accuser alleges. */
  allegation?: InputMaybe<Scalars['String']['input']>;
  /** OCCUPIES: The area said to be occupied, in `areaUnit`. */
  area?: InputMaybe<Scalars['Float']['input']>;
  /** OCCUPIES: The unit of `area`, e.g. km². */
  areaUnit?: InputMaybe<Scalars['String']['input']>;
  /** REPORTS: What the figure counts. */
  category?: InputMaybe<ReportCategory>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence?: InputMaybe<Confidence>;
  /** REPORTS: The number; null when the source gives only words ("hundreds"). */
  figure?: InputMaybe<Scalars['Float']['input']>;
  /** REPORTS: The figure in the words of the source, e.g. "hundreds". */
  figureText?: InputMaybe<Scalars['String']['input']>;
  /** SUPPORTS: How the support is given, where the source says (military, political). */
  forms?: InputMaybe<Array<SupportForm>>;
  /** Curation notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** LEADS, HOLDS_OFFICE_IN: The office held, e.g. Prime Minister. */
  office?: InputMaybe<Scalars['String']['input']>;
  /** DEPLOYS_TO: How many people are deployed, where the source says. */
  personnel?: InputMaybe<Scalars['Int']['input']>;
  /** DEPLOYS_TO: Whether `personnel` is exact or approximate. */
  personnelQualifier?: InputMaybe<FigureQualifier>;
  /** DEPLOYS_TO: What for, e.g. peacekeeping. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** REPORTS: Exact, approximate, a lower bound, or only words. */
  qualifier?: InputMaybe<FigureQualifier>;
  /** MEMBER_OF, PARTICIPATES_IN, SIGNED: The role taken, where the source gives one. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** PROPOSES: The terms proposed. */
  terms?: InputMaybe<Scalars['String']['input']>;
  /** When it holds. */
  time?: InputMaybe<TimeSpanInput>;
  /** REPORTS: What is counted, e.g. "soldiers killed". */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** REPORTS: Whom the figure counts (soldiers or civilians); read from `unit` when left out ("troops killed" is MILITARY), absent when it says neither. */
  victims?: InputMaybe<VictimGroup>;
  /** REPORTS: The party whose losses these are; absent when the source does not say. Its global id or slug. */
  whose?: InputMaybe<Scalars['ID']['input']>;
};

/** The relationship written. */
export type RelationshipPayload = {
  __typename?: 'RelationshipPayload';
  /** Whether it was created, changed or already so. */
  outcome: WriteOutcome;
  /** The relationship, as it now is. */
  relationship: Relationship;
};

/** The kinds of relationship between entities. */
export type RelationshipType =
  /** Blames another actor for something (the allegation). */
  | 'ACCUSES'
  /** Lies next to another place. */
  | 'BORDERS'
  /** An event fought or agreed over a place. */
  | 'CONCERNS'
  /** Holds a territory de facto, whatever its legal status. */
  | 'CONTROLS'
  /** Calls for a leader to resign. */
  | 'DEMANDS_RESIGNATION_OF'
  /** Sends troops or personnel to a place. */
  | 'DEPLOYS_TO'
  /** An event (a ceasefire, an agreement) that brings another to an end. */
  | 'ENDS'
  /** Stands as guarantor of an agreement. */
  | 'GUARANTEES'
  /** Holds the office named in a state or organization, without heading it. */
  | 'HOLDS_OFFICE_IN'
  /** Heads a state or organization, in the office named. */
  | 'LEADS'
  /** Takes place or is seated in a place. */
  | 'LOCATED_IN'
  /** Could be drawn into a conflict, in someone’s assessment. */
  | 'MAY_BECOME_INVOLVED_IN'
  /** Brokers or helps bring about an agreement or ceasefire. */
  | 'MEDIATES'
  /** Belongs to an alliance or organization. */
  | 'MEMBER_OF'
  /** Holds another state's or region's territory by force. */
  | 'OCCUPIES'
  /** Takes part in an event, in the role named. */
  | 'PARTICIPATES_IN'
  /** Belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  | 'PART_OF'
  /** Puts forward an agreement, on the terms named. */
  | 'PROPOSES'
  /** Demonstrates or campaigns against someone or something. */
  | 'PROTESTS_AGAINST'
  /** Gives a figure about an event: deaths, injuries, displacement, turnout. */
  | 'REPORTS'
  /** Asks another state or organization for help. */
  | 'REQUESTS_HELP_FROM'
  /** Is a signatory of an agreement. */
  | 'SIGNED'
  /** Backs another actor, militarily or politically. */
  | 'SUPPORTS';

/** What a reported figure counts. */
export type ReportCategory =
  /** People killed. */
  | 'DEATHS'
  /** People forced to leave their homes. */
  | 'DISPLACEMENT'
  /** People injured. */
  | 'INJURIES'
  /** People taking part, e.g. demonstrators. */
  | 'PARTICIPANTS';

/** Calls for a leader to resign. (DEMANDS_RESIGNATION_OF: the source entity demands the resignation of the target.) */
export type ResignationDemand = Node & Relationship & {
  __typename?: 'ResignationDemand';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** What a reviewer chooses for a drafted item the graph already holds. */
export type ReviewChoice =
  /** The report says something else: keep its values as its statement beside the graph’s, shown in `contested`. */
  | 'CONTEST'
  /** The report says what the graph says: add its citation; its own wording of the values is not kept. */
  | 'CORROBORATE'
  /** The report is right and the graph is not: its values become what the item answers (the old ones stay as their sources’ statements). */
  | 'REPLACE';

/** Where the review of a drafted item stands. Only ACCEPTED and EDITED items are imported. */
export type ReviewState =
  /** A reviewer accepted it as drafted. */
  | 'ACCEPTED'
  /** A reviewer changed it and accepted the result. */
  | 'EDITED'
  /** Drafted by the extractor; nobody has looked at it yet. */
  | 'PROPOSED'
  /** A reviewer rejected it; it is kept in the draft but never imported. */
  | 'REJECTED';

/** An entity that matches a search, with how well it matches. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance: higher is better; comparable only within one search. */
  score: Scalars['Float']['output'];
};

/** Is a signatory of an agreement. (SIGNED: the source entity signed the target.) */
export type Signature = Node & Relationship & {
  __typename?: 'Signature';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The role taken, where the source gives one. */
  role?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** A document facts are cited from: a news report, a statement, a dataset. */
export type Source = Node & {
  __typename?: 'Source';
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** The language of the text, ISO 639-1. */
  language: Scalars['String']['output'];
  /** Curation notes on the source: translation, missing metadata. */
  note?: Maybe<Scalars['String']['output']>;
  /** The language it was translated from, if it is a translation. */
  originalLanguage?: Maybe<Scalars['String']['output']>;
  /** The earliest day it can have been published. */
  publishedFrom?: Maybe<Scalars['Date']['output']>;
  /** How the publication date was worked out. */
  publishedNote?: Maybe<Scalars['String']['output']>;
  /** The latest day it can have been published. */
  publishedTo?: Maybe<Scalars['Date']['output']>;
  /** Who published it; null when the document does not say. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the text, hex. */
  sha256: Scalars['String']['output'];
  /** The stable id of the source, e.g. `armenia-azerbaijan-2022-09`. */
  slug: Scalars['String']['output'];
  /** The full text every quote is checked against. */
  text: Scalars['String']['output'];
  /** The title as published. */
  title: Scalars['String']['output'];
  /** Where it was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** What one source says on a topic. */
export type SourceClaim = {
  __typename?: 'SourceClaim';
  /** How firmly the source stands behind it. */
  confidence: Confidence;
  /** The number, for a figure given as one. */
  figure?: Maybe<Scalars['Float']['output']>;
  /** The sentences of the source that say it. */
  quotes: Array<Scalars['String']['output']>;
  /** The relationship that records it. */
  relationship: Relationship;
  /** What it says, in words (e.g. "71 soldiers killed (exact), per Ministry of Defence of Azerbaijan"). */
  says: Scalars['String']['output'];
  /** The source. */
  source: Source;
  /** Who says it: the reporter of a figure, the accuser, the party quoted. */
  statedBy?: Maybe<Entity>;
  /** When it holds, as the source dates it. */
  when?: Maybe<Scalars['String']['output']>;
};

/** One topic, each source’s word on it side by side. */
export type SourceComparison = {
  __typename?: 'SourceComparison';
  /** Whether the sources conflict, agree, or only one speaks. */
  agreement: Agreement;
  /** Each source’s claim, in the order the reports are listed. */
  claims: Array<SourceClaim>;
  /** What the topic is. */
  kind: ComparisonKind;
  /** The topic in words, e.g. "Deaths: soldiers killed (Azerbaijan)". */
  topic: Scalars['String']['output'];
};

/** A document: its id, title, language and full text. */
export type SourceInput = {
  /** A stable slug, e.g. `reuters-2022-09-14-clashes`. */
  id: Scalars['ID']['input'];
  /** ISO 639-1 code of the text, e.g. `en`. */
  language: Scalars['String']['input'];
  /** Curation notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 code of the original, if this is a translation. */
  originalLanguage?: InputMaybe<Scalars['String']['input']>;
  /** When it was published (a range if unsure). */
  published?: InputMaybe<TimeSpanInput>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text. */
  text: Scalars['String']['input'];
  /** The title as published. */
  title: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The source written. */
export type SourcePayload = {
  __typename?: 'SourcePayload';
  /** Whether it was created, changed or already so. */
  outcome: WriteOutcome;
  /** The source, as it now is. */
  source: Source;
};

/** One report that speaks of the event. */
export type SourceReport = {
  __typename?: 'SourceReport';
  /** Its sentences that name the event. */
  mentions: Array<Citation>;
  /** The report. */
  source: Source;
  /** What it states about the event: figures, participants, places, dates, accusations. */
  statements: Array<Relationship>;
};

/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type State = Entity & Node & {
  __typename?: 'State';
  /** ACCUSES relationships to this state: blames another actor for something (the allegation). */
  accusedBy: Array<Accusation>;
  /** ACCUSES relationships from this state: blames another actor for something (the allegation). */
  accuses: Array<Accusation>;
  /** Other names: transliterations, acronyms and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  /** BORDERS relationships to this state: lies next to another place. */
  borderedBy: Array<Border>;
  /** BORDERS relationships from this state: lies next to another place. */
  borders: Array<Border>;
  /** The sentences of the sources that name this entity. */
  citations: Array<Citation>;
  /** CONTROLS relationships from this state: holds a territory de facto, whatever its legal status. */
  controls: Array<Control>;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** DEMANDS_RESIGNATION_OF relationships from this state: calls for a leader to resign. */
  demandsResignationOf: Array<ResignationDemand>;
  /** DEPLOYS_TO relationships to this state: sends troops or personnel to a place. */
  deployments: Array<Deployment>;
  /** DEPLOYS_TO relationships from this state: sends troops or personnel to a place. */
  deploysTo: Array<Deployment>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** PARTICIPATES_IN relationships from this state: takes part in an event, in the role named. */
  events: Array<Participation>;
  /** GUARANTEES relationships from this state: stands as guarantor of an agreement. */
  guarantees: Array<Guarantee>;
  /** REQUESTS_HELP_FROM relationships to this state: asks another state or organization for help. */
  helpRequests: Array<HelpRequest>;
  /** The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it). */
  history: Array<Change>;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code, e.g. AM, where it has one. */
  isoCode?: Maybe<Scalars['String']['output']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** LEADS relationships to this state: heads a state or organization, in the office named. */
  leaders: Array<Leadership>;
  /** LOCATED_IN relationships to this state: takes place or is seated in a place. */
  locationOf: Array<Location>;
  /** MAY_BECOME_INVOLVED_IN relationships from this state: could be drawn into a conflict, in someone’s assessment. */
  mayBecomeInvolvedIn: Array<PossibleInvolvement>;
  /** MEDIATES relationships from this state: brokers or helps bring about an agreement or ceasefire. */
  mediates: Array<Mediation>;
  /** MEMBER_OF relationships from this state: belongs to an alliance or organization. */
  memberOf: Array<Membership>;
  /** Slugs of entities merged into this one. */
  mergedFrom: Array<Scalars['String']['output']>;
  /** The usual English name. */
  name: Scalars['String']['output'];
  /** Curation notes: corrected translation slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** OCCUPIES relationships to this state: holds another state's or region's territory by force. */
  occupiedBy: Array<Occupation>;
  /** OCCUPIES relationships from this state: holds another state's or region's territory by force. */
  occupies: Array<Occupation>;
  /** HOLDS_OFFICE_IN relationships to this state: holds the office named in a state or organization, without heading it. */
  officeHolders: Array<OfficeHolding>;
  /** PART_OF relationships to this state: belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war. */
  parts: Array<PartOf>;
  /** PROPOSES relationships from this state: puts forward an agreement, on the terms named. */
  proposes: Array<Proposal>;
  /** PROTESTS_AGAINST relationships to this state: demonstrates or campaigns against someone or something. */
  protestedBy: Array<ProtestAgainst>;
  /** PROTESTS_AGAINST relationships from this state: demonstrates or campaigns against someone or something. */
  protestsAgainst: Array<ProtestAgainst>;
  /** False for a de facto state that other states do not recognize. */
  recognized: Scalars['Boolean']['output'];
  /** REPORTS relationships from this state: gives a figure about an event: deaths, injuries, displacement, turnout. */
  reports: Array<FigureReport>;
  /** REQUESTS_HELP_FROM relationships from this state: asks another state or organization for help. */
  requestsHelpFrom: Array<HelpRequest>;
  /** SIGNED relationships from this state: is a signatory of an agreement. */
  signed: Array<Signature>;
  /** The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** CONCERNS relationships to this state: an event fought or agreed over a place. */
  subjectOf: Array<Concern>;
  /** SUPPORTS relationships to this state: backs another actor, militarily or politically. */
  supportedBy: Array<Support>;
  /** SUPPORTS relationships from this state: backs another actor, militarily or politically. */
  supports: Array<Support>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateAccusedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateAccusesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateBorderedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateBordersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateControlsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateDemandsResignationOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateDeploymentsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateDeploysToArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateEventsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateGuaranteesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateHelpRequestsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateLeadersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateLocationOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateMayBecomeInvolvedInArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateMediatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateMemberOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateOccupiedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateOccupiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateOfficeHoldersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StatePartsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateProposesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateProtestedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateProtestsAgainstArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateReportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateRequestsHelpFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateSignedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateSubjectOfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateSupportedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};


/** A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic. */
export type StateSupportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Confidence>;
};

/** One figure as its sources give it: who reports it, the number and its words, and the sources that say so. */
export type StatedFigure = {
  __typename?: 'StatedFigure';
  /** Whether the report answers with this figure (the source that stated it first). */
  answers: Scalars['Boolean']['output'];
  /** The sentences of those sources that give it. */
  citations: Array<Citation>;
  /** The number. */
  figure: Scalars['Float']['output'];
  /** The figure in the words of its source. */
  figureText?: Maybe<Scalars['String']['output']>;
  /** When the earliest of those sources was published. */
  published?: Maybe<Scalars['Date']['output']>;
  /** Exact, approximate or a lower bound. */
  qualifier?: Maybe<FigureQualifier>;
  /** The report it is a statement of. */
  report: FigureReport;
  /** Who gives the figure. */
  reporter: Entity;
  /** Whether it revises a figure the same reporter gave in an earlier source (else it conflicts with another reporter’s). */
  revision: Scalars['Boolean']['output'];
  /** The sources that give this figure. */
  sources: Array<Source>;
  /** What is counted, in its source’s words. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** One value a source states, in words (a date as precise as the source gives it). */
export type StatedValue = {
  __typename?: 'StatedValue';
  /** Whether it differs from the value the item answers with. */
  differs: Scalars['Boolean']['output'];
  /** The field, as the item names it (`figure`, `validFrom`, `role`, …). */
  field: Scalars['String']['output'];
  /** The value, in words. */
  value: Scalars['String']['output'];
};

/** One source’s statement of an entity or relationship: the values it gives. The item answers with the statement of the source that stated it first (unless an editor or reviewer replaced it); every other source keeps its own. */
export type Statement = {
  __typename?: 'Statement';
  /** Whether the item answers with these values. */
  answers: Scalars['Boolean']['output'];
  /** Its citations of the item (the sentences of this source that state it). */
  citations: Array<Citation>;
  /** How firmly the source states it (relationships). */
  confidence?: Maybe<Confidence>;
  /** The fields on which it says something other than the item’s answer (empty for the answer itself). */
  differs: Array<Scalars['String']['output']>;
  /** When it was recorded. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded it (the importer, an editor). */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** The source that states it. */
  source: Source;
  /** The values it states that sources can disagree on (confidence, dates, a figure, a role, …). */
  values: Array<StatedValue>;
};

/** Live updates, over server-sent events. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Tells a client, as it happens, when a relationship touching an entity is added, changed, retracted, deleted or moved by a merge, so a view can refresh. Over server-sent events (Accept: text/event-stream). */
  relationshipsChanged: RelationshipChange;
};


/** Live updates, over server-sent events. */
export type SubscriptionRelationshipsChangedArgs = {
  entity: Scalars['ID']['input'];
};

/** Backs another actor, militarily or politically. (SUPPORTS: the source entity supports the target.) */
export type Support = Node & Relationship & {
  __typename?: 'Support';
  /** The sentences that state it, with who asserts each. */
  citations: Array<Citation>;
  /** A reported fact, a claim by a party, or an assessment. */
  confidence: Confidence;
  /** When it was first written. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** How the support is given, where the source says (military, political). */
  forms: Array<SupportForm>;
  /** The entity the relationship goes from (the accuser, the supporter, …). */
  from: Entity;
  /** An opaque global id; `node(id:)` fetches the object by it. */
  id: Scalars['ID']['output'];
  /** Curation notes: corrected slips, what the source leaves vague. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it was retracted: kept for the record, but no longer counted. */
  retracted: Scalars['Boolean']['output'];
  /** When it was retracted. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The stable id of the relationship, e.g. `russia-supports-armenia`. */
  slug: Scalars['String']['output'];
  /** Each source’s statement of it: the one it answers with first, then every other source’s, as recorded. */
  statements: Array<Statement>;
  /** How the dates were worked out from the source. */
  timeNote?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship goes to (the accused, the supported, …). */
  to: Entity;
  /** What kind of relationship this is. */
  type: RelationshipType;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The first day it can have held, at `validFromPrecision`; null when the source gives no start. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the start to the year, month or day. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** The last day it can have held, at `validToPrecision`; null when open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Whether the source gives the end to the year, month or day. */
  validToPrecision?: Maybe<DatePrecision>;
};

/** The forms support takes. */
export type SupportForm =
  /** Arms, troops or other military help. */
  | 'MILITARY'
  /** Diplomatic or political backing. */
  | 'POLITICAL';

/** A stretch of the report’s text, by offsets in JavaScript string units (UTF-16). */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** Where it ends (exclusive). */
  end: Scalars['Int']['output'];
  /** The id of the entity the words name, when they name one. */
  entity?: Maybe<Scalars['String']['output']>;
  /** Where it starts. */
  start: Scalars['Int']['output'];
  /** The words. */
  text: Scalars['String']['output'];
};

/** When something holds, as precisely as the source says: `2020`, `2020-11` or `2022-09-14`. */
export type TimeSpanInput = {
  /** When it began to hold; leave out when the source does not say. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** How the dates were worked out (e.g. "Wednesday" resolved to a date). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it stopped; leave out when open-ended. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Which relationships to follow from an entity. */
export type TraversalDirection =
  /** Both. */
  | 'BOTH'
  /** Only relationships to it (what is done to it: supported by, accused by, …). */
  | 'IN'
  /** Only relationships from it (what it does: supports, accuses, …). */
  | 'OUT';

/** The input is invalid; every problem is listed, each naming its field. Nothing was written. */
export type ValidationError = MutationError & {
  __typename?: 'ValidationError';
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** Each problem and the field it is in. */
  problems: Array<InputProblem>;
};

/** Whom a reported figure counts. */
export type VictimGroup =
  /** Civilians. */
  | 'CIVILIAN'
  /** Soldiers, troops, servicemen and other fighters. */
  | 'MILITARY';

/** What a write did. */
export type WriteOutcome =
  /** Another source stated it first; this source states other values, kept as its statement beside them (see `contested`). */
  | 'CONTESTED'
  /** Another source stated it first; this source states the same values, kept as its statement. */
  | 'CORROBORATED'
  /** It did not exist and was created. */
  | 'CREATED'
  /** A reviewer chose this source’s values over those the item answered with, which stay as their sources’ statements. */
  | 'REPLACED'
  /** It existed exactly so: nothing was written (a repeated write is harmless). */
  | 'UNCHANGED'
  /** It existed and was changed. */
  | 'UPDATED';

export type SupportersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SupportersQuery = { __typename?: 'Query', entity?:
    | { __typename: 'Event', name: string }
    | { __typename: 'Leader', name: string }
    | { __typename: 'Organization', name: string }
    | { __typename: 'Region', name: string }
    | { __typename: 'State', name: string, supportedBy: Array<{ __typename?: 'Support', confidence: Confidence, from:
          | { __typename?: 'Event', name: string }
          | { __typename?: 'Leader', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Region', name: string }
          | { __typename?: 'State', name: string }
        , citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Leader', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Region', name: string }
            | { __typename?: 'State', name: string }
           | null, via?:
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Leader', name: string }
            | { __typename?: 'Organization', name: string }
            | { __typename?: 'Region', name: string }
            | { __typename?: 'State', name: string }
           | null }> }> }
   | null };

export type AccusationsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type AccusationsQuery = { __typename?: 'Query', relationships: { __typename?: 'QueryRelationshipsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryRelationshipsConnectionEdge', node:
        | { __typename: 'Accusation', allegation: string, confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Border', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Concern', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Control', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Deployment', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Ending', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'FigureReport', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Guarantee', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'HelpRequest', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Leadership', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Location', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Mediation', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Membership', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Occupation', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'OfficeHolding', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'PartOf', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Participation', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'PossibleInvolvement', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Proposal', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'ProtestAgainst', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'ResignationDemand', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Signature', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
        | { __typename: 'Support', confidence: Confidence, citations: Array<{ __typename?: 'Citation', quote: string, assertedBy?:
              | { __typename?: 'Event', name: string }
              | { __typename?: 'Leader', name: string }
              | { __typename?: 'Organization', name: string }
              | { __typename?: 'Region', name: string }
              | { __typename?: 'State', name: string }
             | null }> }
       }> } };


export const SupportersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supporters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"assertedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportersQuery, SupportersQueryVariables>;
export const AccusationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accusations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ACCUSES"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accusation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allegation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"assertedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccusationsQuery, AccusationsQueryVariables>;