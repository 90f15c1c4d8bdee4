// createApp builds the HTTP handler (GraphQL at /graphql, /health, /ready, /metrics) over a given
// Prisma client; the entry point (server.ts) owns the process: ports, signals, the database.
import crypto from 'node:crypto';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { Registry } from 'prom-client';
import type { PrismaClient } from '@claimgraph/db';
import { createContext, type Context } from './context';
import { viewerFromRequest } from './auth';
import { maskError, withoutSuggestions } from './errors';
import { consoleLog, oneLine, useErrorLog, yogaLogger, type Log } from './log';
import { useInputRefusals } from './input-refusals';
import { usePreflight } from './preflight';
import { useDeadline } from './deadline';
import { useResponseLimit } from './response-size';
import { useRequestLimit } from './request-size';
import { schema } from './schema';
import { usePersistedSdkOperations } from './persisted-operations';
import { operationNamesIn, useSqlMetrics } from './sql-metrics';
import { useClaimReviewRoute } from './claimreview';
import { useMetrics } from './metrics';

/** How much one request may ask of the server. */
export interface Limits {
  /** Cost (see cost.ts) above which a query is refused before it runs. */
  maxCost: number;
  /** After this, execution stops and the request answers TIMEOUT. */
  requestTimeoutMs: number;
  /** A response heavier than this is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** A request body heavier than this is refused with 413 before it is read whole. */
  maxRequestBytes: number;
}

// The largest query the SDK sends (an actor's or a source's claims, 100 to a page, each with its
// reports) costs about 32,000; the reader's pages cost less. A query costing 100,000 returns at most
// that many values (lists other than connections are reckoned at ten rows each).
export const DEFAULT_LIMITS: Limits = {
  maxCost: 100_000,
  requestTimeoutMs: 10_000,
  maxResponseBytes: 16_000_000,
  maxRequestBytes: 25_000_000,
};

export interface AppDeps {
  prisma: PrismaClient;
  /** GraphiQL, detailed errors and "Did you mean" suggestions; off in production. */
  development?: boolean;
  /** Whether `__schema` and `__type` are answered. Defaults to `development`. */
  introspection?: boolean;
  limits?: Partial<Limits>;
  log?: Log;
  /**
   * Operations accepted by their sha256 hash (persisted-operations.ts), hex hash → document; with
   * `only`, nothing else is answered. Their names also label /metrics. None by default: every hash
   * is then answered PERSISTED_QUERY_NOT_FOUND, and clients send the query itself.
   */
  persisted?: { operations: ReadonlyMap<string, string>; only: boolean };
}

export type App = YogaServerInstance<Record<string, never>, Context>;

export function createApp({
  prisma,
  development = false,
  introspection = development,
  limits = {},
  log = consoleLog,
  persisted = { operations: new Map(), only: false },
}: AppDeps): App {
  const { maxCost, requestTimeoutMs, maxResponseBytes, maxRequestBytes } = { ...DEFAULT_LIMITS, ...limits };
  const registry = new Registry();
  const operationNames = operationNamesIn(persisted.operations.values());
  const requestIds = new WeakMap<Request, string>();
  const requestId = (request: Request) => {
    let id = requestIds.get(request);
    if (!id) requestIds.set(request, (id = request.headers.get('x-request-id') ?? crypto.randomUUID()));
    return id;
  };
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: development ? { title: 'ClaimGraph API' } : false,
    maskedErrors: { isDev: development, maskError },
    logging: yogaLogger(log),
    // useRequestLimit, the last plugin, does this for less.
    maxRequestBodySize: false,
    context: async ({ request }) => createContext(prisma, requestId(request), await viewerFromRequest(prisma, request)),
    plugins: [
      useClaimReviewRoute(prisma),
      usePersistedSdkOperations(persisted),
      // Shapes no honest query has, refused while validating: the deepest honest query (claims →
      // timeline → resolution → evidence → report → date) is 9 levels. Every alias counts,
      // `__typename` ones too. What a query costs depends on its variables: usePreflight.
      EnvelopArmorPlugin({
        maxDepth: { n: 15, ignoreIntrospection: true, ...asValidationError },
        maxAliases: { n: 30, allowList: [], ...asValidationError },
        maxTokens: { n: 5_000 },
        maxDirectives: { n: 50, ...asValidationError },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: false },
      }),
      ...(introspection ? [] : [withoutIntrospection()]),
      useInputRefusals(),
      usePreflight({ maxCost }),
      useDeadline({ timeoutMs: requestTimeoutMs }),
      useResponseLimit({ maxBytes: maxResponseBytes }),
      ...(development ? [] : [withoutSuggestionsInErrors()]),
      useErrorLog(log, requestId),
      useReady(async (fetchAPI) => {
        try {
          await prisma.$queryRaw`SELECT 1`;
          return new fetchAPI.Response(null, { status: 200 });
        } catch (error) {
          // The caller learns only that the database does not answer; where it is and why, the log.
          log.warn(`claimgraph api: /ready: database unavailable: ${oneLine(error instanceof Error ? error.message : String(error))}`);
          return new fetchAPI.Response('database unavailable', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
        }
      }),
      useSqlMetrics({ registry, operationNames }),
      useMetrics({ registry, operationNames }),
      useRequestLimit({ maxBytes: maxRequestBytes }),
    ],
  });
}

// Armor throws its refusals out of validation, which reach the caller as code-less errors with
// HTTP 200; reported as validation errors they are GRAPHQL_VALIDATION_FAILED, 400, like any other.
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      if (!context) throw error;
      context.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
    },
  ],
};

function withoutIntrospection(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}

// graphql-js suggests field names, argument names and enum values ("Did you mean ...?") in
// validation and in variable errors alike; in production none of them reach the caller.
function withoutSuggestionsInErrors(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!('errors' in single) || !single.errors) continue;
        for (const error of single.errors) (error as { message: string }).message = withoutSuggestions(error.message);
      }
    },
  };
}

/**
 * `/ready`, answered by `check`. (Yoga's useReadinessCheck does the same, but tests every request's
 * URL against a URLPattern on the way: 0.6% of the API's CPU on the benchmark's reads.)
 */
function useReady(check: (fetchAPI: { Response: typeof Response }) => Promise<Response>): Plugin {
  return {
    onRequest(payload) {
      if (payload.url.pathname !== '/ready') return;
      return check(payload.fetchAPI).then((response) => payload.endResponse(response));
    },
  };
}
