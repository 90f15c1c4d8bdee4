// A scalar that refuses a value (a Date that is not on the calendar) throws a BAD_USER_INPUT
// GraphQLError, but graphql-js reports it without saying which argument it came in: a literal
// while validating, a variable ("Variable "$day" got invalid value ...") before executing. Here
// both become the API's usual BAD_USER_INPUT, whose `fields` name the argument as written (a
// mutation's `input` by the write layer's field names, as preflight.ts does).
import {
  coerceInputValue,
  getOperationAST,
  GraphQLError,
  isInputType,
  Kind,
  typeFromAST,
  visit,
  type ArgumentNode,
  type ASTNode,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldIssue } from '@claimgraph/db/shared';
import { badUserInput, refused } from './errors';

export function useInputRefusals(): Plugin {
  return {
    onValidate:
      ({ params }) =>
      ({ result, setResult }) => {
        const errors = result as readonly GraphQLError[];
        if (!errors.some(isScalarRefusal)) return;
        const document = params.documentAST as DocumentNode;
        setResult(errors.map((error) => (isScalarRefusal(error) ? refused(badUserInput([literalIssue(document, error)])) : error)));
      },
    onExecute({ args: executionArgs, setResultAndStopExecution }) {
      const args = executionArgs as ExecutionArgs;
      const issues = variableIssues(args.schema, args.document, args.operationName, args.variableValues ?? {});
      if (issues.length > 0) setResultAndStopExecution({ errors: [refused(badUserInput(issues))] });
    },
  };
}

function isScalarRefusal(error: Error): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' && error.nodes?.length === 1;
}

/** The issue for a literal a scalar refused, named by the argument (and input fields) it sits in. */
function literalIssue(document: DocumentNode, error: GraphQLError): FieldIssue {
  const refusedNode = error.nodes![0]!;
  let field = '(input)';
  visit(document, {
    Argument(argument) {
      const path = pathTo(argument.value, refusedNode);
      if (path) field = fieldName(argument, path);
    },
  });
  return { field, message: error.message };
}

function pathTo(value: ValueNode, target: ASTNode, path: string[] = []): string[] | null {
  if (value === target) return path;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = pathTo(field.value, target, [...path, field.name.value]);
      if (found) return found;
    }
  } else if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = pathTo(item, target, [...path, String(index)]);
      if (found) return found;
    }
  }
  return null;
}

function fieldName(argument: ArgumentNode, path: string[]): string {
  const full = argument.name.value === 'input' ? path : [argument.name.value, ...path];
  return full.join('.') || argument.name.value;
}

/** Issues for variables a scalar refused, named by every argument the variable is passed to. */
function variableIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  values: Record<string, unknown>,
): FieldIssue[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const issues: FieldIssue[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type) || values[name] === undefined) continue;
    coerceInputValue(values[name], type, (path, _value, error) => {
      if (error.extensions.code !== 'BAD_USER_INPUT') return;
      const inside = path.map(String);
      const uses = argumentsUsing(document, name);
      for (const argument of uses) issues.push({ field: fieldName(argument.node, [...argument.path, ...inside]), message: error.message });
      if (uses.length === 0) issues.push({ field: [name, ...inside].join('.'), message: error.message });
    });
  }
  return issues;
}

function argumentsUsing(document: DocumentNode, variable: string): { node: ArgumentNode; path: string[] }[] {
  const found: { node: ArgumentNode; path: string[] }[] = [];
  visit(document, {
    Argument(argument) {
      const walk = (value: ValueNode, path: string[]) => {
        if (value.kind === Kind.VARIABLE && value.name.value === variable) found.push({ node: argument, path });
        else if (value.kind === Kind.OBJECT) for (const field of value.fields) walk(field.value, [...path, field.name.value]);
        else if (value.kind === Kind.LIST) value.values.forEach((item, index) => walk(item, [...path, String(index)]));
      };
      walk(argument.value, []);
    },
  });
  return found;
}
