/**
 * The Cypher the import writer (graph/import.ts) runs, batched with UNWIND over `$rows`: one
 * statement per shape whatever the kinds and types in the document (labels and types reach them
 * as parameters from the model's whitelist), so a cold Neo4j plans few, and plans them once.
 */
// An item is unchanged when every property the document gives already has that value.
const SAME = `all(key IN keys(row.props) WHERE coalesce(x[key] = row.props[key], x[key] IS NULL AND row.props[key] IS NULL))`;
const OUTCOME = `CASE WHEN created THEN 'created' WHEN same THEN 'unchanged' ELSE 'updated' END AS outcome`;
// Writes what changed, stamped with who and when; an unchanged item is not touched at all.
const STAMP = `FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET x += row.props, x.updatedAt = $now, x.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET x.createdAt = $now, x.createdBy = $actor)`;

export const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (x:Source {id: row.id})
WITH x, row, size(keys(x)) = 1 AS created, ${SAME} AS same
${STAMP}
RETURN row.id AS id, ${OUTCOME}`;

// A new item `x` takes the row's properties, and its first version those and what `row.version`
// adds (kind or type, ends, citations), both stamped by this write.
const CREATED = (
  versionLabel: 'EntityVersion' | 'RelationshipVersion',
) => `SET x = row.props, x.createdAt = $now, x.createdBy = $actor, x.updatedAt = $now, x.updatedBy = $actor
CREATE (v:${versionLabel})
SET v = row.props, v += row.version, v.createdAt = $now, v.createdBy = $actor, v.updatedAt = $now, v.updatedBy = $actor,
    v.knownFrom = datetime.transaction()
RETURN row.id AS id, 'created' AS outcome`;

// New items are created outright (validation has already looked them up); only items that exist
// are compared and, when they differ, updated. Every kind is created by one statement (its label a
// parameter from the model's whitelist): on a cold Neo4j each distinct statement costs a plan. Its
// version is created beside it from what the writer gives (graph/versions.ts), as a relationship's.
export const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (x:Entity:$(row.label))
${CREATED('EntityVersion')}`;

export const UPDATE_ENTITIES = `
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
WITH x, row, false AS created, ${SAME} AS same
${STAMP}
RETURN row.id AS id, ${OUTCOME}`;

// An import adds to an entity: the stored aliases first, then those it gives that are new (never
// the name); unchanged when every stated property holds and no alias is new.
export const ADD_TO_ENTITIES = `
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
WITH x, row, coalesce(x.aliases, []) AS stored
WITH x, row, stored, reduce(names = stored, name IN row.aliases |
  CASE WHEN name IN names OR name = coalesce(row.props.name, x.name) THEN names ELSE names + name END) AS aliases
WITH x, row, aliases, false AS created, ${SAME} AND size(aliases) = size(stored) AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET x.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END)
${STAMP}
RETURN row.id AS id, ${OUTCOME}`;

// Every type in one statement, its type a parameter from the whitelist (CREATE takes a dynamic type
// as it is; only MATCH would lose the type's index, which creating needs not). Its version is
// created beside it from what the writer gives (graph/versions.ts), not read back from the graph:
// reading it back (properties, citations) made Neo4j hold every row between the steps.
export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[x:$(row.type)]->(b)
${CREATED('RelationshipVersion')}`;

// Found between its ends, the type a parameter: one plan for every type.
export const UPDATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[x]->(:Entity {id: row.to})
WHERE x.id = row.id AND type(x) = $type
WITH x, row, false AS created, ${SAME} AS same
${STAMP}
RETURN row.id AS id, ${OUTCOME}`;

/**
 * Citations are named by a hash of what they say: one that exists is already exactly so. Every read
 * comes before the first CREATE, so Neo4j streams the rows instead of holding them all between.
 */
export const CREATE_CITATIONS = `
UNWIND $rows AS row
MATCH (source:Source {id: row.source})
OPTIONAL MATCH (asserter:Entity {id: row.assertedBy})
OPTIONAL MATCH (relay:Entity {id: row.via})
CREATE (c:Citation {id: row.id, about: row.about, aboutKind: row.aboutKind, quote: row.quote, note: row.note,
                    createdAt: $now, createdBy: $actor})
CREATE (c)-[:CITES]->(source)
FOREACH (a IN CASE WHEN asserter IS NULL THEN [] ELSE [asserter] END | CREATE (c)-[:ASSERTED_BY]->(a))
FOREACH (v IN CASE WHEN relay IS NULL THEN [] ELSE [relay] END | CREATE (c)-[:VIA]->(v))
RETURN row.id AS id`;

export const EXISTING_CITATIONS = 'UNWIND $rows AS id MATCH (c:Citation {id: id}) RETURN c.id AS id';
