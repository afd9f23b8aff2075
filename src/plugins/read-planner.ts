/**
 * Answers a read whose root fields the read planner can plan (src/read/) with one Cypher query,
 * shaped like the response, before graphql-js resolves a single field; a query asked again with the
 * same variables reuses the statement planned for it. Any other operation — a
 * mutation, a subscription, a field the planner does not plan, variables that do not coerce — and
 * any planned read that fails go to the resolvers as before, which answer or report the error.
 */
import { getOperationAST, getVariableValues, Kind, type ExecutionArgs, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { NeedsPlanner } from '../read/needs.js';
import { planRead } from '../read/plan.js';
import type { Statement } from '../graph/db.js';
import type { Context } from '../schema/builder.js';

/** Statements kept, over every operation and set of variables; the least recently asked is let go first. */
export const STATEMENTS_KEPT = 2_000;

/**
 * The statements planned so far, by operation and variables: a statement is a function of them
 * alone, and building its Cypher is most of a plan's cost. yoga's parse cache gives the same query
 * text the same document, so a query asked again finds its statement.
 */
export class Statements {
  constructor(private readonly capacity = STATEMENTS_KEPT) {}

  private readonly operations = new WeakMap<OperationDefinitionNode, number>();
  private readonly kept = new Map<string, Statement | null>();
  private next = 0;

  private key(operation: OperationDefinitionNode, variables: string): string {
    let id = this.operations.get(operation);
    if (id === undefined) this.operations.set(operation, (id = this.next++));
    return `${id} ${variables}`;
  }

  get(operation: OperationDefinitionNode, variables: string): Statement | null | undefined {
    const key = this.key(operation, variables);
    const statement = this.kept.get(key);
    if (statement !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, statement);
    }
    return statement;
  }

  set(operation: OperationDefinitionNode, variables: string, statement: Statement | null): void {
    if (this.kept.size >= this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(this.key(operation, variables), statement);
  }
}

async function answerPlanned(args: ExecutionArgs, statements: Statements): Promise<{ data: Record<string, unknown> } | null> {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation || operation.operation !== 'query') return null;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(
    args.document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const context = args.contextValue as Context;
  const variables = JSON.stringify(args.variableValues ?? {});
  const built = statements.get(operation, variables);
  const plan = planRead(new NeedsPlanner(args.schema, fragments, coerced.coerced), operation, context, built);
  if (!plan) return null;
  if (built === undefined) statements.set(operation, variables, plan.statement);
  const [row] = plan.statement ? await context.db.read(plan.statement.cypher, plan.statement.params) : [];
  return { data: await plan.answer(row ?? {}, context) };
}

export function useReadPlanner(): Plugin<Context> {
  const statements = new Statements();
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        try {
          const answered = await answerPlanned(args, statements);
          if (answered) return answered;
        } catch (error) {
          // A client that went away ends here too; anything else the resolvers will meet and report.
          if ((args.contextValue as Context).abort.signal.aborted) throw error;
        }
        return executeFn(args);
      });
    },
  };
}
