// What the explorer asks of the graph before it draws: the relationship types the graph holds (a
// view that hides some sends the server the ones left shown) and the days on which something
// changes (the slider's steps). Asked through the GraphQL API only.

import { gql } from './shared.js';
import { changeDays } from './explore-time.js';
import { shownTypes } from './explore-view.js';

const TYPES = `{ relationshipCounts { type } }`;
const EVENT_DATES = `{ timeline(first: 500) { startDate endDate } }`;
const RELATIONSHIP_DATES = `query Dates($after: String) {
  relationships(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { validFrom validTo } } }
}`;

/** The graph's relationship types, once asked (null: not yet, or the ask failed). */
let typesAsked = null;

/**
 * Every relationship type the graph holds, asked once; a failed ask is asked again next time, so a
 * view that hides some never asks for every type instead.
 */
export function relationshipTypes() {
  typesAsked ??= gql(TYPES).then(
    ({ relationshipCounts }) => relationshipCounts.map((c) => c.type),
    (error) => {
      typesAsked = null;
      throw error;
    },
  );
  return typesAsked;
}

/** The types a view asks for: null for all of them, else every known one but the hidden. */
export const typesOf = async (view) => (view.hidden.size ? shownTypes(view, await relationshipTypes()) : null);

/** Every relationship's dates, a page at a time (a few pages at most: the slider needs no more). */
async function relationshipDates() {
  const dates = [];
  let after = null;
  for (let page = 0; page < 20; page++) {
    const { relationships } = await gql(RELATIONSHIP_DATES, { after });
    dates.push(...relationships.edges.map((edge) => edge.node));
    if (!relationships.pageInfo.hasNextPage) break;
    after = relationships.pageInfo.endCursor;
  }
  return dates;
}

/** The slider's steps (the days something changes) and a tick for each event's start. */
export async function sliderDays() {
  const [{ timeline }, dates] = await Promise.all([gql(EVENT_DATES), relationshipDates()]);
  return { days: changeDays(timeline, dates), starts: timeline.map((event) => event.startDate).filter(Boolean) };
}
