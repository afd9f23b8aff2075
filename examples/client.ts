/**
 * A small client for conflict-graph, typed by graphql-codegen from schema/schema.graphql: every
 * result below is checked against the schema at compile time. Run it against a server:
 *
 *   npm start                      # in one terminal
 *   npx tsx examples/client.ts     # in another (CONFLICT_GRAPH_URL to point elsewhere)
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './generated/gql.js';

const SupportersDocument = graphql(`
  query Supporters($id: ID!) {
    entity(id: $id) {
      __typename
      name
      ... on State {
        supportedBy {
          from { name }
          confidence
          citations { quote assertedBy { name } via { name } }
        }
      }
    }
  }
`);

const AccusationsDocument = graphql(`
  query Accusations($from: ID!, $to: ID!) {
    relationships(type: ACCUSES, from: $from, to: $to) {
      totalCount
      edges {
        node {
          __typename
          confidence
          ... on Accusation { allegation }
          citations { quote assertedBy { name } }
        }
      }
    }
  }
`);

/** Sends one typed operation; the result type comes from the document. */
export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? 'no data');
  return body.data;
}

export interface Briefing {
  supporters: Record<string, string[]>;
  accusations: { allegation: string; assertedBy: string[]; quote: string }[];
}

/** Who supports Armenia and Azerbaijan, and what Armenia accuses Azerbaijan of, with the sources' words. */
export async function briefing(url: string): Promise<Briefing> {
  const supporters: Record<string, string[]> = {};
  for (const id of ['armenia', 'azerbaijan']) {
    const { entity } = await request(url, SupportersDocument, { id });
    if (entity?.__typename === 'State') supporters[entity.name] = entity.supportedBy.map((s) => s.from.name);
  }
  const { relationships } = await request(url, AccusationsDocument, { from: 'armenia', to: 'azerbaijan' });
  const accusations = relationships.edges.flatMap(({ node }) =>
    node.__typename === 'Accusation'
      ? [
          {
            allegation: node.allegation,
            assertedBy: node.citations.flatMap((c) => (c.assertedBy ? [c.assertedBy.name] : [])),
            quote: node.citations[0]?.quote ?? '',
          },
        ]
      : [],
  );
  return { supporters, accusations };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.CONFLICT_GRAPH_URL ?? 'http://localhost:4000/graphql';
  console.log(JSON.stringify(await briefing(url), null, 2));
}
