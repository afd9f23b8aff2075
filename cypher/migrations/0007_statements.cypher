// Statements per source (src/graph/statements.ts): one per item and source that is not the one the
// item answers with, found by its id and by the item it is about.
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE INDEX statement_about IF NOT EXISTS FOR (s:Statement) ON (s.about);

// Figures compare by whom they count (src/model/statements.ts victimsOf): reports written before
// `victims` was stored get it from their unit, as new ones do.
MATCH (:Entity)-[r:REPORTS]->(:Entity)
WHERE r.victims IS NULL AND r.unit IS NOT NULL
WITH r, toLower(r.unit) AS unit
WITH r,
     unit =~ '.*\\b(soldiers?|troops?|servicem[ae]n|service ?members?|military personnel|fighters?|combatants?|militants?|rebels?|conscripts?|sailors?|marines?|insurgents?)\\b.*' AS military,
     unit =~ '.*\\b(civilians?|residents?|villagers?|children|women|inhabitants?|refugees?|journalists?)\\b.*' AS civilian
WHERE military <> civilian
SET r.victims = CASE WHEN military THEN 'MILITARY' ELSE 'CIVILIAN' END;
