// SQL statements per GraphQL operation, on /metrics as the histogram
// claimgraph_sql_statements{operation} (beside yoga's latency histograms, which carry the
// operation name too). The Prisma client calls countStatement() for every statement it sends; the
// statement is counted for the operation executing it, found through AsyncLocalStorage.
//
// The label is the operation's name when it is one of the SDK's (a fixed set), "(other)" for any
// other: names a caller makes up must not grow the metrics without bound.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Histogram, type Registry } from 'prom-client';
import { memoizedOperationLabels } from './metrics';

const executing = new AsyncLocalStorage<{ statements: number }>();

/** Counts one SQL statement for the operation being executed, if any. */
export function countStatement(): void {
  const store = executing.getStore();
  if (store) store.statements += 1;
}

export function useSqlMetrics({ registry, operationNames }: { registry: Registry; operationNames: ReadonlySet<string> }): Plugin {
  const statements = new Histogram({
    name: 'claimgraph_sql_statements',
    help: 'SQL statements one GraphQL operation sent to the database',
    labelNames: ['operation'],
    buckets: [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50],
    registers: [registry],
  });
  const labelsOf = memoizedOperationLabels(operationNames);
  return {
    onExecute({ executeFn, setExecuteFn, args }) {
      const store = { statements: 0 };
      const execute = executeFn as (executeArgs: ExecutionArgs) => unknown;
      setExecuteFn((executeArgs) => executing.run(store, () => execute(executeArgs as ExecutionArgs)) as never);
      const { document, operationName } = args as ExecutionArgs;
      return {
        onExecuteDone() {
          statements.observe({ operation: labelsOf(document, operationName).operationName }, store.statements);
        },
      };
    },
  };
}

/** The operation names in a set of documents (the SDK's manifest). */
export function operationNamesIn(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const document of documents)
    for (const match of document.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)) names.add(match[1]!);
  return names;
}
