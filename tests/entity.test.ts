/** The first query end to end: entity(id:) and node(id:) read real nodes through the driver. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, resetDatabase, testDriver, testServer } from './helpers.js';

const driver = testDriver();
const server = testServer();

beforeAll(async () => {
  await resetDatabase(driver);
  await driver.executeQuery(`
    CREATE (:Entity:State {id: 'armenia', name: 'Armenia', aliases: ['Republic of Armenia'], description: 'A state in the South Caucasus.'})
    CREATE (:Entity:Organization {id: 'csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'ODKB']})`);
});
afterAll(async () => {
  await server.dispose();
  await driver.close();
});

const ENTITY = `
  query Entity($id: ID!) {
    entity(id: $id) { __typename id slug kind name aliases description }
  }`;

describe('entity(id:)', () => {
  it('reads an entity by its slug, as the type of its kind', async () => {
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

  it('reads the same entity by its opaque global id, and node(id:) agrees', async () => {
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

  it('answers null, not an error, for an id nothing has', async () => {
    for (const id of ['atlantis', 'U3RhdGU6YXRsYW50aXM=', 'not a slug at all']) {
      const { data, errors } = await graphql(server, ENTITY, { id });
      expect(errors).toBeUndefined();
      expect(data?.entity).toBeNull();
    }
  });
});
