// Every entity (State, Leader, Organization, Region, Event) carries the :Entity label beside its kind,
// and a stable slug id. Sources are the documents that facts are cited from.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// Sorting and prefix filters on names in entity listings.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Search over names, aliases (transliterations, other languages) and descriptions. No stop words:
// short names and acronyms must stay findable. Not eventually consistent: a write is searchable at once.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases, e.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
