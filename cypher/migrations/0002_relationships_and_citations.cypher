// Relationships between entities carry a stable id, unique per type (Neo4j constrains relationship
// properties per type). The types are the whitelist in src/graph/model.ts; a test checks they match.
CREATE CONSTRAINT supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT guarantees_id IF NOT EXISTS FOR ()-[r:GUARANTEES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT accuses_id IF NOT EXISTS FOR ()-[r:ACCUSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT occupies_id IF NOT EXISTS FOR ()-[r:OCCUPIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_office_in_id IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT controls_id IF NOT EXISTS FOR ()-[r:CONTROLS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deploys_to_id IF NOT EXISTS FOR ()-[r:DEPLOYS_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reports_id IF NOT EXISTS FOR ()-[r:REPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT requests_help_from_id IF NOT EXISTS FOR ()-[r:REQUESTS_HELP_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT protests_against_id IF NOT EXISTS FOR ()-[r:PROTESTS_AGAINST]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT demands_resignation_of_id IF NOT EXISTS FOR ()-[r:DEMANDS_RESIGNATION_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mediates_id IF NOT EXISTS FOR ()-[r:MEDIATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT ends_id IF NOT EXISTS FOR ()-[r:ENDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT proposes_id IF NOT EXISTS FOR ()-[r:PROPOSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT borders_id IF NOT EXISTS FOR ()-[r:BORDERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT may_become_involved_in_id IF NOT EXISTS FOR ()-[r:MAY_BECOME_INVOLVED_IN]-() REQUIRE r.id IS UNIQUE;

// A citation is the sentence of a source that states a fact about an entity or a relationship,
// found by the id of what it is about.
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE;
CREATE INDEX citation_about IF NOT EXISTS FOR (c:Citation) ON (c.about);
