// createApp builds the HTTP handler (GraphQL at /graphql, /health, /ready, /metrics) over a given
// Prisma client; the entry point (server.ts) owns the process: ports, signals, the database.
import crypto from 'node:crypto';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { Registry } from 'prom-client';
import type { PrismaClient } from '@claimgraph/db';
import { createContext, type Context } from './context';
import { viewerFromRequest } from './auth';
import { maskError } from './errors';
import { schema } from './schema';

export interface AppDeps {
  prisma: PrismaClient;
  /** GraphiQL and detailed errors; off in production. */
  development?: boolean;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

export function createApp({ prisma, development = false }: AppDeps): App {
  const registry = new Registry();
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: development ? { title: 'ClaimGraph API' } : false,
    maskedErrors: { isDev: development, maskError },
    context: async ({ request }) =>
      createContext(prisma, request.headers.get('x-request-id') ?? crypto.randomUUID(), await viewerFromRequest(prisma, request)),
    plugins: [
      // Refuse queries built to exhaust the server before they run. The limits leave room for the
      // deepest honest query (claims → timeline → resolution → evidence → report → date is 9 levels)
      // and for a page of 20 reports with 50 claims each (about 420,000 by Armor's cost model).
      EnvelopArmorPlugin({
        maxDepth: { n: 15, ignoreIntrospection: true },
        costLimit: { maxCost: 500_000 },
        maxAliases: { n: 30 },
        maxTokens: { n: 5_000 },
        maxDirectives: { n: 50 },
        blockFieldSuggestion: { enabled: !development },
      }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await prisma.$queryRaw`SELECT 1`;
        },
      }),
      usePrometheus({
        endpoint: '/metrics',
        registry,
        metrics: {
          graphql_yoga_http_duration: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_phase_execute: true,
          graphql_envelop_error_result: true,
        },
      }),
    ],
  });
}
