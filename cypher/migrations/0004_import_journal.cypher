// A large import is written in parts; its journal (one per document, named by a hash of the
// document) records the parts that landed, so the same import run again resumes after them.
CREATE CONSTRAINT import_journal_id IF NOT EXISTS FOR (j:ImportJournal) REQUIRE j.id IS UNIQUE;
