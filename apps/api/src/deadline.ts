// Execution stops when the request's deadline passes or its client has gone: no resolver starts
// after that (the executor checks the signal between fields), and the SQL already running is
// bounded by the pool's statement_timeout.
import type { Plugin } from 'graphql-yoga';
import { timedOut } from './errors';

export function useDeadline({ timeoutMs }: { timeoutMs: number }): Plugin {
  return {
    onExecute({ args }) {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(timedOut('This request', { status: 503 })), timeoutMs);
      const request = (args.contextValue as { request?: Request }).request;
      // @graphql-tools/executor (yoga's) reads `signal` from the execution arguments.
      Object.assign(args, { signal: request ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal });
      return { onExecuteDone: () => clearTimeout(timer) };
    },
  };
}
