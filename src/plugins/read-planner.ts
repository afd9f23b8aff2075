/**
 * Answers a read whose root fields the read planner can plan (src/read/) with one Cypher query,
 * shaped like the response, before graphql-js resolves a single field. Any other operation — a
 * mutation, a subscription, a field the planner does not plan, variables that do not coerce — and
 * any planned read that fails go to the resolvers as before, which answer or report the error.
 */
import { getOperationAST, getVariableValues, Kind, type ExecutionArgs, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { NeedsPlanner } from '../read/needs.js';
import { planRead } from '../read/plan.js';
import type { Context } from '../schema/builder.js';

async function answerPlanned(args: ExecutionArgs): Promise<{ data: Record<string, unknown> } | null> {
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
  const plan = planRead(new NeedsPlanner(args.schema, fragments, coerced.coerced), operation, context);
  if (!plan) return null;
  const [row] = plan.statement ? await context.db.read(plan.statement.cypher, plan.statement.params) : [];
  return { data: await plan.answer(row ?? {}, context) };
}

export function useReadPlanner(): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        try {
          const answered = await answerPlanned(args);
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
