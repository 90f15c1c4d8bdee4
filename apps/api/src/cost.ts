// What a query costs before it runs, with the request's variables: every field it selects counts
// one (every alias, `__typename` too), and a field's selection counts once per row the field can
// return: a connection's page size as `first`/`last` set it (literal or variable, else the
// connection's default, never above its maximum), an estimate for other lists. The sum is about
// the number of values the response would hold, so the limit bounds the work whatever the variables.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { pageSize, pagingOf } from './paging';

/** Rows a list that is not a connection (a claim's claimants, an appearance's chain) is reckoned to hold. */
const LIST_ESTIMATE = 10;

export interface Operation {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values (defaults applied). */
  variables: Record<string, unknown>;
}

export function operationCost({ schema, operation, fragments, variables }: Operation): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // A fragment costs the same wherever it is spread on the same type, so it is reckoned once: a
  // document that spreads fragments into fragments costs a multiplication, not an exponential walk.
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (set: SelectionSetNode, type: GraphQLNamedType, isConnection: boolean): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, type, isConnection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : undefined;
        cost += selectionCost(selection.selectionSet, condition ?? type, isConnection);
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment) continue;
        const key = `${fragment.name.value} on ${type.name}${isConnection ? ' (connection)' : ''}`;
        let fragmentCost = fragmentCosts.get(key);
        if (fragmentCost === undefined) {
          const condition = schema.getType(fragment.typeCondition.name.value) ?? type;
          fragmentCost = selectionCost(fragment.selectionSet, condition, isConnection);
          fragmentCosts.set(key, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, parentIsConnection: boolean): number => {
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!node.selectionSet || !field) return 1;
    const paging = pagingOf(field);
    let rows = 1;
    if (paging) rows = pageSize(paging, getArgumentValues(field, node, variables));
    // A connection's edges are its page, already counted by the connection field.
    else if (isListType(getNullableType(field.type))) rows = parentIsConnection && node.name.value === 'edges' ? 1 : LIST_ESTIMATE;
    return 1 + rows * selectionCost(node.selectionSet, getNamedType(field.type), paging !== undefined);
  };

  return selectionCost(operation.selectionSet, root, false);
}
