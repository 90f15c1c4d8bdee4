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
      // The client going away stops execution too. (A listener rather than AbortSignal.any: the
      // request's signal is aborted when every response ends, and a composed signal would follow
      // it each time.)
      const clientGone = () => deadline.abort(request?.signal.reason);
      if (request?.signal.aborted) clientGone();
      else request?.signal.addEventListener('abort', clientGone, { once: true });
      // @graphql-tools/executor (yoga's) reads `signal` from the execution arguments.
      Object.assign(args, { signal: deadline.signal });
      return {
        onExecuteDone: () => {
          clearTimeout(timer);
          request?.signal.removeEventListener('abort', clientGone);
        },
      };
    },
  };
}
