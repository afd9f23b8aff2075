/** The query mix the load script (and the benchmark) send. */
import { gistSelection } from '../schema/example.js';

/** What analysts and client apps send, in the proportions of a working session. */
export const QUERY_MIX: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'entity with relationships and citations',
    query: `query Profile($id: ID!) { entity(id: $id) { name ... on State {
      supportedBy { from { name } citations { quote assertedBy { name } } }
      accuses { to { name } ${gistSelection('ACCUSES')} citations { quote } }
      accusedBy { from { name } citations { quote } } memberOf { to { name } } } } }`,
    variables: { id: 'armenia' },
  },
  {
    name: 'page of entities with relationships',
    query: `query Page { entities(first: 50) { totalCount edges { node { name kind
      ... on State { supports { to { name } } accusedBy { from { name } } }
      ... on Organization { partOf { to { name } } }
      ... on Event { participants { from { name } } } } } } }`,
  },
  { name: 'search', query: 'query Search($text: String!) { search(text: $text) { score entity { name kind } } }', variables: { text: 'Grigorjan' } },
  {
    name: 'neighbourhood depth 2',
    query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2) { truncated
      nodes { distance entity { name kind } } edges { type from { slug } to { slug } confidence } } }`,
    variables: { id: 'csto' },
  },
  {
    name: 'shortest paths',
    query: 'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length nodes { name } edges { type } } }',
    variables: { from: 'turkey', to: 'russia' },
  },
  {
    name: 'timeline',
    query: 'query Timeline { timeline(from: "1988-01-01", to: "2022-12-31") { name startDate endDate participants { from { name } } } }',
  },
];

/** The first run of each query pays for Neo4j planning it: run the mix a few times before measuring. */
export async function warmUp(url: string): Promise<void> {
  for (let round = 0; round < 5; round++) {
    for (const { query, variables } of QUERY_MIX) {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    }
  }
}
