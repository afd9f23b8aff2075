// What the graph held when (src/graph/versions.ts): a version of each entity and relationship per
// write that changed it, current while knownUntil is null. Found by the item's id, a relationship's
// also by its ends (a neighbourhood as it stood), an entity's by its kind (a timeline as it stood).
CREATE INDEX entity_version_id IF NOT EXISTS FOR (v:EntityVersion) ON (v.id);
CREATE INDEX entity_version_kind IF NOT EXISTS FOR (v:EntityVersion) ON (v.kindLabel);
CREATE INDEX relationship_version_id IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.id);
CREATE INDEX relationship_version_start IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.startId);
CREATE INDEX relationship_version_end IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.endId);

// What was written before versions were kept: each item as it stands now, known since it was
// created (earlier edits were not kept, so they cannot be rebuilt). A retraction is rebuilt from the
// relationship's own record of it: unretracted until retractedAt, retracted after.
MATCH (x:Entity) WHERE NOT EXISTS { MATCH (:EntityVersion {id: x.id}) }
CALL (x) {
  CREATE (v:EntityVersion)
  SET v = properties(x),
      v.kindLabel = [label IN labels(x) WHERE label IN ['State', 'Leader', 'Organization', 'Region', 'Event']][0],
      v.knownFrom = coalesce(x.createdAt, datetime())
  WITH x, v, COLLECT {
    MATCH (c:Citation {about: x.id})-[:CITES]->(s:Source)
    OPTIONAL MATCH (c)-[:ASSERTED_BY]->(a:Entity)
    OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
    WITH c, s, a, relay ORDER BY s.id, c.id
    RETURN [c.id, s.id, c.quote, coalesce(a.id, ''), coalesce(relay.id, ''), coalesce(c.note, '')]
  } AS cs
  SET v.citationIds = [c IN cs | c[0]], v.citationSources = [c IN cs | c[1]], v.citationQuotes = [c IN cs | c[2]],
      v.citationAssertedBy = [c IN cs | c[3]], v.citationVia = [c IN cs | c[4]], v.citationNotes = [c IN cs | c[5]]
} IN TRANSACTIONS OF 5000 ROWS;

MATCH (a:Entity)-[x]->(b:Entity)
WHERE type(x) IN ['SUPPORTS', 'GUARANTEES', 'ACCUSES', 'OCCUPIES', 'MEMBER_OF', 'LEADS', 'HOLDS_OFFICE_IN', 'PART_OF',
                  'CONTROLS', 'PARTICIPATES_IN', 'SIGNED', 'DEPLOYS_TO', 'REPORTS', 'REQUESTS_HELP_FROM', 'PROTESTS_AGAINST',
                  'DEMANDS_RESIGNATION_OF', 'LOCATED_IN', 'MEDIATES', 'ENDS', 'PROPOSES', 'BORDERS', 'CONCERNS',
                  'MAY_BECOME_INVOLVED_IN']
  AND NOT EXISTS { MATCH (:RelationshipVersion {id: x.id, relType: type(x)}) }
CALL (a, x, b) {
  WITH a, x, b, COLLECT {
    MATCH (c:Citation {about: x.id})-[:CITES]->(s:Source)
    OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
    OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
    WITH c, s, asserter, relay ORDER BY s.id, c.id
    RETURN [c.id, s.id, c.quote, coalesce(asserter.id, ''), coalesce(relay.id, ''), coalesce(c.note, '')]
  } AS cs
  UNWIND CASE WHEN x.retractedAt IS NULL THEN ['now'] ELSE ['before', 'now'] END AS stage
  CREATE (v:RelationshipVersion)
  SET v = properties(x), v.relType = type(x), v.startId = a.id, v.endId = b.id,
      v.knownFrom = CASE stage WHEN 'before' THEN coalesce(x.createdAt, x.retractedAt) ELSE coalesce(x.retractedAt, x.createdAt, datetime()) END,
      v.knownUntil = CASE stage WHEN 'before' THEN x.retractedAt END,
      v.citationIds = [c IN cs | c[0]], v.citationSources = [c IN cs | c[1]], v.citationQuotes = [c IN cs | c[2]],
      v.citationAssertedBy = [c IN cs | c[3]], v.citationVia = [c IN cs | c[4]], v.citationNotes = [c IN cs | c[5]]
  FOREACH (_ IN CASE stage WHEN 'before' THEN [1] ELSE [] END |
    REMOVE v.retractedAt, v.retractedBy, v.retractionReason)
} IN TRANSACTIONS OF 5000 ROWS;
