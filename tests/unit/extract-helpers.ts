/** What the extractor tests share: the seed's entities as the graph would give them, and drafting shorthand. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFromText, type KnownEntity } from '../../src/extract/index.js';
import type { ImportDocument, RelationshipInput } from '../../src/model/format.js';
import { shapeDocument } from '../../src/model/parse.js';
import { projectRoot } from '../../src/paths.js';

export const seed = shapeDocument(JSON.parse(readFileSync(join(projectRoot, 'cypher', 'seed', 'armenia-azerbaijan-2022-09.json'), 'utf8')));

/** The seed's entities as `known`, the way the graph lists them. */
export const seedKnown: KnownEntity[] = seed.entities.map((e) => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  aliases: e.aliases,
  ...(e.kind === 'STATE' && e.isoCode ? { isoCode: e.isoCode } : {}),
  ...(e.kind === 'ORGANIZATION' ? { orgType: e.orgType } : {}),
  ...(e.kind === 'REGION' ? { regionType: e.regionType } : {}),
  ...(e.kind === 'EVENT' ? { eventType: e.eventType, start: e.start, end: e.end } : {}),
}));

export function fixture(name: string): string {
  return readFileSync(join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', name), 'utf8');
}

export const draft = (text: string, published = '2022-09-14', known: KnownEntity[] = []) =>
  draftFromText({ text, published, known, now: new Date('2022-09-15T10:00:00Z') });

export const rels = (doc: ImportDocument, type?: RelationshipInput['type']) => doc.relationships.filter((r) => !type || r.type === type);
export const ends = (doc: ImportDocument, type: RelationshipInput['type']) => rels(doc, type).map((r) => `${r.from} → ${r.to}`);
