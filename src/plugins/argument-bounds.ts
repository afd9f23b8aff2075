/**
 * Bounded arguments written as literals (`first: 100000`) are checked against their declared bounds
 * before the cost limit reads them as list sizes: the client is told which argument is out of
 * bounds (BAD_USER_INPUT) instead of a cost it cannot relate to its mistake. The bound is the one the
 * argument declares (`extensions.bounds`, set where it is declared); variables are checked, as
 * every argument is, when the field runs.
 */
import { Kind, TypeInfo, visit, visitWithTypeInfo, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { outOfBounds, type Bounds } from '../schema/bounds.js';

export function useArgumentBounds(): Plugin {
  return {
    onValidate({ params, setResult }) {
      const typeInfo = new TypeInfo(params.schema);
      const errors: GraphQLError[] = [];
      visit(
        params.documentAST,
        visitWithTypeInfo(typeInfo, {
          Argument(node) {
            const bounds = typeInfo.getArgument()?.extensions?.bounds as Bounds | undefined;
            if (!bounds || node.value.kind !== Kind.INT) return;
            const error = outOfBounds(node.name.value, Number(node.value.value), bounds);
            if (error) errors.push(error);
          },
        }),
      );
      if (errors.length) setResult(errors);
    },
  };
}
