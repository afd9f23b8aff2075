/**
 * The plans the read planner keeps (src/plugins/read-planner.ts): found again by the same
 * operation and variables, never by other variables or another operation, the least recently asked
 * let go first once it holds its bound.
 */
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Plans } from '../../src/plugins/read-planner.js';

const operation = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;
// A stand-in for a plan: the cache keeps whatever it is given.
const statement = (cypher: string) => ({ cypher, params: {} });
type Kept = ReturnType<typeof statement> | null;

describe('planned reads', () => {
  it('are found by the same operation and the same variables only', () => {
    const statements = new Plans<Kept>();
    const profile = operation('query P($id: ID!) { entity(id: $id) { name } }');
    const same = operation('query P($id: ID!) { entity(id: $id) { name } }');
    statements.set(profile, '{"id":"armenia"}', statement('A'));
    expect(statements.get(profile, '{"id":"armenia"}')).toEqual(statement('A'));
    expect(statements.get(profile, '{"id":"russia"}')).toBeUndefined();
    // Another parse of the same text is another operation: yoga's parse cache is what makes them one.
    expect(statements.get(same, '{"id":"armenia"}')).toBeUndefined();
    statements.set(same, '{}', null);
    expect(statements.get(same, '{}')).toBeNull();
  });

  it('let the least recently asked go first', () => {
    const statements = new Plans<Kept>(2);
    const op = operation('{ entity(id: "armenia") { name } }');
    statements.set(op, 'a', statement('A'));
    statements.set(op, 'b', statement('B'));
    expect(statements.get(op, 'a')).toEqual(statement('A'));
    statements.set(op, 'c', statement('C'));
    expect(statements.get(op, 'b')).toBeUndefined();
    expect(statements.get(op, 'a')).toEqual(statement('A'));
    expect(statements.get(op, 'c')).toEqual(statement('C'));
  });
});
