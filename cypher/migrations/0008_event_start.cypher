// A timeline with an end date (src/graph/explore.ts timelineMatch) reads the events that begin by
// then from this index, already in the order it gives them, and stops at its page: at 1,000,000
// relationships (43,750 events) its Cypher took 24 ms rather than 38 ms scanning every event.
CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.startDate);
