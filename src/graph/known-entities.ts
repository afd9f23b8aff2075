/**
 * The entities already in the graph, as the extractor needs them to recognise names in a new report:
 * id, kind, name, aliases and the subtype that tells how a name may be used ("Azerbaijani forces"
 * finds the armed forces of Azerbaijan by its orgType).
 */
import type { Db } from './db.js';
import type { EntityKind } from '../model/vocabulary.js';
import { kindOfLabels } from './records.js';

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  isoCode?: string;
  orgType?: string;
  regionType?: string;
  eventType?: string;
  /** For events, when known (YYYY-MM-DD): lets a report's "the clashes" find the graph's event by its dates. */
  start?: string;
  end?: string;
}

export async function knownEntities(db: Db): Promise<KnownEntity[]> {
  const rows = await db.read<{ entity: Record<string, unknown>; labels: string[] }>(
    `MATCH (e:Entity)
     RETURN e {.id, .name, .aliases, .isoCode, .orgType, .regionType, .eventType,
               start: toString(e.startDate), end: toString(e.endDate)} AS entity, labels(e) AS labels`,
  );
  return rows.flatMap(({ entity, labels }) => {
    const kind = kindOfLabels(labels);
    if (!kind) return [];
    const optional = (key: string) => (typeof entity[key] === 'string' ? { [key]: entity[key] as string } : {});
    return [
      {
        id: String(entity.id),
        kind,
        name: String(entity.name ?? entity.id),
        aliases: Array.isArray(entity.aliases) ? entity.aliases.map(String) : [],
        ...optional('isoCode'),
        ...optional('orgType'),
        ...optional('regionType'),
        ...optional('eventType'),
        ...optional('start'),
        ...optional('end'),
      },
    ];
  });
}
