/** What the extractor tests share: the seed's entities as the graph would give them, and drafting shorthand. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFromText, type KnownEntity } from '../../src/extract/index.js';
import type { ImportDocument, RelationshipInput } from '../../src/model/format.js';
import { shapeDocument } from '../../src/model/parse.js';
import { projectRoot } from '../../src/paths.js';

export const seed = shapeDocument(JSON.parse(readFileSync(join(projectRoot, 'cypher', 'seed', 'armenia-azerbaijan-2022-09.json'), 'utf8')));

/** The states the seed says take part in an event. */
function partiesOf(event: string): string[] | undefined {
  const states = new Set(seed.entities.filter((e) => e.kind === 'STATE').map((e) => e.id));
  const parties = seed.relationships.filter((r) => r.type === 'PARTICIPATES_IN' && r.to === event && states.has(r.from)).map((r) => r.from);
  return parties.length ? parties.sort() : undefined;
}

/** The seed's entities as `known`, the way the graph lists them. */
export const seedKnown: KnownEntity[] = seed.entities.map((e) => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  aliases: e.aliases,
  ...(e.kind === 'STATE' && e.isoCode ? { isoCode: e.isoCode } : {}),
  ...(e.kind === 'ORGANIZATION' ? { orgType: e.orgType } : {}),
  ...(e.kind === 'REGION' ? { regionType: e.regionType } : {}),
  ...(e.kind === 'EVENT' ? { eventType: e.eventType, start: e.start, end: e.end, parties: partiesOf(e.id) } : {}),
}));

export function fixture(name: string): string {
  return readFileSync(join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', name), 'utf8');
}

export const draft = (text: string, published = '2022-09-14', known: KnownEntity[] = []) =>
  draftFromText({ text, published, known, now: new Date('2022-09-15T10:00:00Z') });

export const rels = (doc: ImportDocument, type?: RelationshipInput['type']) => doc.relationships.filter((r) => !type || r.type === type);
export const ends = (doc: ImportDocument, type: RelationshipInput['type']) => rels(doc, type).map((r) => `${r.from} → ${r.to}`);
