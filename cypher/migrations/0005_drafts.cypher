// Drafts of reports under review (src/graph/drafts.ts), listed newest first, and their history.
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE;
CREATE INDEX draft_created IF NOT EXISTS FOR (d:Draft) ON (d.createdAt);
