/**
 * Bounded arguments written as literals (`first: 100000`) are checked against their declared bounds
 * before the cost limit reads them as list sizes: the client is told which argument is out of
 * bounds (BAD_USER_INPUT) instead of a cost it cannot relate to its mistake. The bound is the one the
 * argument declares (`extensions.bounds`, set where it is declared); variables are checked, as
 * every argument is, when the field runs.
 */
import { Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { outOfBounds, type Bounds } from '../schema/bounds.js';

export function useArgumentBounds(): Plugin {
  // Yoga's parser cache hands the same document back for the same query text: each is walked once.
  const checked = new WeakMap<DocumentNode, GraphQLError[]>();
  return {
    onValidate({ params, setResult }) {
      let errors = checked.get(params.documentAST);
      if (!errors) {
        const found: GraphQLError[] = [];
        const typeInfo = new TypeInfo(params.schema);
        visit(
          params.documentAST,
          visitWithTypeInfo(typeInfo, {
            Argument(node) {
              const bounds = typeInfo.getArgument()?.extensions?.bounds as Bounds | undefined;
              if (!bounds || node.value.kind !== Kind.INT) return;
              const error = outOfBounds(node.name.value, Number(node.value.value), bounds);
              if (error) found.push(error);
            },
          }),
        );
        checked.set(params.documentAST, (errors = found));
      }
      if (errors.length) setResult(errors);
    },
  };
}
