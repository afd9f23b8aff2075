/**
 * Answers a read whose root fields the read planner can plan (src/read/) with one Cypher query,
 * shaped like the response, before graphql-js resolves a single field; a query asked again with the
 * same variables reuses the plan made for it (its statement and how its answer is shaped). Any other operation — a
 * mutation, a subscription, a field the planner does not plan, variables that do not coerce — and
 * any planned read that fails go to the resolvers as before, which answer or report the error.
 */
import { getOperationAST, getVariableValues, Kind, type ExecutionArgs, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { NeedsPlanner } from '../read/needs.js';
import { planRead, readsAllowed, type PlannedRead } from '../read/plan.js';
import type { Context } from '../schema/builder.js';

/** Plans kept, over every operation and set of variables; the least recently asked is let go first. */
export const PLANS_KEPT = 2_000;

/**
 * The plans made so far, by operation and variables: a plan is a function of them alone (who may
 * read is checked before), and making one was most of a planned read's own CPU. yoga's parse cache
 * gives the same query text the same document, so a query asked again finds its plan. A plan is
 * null for an operation the planner leaves to the resolvers.
 */
export class Plans<T = PlannedRead | null> {
  constructor(private readonly capacity = PLANS_KEPT) {}

  private readonly operations = new WeakMap<OperationDefinitionNode, number>();
  private readonly kept = new Map<string, T>();
  private next = 0;

  private key(operation: OperationDefinitionNode, variables: string): string {
    let id = this.operations.get(operation);
    if (id === undefined) this.operations.set(operation, (id = this.next++));
    return `${id} ${variables}`;
  }

  get(operation: OperationDefinitionNode, variables: string): T | undefined {
    const key = this.key(operation, variables);
    const plan = this.kept.get(key);
    if (plan !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, plan);
    }
    return plan;
  }

  set(operation: OperationDefinitionNode, variables: string, plan: T): void {
    if (this.kept.size >= this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(this.key(operation, variables), plan);
  }
}

async function answerPlanned(args: ExecutionArgs, plans: Plans): Promise<{ data: Record<string, unknown> } | null> {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation || operation.operation !== 'query') return null;
  const context = args.contextValue as Context;
  if (!readsAllowed(context)) return null;
  const variables = JSON.stringify(args.variableValues ?? {});
  let plan = plans.get(operation, variables);
  if (plan === undefined) {
    const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
    if (coerced.errors) return null;
    const fragments = Object.fromEntries(
      args.document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    plan = planRead(new NeedsPlanner(args.schema, fragments, coerced.coerced), operation, context);
    plans.set(operation, variables, plan);
  }
  if (!plan) return null;
  const [row] = plan.statement ? await context.db.read(plan.statement.cypher, plan.statement.params) : [];
  return { data: await plan.answer(row ?? {}, context) };
}

export function useReadPlanner(): Plugin<Context> {
  const plans = new Plans();
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        try {
          const answered = await answerPlanned(args, plans);
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
