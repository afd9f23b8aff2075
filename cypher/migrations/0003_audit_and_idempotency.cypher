// The audit trail: one (:Change) per write, linked to the entities it affected and findable by the
// id of what it changed (which may since have been deleted).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId);

// A client's idempotency key, with the result of the write it was first used for.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.key IS UNIQUE;
