/**
 * The graph as a conflict-graph/v1 import document, so an export imported into an empty database
 * gives back the same graph: every relationship and entity with its citations, and the sources
 * they cite with their full text. Written relationships first (the entities their citations and
 * figures name are gathered on the way, so the document is complete), then entities, then sources;
 * one item per line.
 */
import { partialDateString } from '../graph/dates.js';
import type { ExportReader, ExportedEntity } from '../graph/export.js';
import type { SourceRecord } from '../graph/sources.js';
import { entityInputOf, relationshipInputOf } from '../graph/as-input.js';
import { FORMAT, type SourceInput } from '../model/format.js';
import { withoutNulls } from '../model/values.js';

export function sourceInputOf(source: SourceRecord): SourceInput {
  const p = source.properties;
  const from = partialDateString(p.publishedFrom, p.publishedFromPrecision);
  const to = partialDateString(p.publishedTo, p.publishedToPrecision);
  const published = withoutNulls({ from, to, note: p.publishedNote ?? null });
  return withoutNulls({
    id: source.id,
    title: p.title,
    publisher: p.publisher ?? null,
    url: p.url ?? null,
    language: p.language,
    originalLanguage: p.originalLanguage ?? null,
    note: p.note ?? null,
    published: Object.keys(published).length ? published : null,
    text: p.text,
  }) as SourceInput;
}

/** `items` as the lines of a JSON array under `key`, the first opening it. */
async function* array<T>(key: string, pages: AsyncIterable<T[]>, last = false): AsyncGenerator<string> {
  let first = true;
  yield `"${key}": [`;
  for await (const page of pages) {
    if (!page.length) continue;
    yield `${first ? '\n' : ',\n'}${page.map((item) => JSON.stringify(item)).join(',\n')}`;
    first = false;
  }
  yield `\n]${last ? '' : ','}\n`;
}

export async function* conflictGraphDocument(reader: ExportReader): AsyncGenerator<string> {
  const named = new Set<string>();
  const sources = new Set<string>();
  const cited = (citations: { sourceId: string; assertedById: string | null; viaId: string | null }[]) => {
    for (const c of citations) {
      sources.add(c.sourceId);
      if (c.assertedById) named.add(c.assertedById);
      if (c.viaId) named.add(c.viaId);
    }
  };
  yield `{"format": ${JSON.stringify(FORMAT)},\n`;
  yield* array(
    'relationships',
    (async function* () {
      for await (const page of reader.relationships()) {
        yield page.map(({ relationship }) => {
          cited(relationship.citations);
          if (typeof relationship.properties.whose === 'string') named.add(relationship.properties.whose);
          return relationshipInputOf(relationship, relationship.citations);
        });
      }
    })(),
  );
  yield* array(
    'entities',
    (async function* () {
      const written = new Set<string>();
      const write = (page: ExportedEntity[]) =>
        page.map(({ entity, citations }) => {
          written.add(entity.id);
          cited(citations);
          return entityInputOf(entity, citations);
        });
      for await (const page of reader.entities(new Set(named))) yield write(page);
      // Entities named only by other entities' citations, and those their citations name in turn.
      for (let missing = [...named].filter((id) => !written.has(id)); missing.length; missing = [...named].filter((id) => !written.has(id))) {
        const found = await reader.entitiesById(missing);
        if (!found.length) break;
        yield write(found);
      }
    })(),
  );
  yield* array(
    'sources',
    (async function* () {
      yield (await reader.sources([...sources])).sort((a, b) => a.id.localeCompare(b.id)).map(sourceInputOf);
    })(),
    true,
  );
  yield '}\n';
}
