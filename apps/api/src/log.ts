// What the API writes to its console. A refusal the caller caused (bad input, a conflict, a missing
// row, no key, a query over the cost limit) is one info line: it is the caller's to fix, not an
// alarm. Anything else is a bug and is logged whole, with its stack; the caller sees it masked.
import { GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { isExpected } from './errors';

export interface Log {
  info(line: string): void;
  warn(line: string): void;
  /** An unexpected failure: the whole error, stack included. */
  error(message: string, error?: unknown): void;
}

export const consoleLog: Log = {
  info: (line) => console.info(line),
  warn: (line) => console.warn(line),
  error: (message, error) => (error === undefined ? console.error(message) : console.error(message, error)),
};

/**
 * Yoga's logger. Yoga logs every error it masks or maps (ours map the expected ones) as an error;
 * the expected ones are left to `useErrorLog`, which logs them as the caller saw them.
 */
export function yogaLogger(log: Log): YogaLogger {
  return {
    debug: () => {},
    info: (...args) => log.info(args.map(String).join(' ')),
    warn: (...args) => log.warn(args.map(String).join(' ')),
    error: (...args) => {
      const unexpected = args.filter((arg) => !isExpected(arg));
      if (unexpected.length > 0) log.error('claimgraph api: unexpected error', unexpected.length === 1 ? unexpected[0] : unexpected);
    },
  };
}

/** One info line per expected error a response carries, with the request's id. */
export function useErrorLog(log: Log, requestId: (request: Request) => string): Plugin {
  return {
    onResultProcess({ request, result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!('errors' in single) || !single.errors) continue;
        for (const error of single.errors) {
          const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
          if (code === 'INTERNAL_SERVER_ERROR') continue; // logged whole by yogaLogger
          const where = error.path ? ` at ${error.path.join('.')}` : '';
          log.info(
            `claimgraph api: request ${requestId(request)}: ${typeof code === 'string' ? code : 'GRAPHQL_ERROR'}${where}: ${oneLine(error.message)}`,
          );
        }
      }
    },
  };
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
