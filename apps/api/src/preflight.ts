// Checks an operation with its variables before anything runs: arguments no resolver could use
// (text with a NUL byte, which PostgreSQL cannot store or compare; a cursor this API never gave
// out; a negative page size), then the cost. A refusal sends no SQL.
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ExecutionArgs,
  type DocumentNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type FieldIssue, NUL_MESSAGE } from '@claimgraph/db/shared';
import { operationCost, type Operation } from './cost';
import { isCursorOf, pagingOf } from './paging';
import { badUserInput, refused } from './errors';

export function usePreflight({ maxCost }: { maxCost: number }): Plugin {
  // What an operation without variables asks cannot change between requests, and yoga hands the
  // same document object for the same query text (its parse cache): such an operation, once
  // accepted, is not walked again. (Only acceptance is kept: a refusal is built anew each time.)
  const accepted = new WeakMap<DocumentNode, Set<string>>();
  return {
    onExecute({ args: executionArgs, setResultAndStopExecution }) {
      const args = executionArgs as ExecutionArgs;
      const name = args.operationName ?? '';
      if (accepted.get(args.document)?.has(name)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 1 });
      // Variables that do not fit their types are refused by execution itself, before any resolver.
      if (coerced.errors) return;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const request: Operation = { schema: args.schema, operation, fragments, variables: coerced.coerced };

      const refusals = argumentRefusals(request);
      if (refusals.length > 0) return setResultAndStopExecution({ errors: refusals });

      const cost = operationCost(request);
      if (cost <= maxCost) {
        if (!operation.variableDefinitions?.length) {
          const names = accepted.get(args.document) ?? new Set<string>();
          accepted.set(args.document, names.add(name));
        }
      } else {
        setResultAndStopExecution({
          errors: [
            refused(
              new GraphQLError(
                `This query could return about ${cost.toLocaleString('en')} values, more than the ${maxCost.toLocaleString('en')} one request may ask for: ask for smaller pages (first/last) or fewer nested lists.`,
                { extensions: { code: 'COST_LIMIT', cost, maxCost } },
              ),
            ),
          ],
        });
      }
    },
  };
}

/** One BAD_USER_INPUT per field whose arguments cannot be used. */
function argumentRefusals({ schema, operation, fragments, variables }: Operation): GraphQLError[] {
  const refusals: GraphQLError[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, type: GraphQLNamedType) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const issues = argumentIssues(field, getArgumentValues(field, selection, variables));
        if (issues.length > 0) refusals.push(refused(badUserInput(issues)));
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : undefined;
        walk(selection.selectionSet, condition ?? type);
      } else {
        const fragment = fragments[selection.name.value];
        // Once per fragment and type, so fragments spread into fragments cannot make the walk explode.
        const key = `${selection.name.value} on ${type.name}`;
        if (!fragment || seen.has(key)) continue;
        seen.add(key);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? type);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root);
  return refusals;
}

function argumentIssues(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [name, value] of Object.entries(args)) {
    // A mutation's `input` is the whole input: its fields are named as the write layer names them.
    forEachString(value, name === 'input' ? [] : [name], (text, path) => {
      if (text.includes('\u0000')) issues.push({ field: path.join('.') || name, message: NUL_MESSAGE });
    });
  }
  const paging = pagingOf(field);
  if (paging) {
    for (const name of ['first', 'last'] as const) {
      const size = args[name];
      if (typeof size === 'number' && size < 0) issues.push({ field: name, message: 'must not be negative' });
    }
    for (const name of ['after', 'before'] as const) {
      const cursor = args[name];
      if (typeof cursor === 'string' && !isCursorOf(paging, cursor)) {
        issues.push({ field: name, message: `is not a cursor of ${field.name}: pass a startCursor or endCursor this connection returned` });
      }
    }
  }
  return issues;
}

function forEachString(value: unknown, path: string[], visit: (text: string, path: string[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => forEachString(item, [...path, String(index)], visit));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) forEachString(item, [...path, key], visit);
}
