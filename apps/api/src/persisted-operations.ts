// Persisted operations: the SDK's operations are hashed when it is built (graphql-codegen's
// client preset writes `persisted-documents.json`, "sha256:<hex>" → document). A client may send
// the hash alone, as Apollo's automatic persisted queries do:
//   { "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "<hex>" } }, "variables": ... }
// The API looks the document up (Yoga parses each document once and caches it). With
// CLAIMGRAPH_PERSISTED_ONLY=true it answers nothing else: a production option that closes the API
// to hand-written queries.
import { readFileSync } from 'node:fs';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';

/**
 * The SDK of this repository writes its manifest here when it is generated (on install). The API
 * cannot depend on the SDK package (the SDK's tests start the API), so it reads the file.
 */
export const SDK_MANIFEST = new URL('../../../packages/sdk/src/generated/persisted-documents.json', import.meta.url);

/** A manifest of operations ("sha256:<hex>" → document), keyed by the bare hex hash. */
export function readOperations(file: string | URL): Map<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest).map(([key, document]) => [key.replace(/^sha256:/, ''), document]));
}

export function usePersistedSdkOperations({ operations, only }: { operations: ReadonlyMap<string, string>; only: boolean }): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: !only,
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    customErrors: {
      notFound: () =>
        createGraphQLError('PersistedQueryNotFound: no operation with this hash; send the query itself', {
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        }),
      persistedQueryOnly: () =>
        createGraphQLError("this API answers persisted operations only (the SDK's, by their sha256 hash)", {
          extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
        }),
      keyNotFound: () =>
        createGraphQLError('send a query, or extensions.persistedQuery { version: 1, sha256Hash }', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        }),
    },
  });
}
