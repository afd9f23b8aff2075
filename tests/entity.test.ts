/** The first query end to end: entity(id:) and node(id:) read real nodes through the driver. */
import { describe, expect } from 'vitest';
import { it } from './fixture.js';
import { graphql } from './helpers.js';

// Two entities of its own in an otherwise empty graph.
it.override('article', false);
it.beforeAll(async ({ driver }) => {
  await driver.executeQuery(`
    CREATE (:Entity:State {id: 'armenia', name: 'Armenia', aliases: ['Republic of Armenia'], description: 'A state in the South Caucasus.'})
    CREATE (:Entity:Organization {id: 'csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'ODKB']})`);
});

const ENTITY = `
  query Entity($id: ID!) {
    entity(id: $id) { __typename id slug kind name aliases description }
  }`;

describe('entity(id:)', () => {
  it('reads an entity by its slug, as the type of its kind', async ({ server }) => {
    const { data, errors } = await graphql(server, ENTITY, { id: 'armenia' });
    expect(errors).toBeUndefined();
    expect(data?.entity).toMatchObject({
      __typename: 'State',
      slug: 'armenia',
      kind: 'STATE',
      name: 'Armenia',
      aliases: ['Republic of Armenia'],
      description: 'A state in the South Caucasus.',
    });
  });

  it('reads the same entity by its opaque global id, and node(id:) agrees', async ({ server }) => {
    const bySlug = await graphql<{ entity: { id: string } }>(server, ENTITY, { id: 'csto' });
    const globalId = bySlug.data?.entity.id as string;
    expect(globalId).not.toContain('csto');

    const byGlobalId = await graphql(server, ENTITY, { id: globalId });
    expect(byGlobalId.data?.entity).toEqual(bySlug.data?.entity);

    const node = await graphql(server, 'query($id: ID!) { node(id: $id) { __typename id ... on Entity { name } } }', {
      id: globalId,
    });
    expect(node.data?.node).toEqual({
      __typename: 'Organization',
      id: globalId,
      name: 'Collective Security Treaty Organization',
    });
    expect(bySlug.data?.entity).toMatchObject({ aliases: ['CSTO', 'ODKB'], description: null });
  });

  it('answers null, not an error, for an id nothing has', async ({ server }) => {
    for (const id of ['atlantis', 'U3RhdGU6YXRsYW50aXM=', 'not a slug at all']) {
      const { data, errors } = await graphql(server, ENTITY, { id });
      expect(errors).toBeUndefined();
      expect(data?.entity).toBeNull();
    }
  });
});
