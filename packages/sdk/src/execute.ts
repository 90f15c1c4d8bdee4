// The one way a request leaves the SDK: a POST of { query, variables } through `fetch`, and a
// response that is either data or a typed exception. Nothing here needs the graphql package.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { errorFromResponse, NetworkError, type GraphQLErrorEntry } from './errors.js';

/** The part of a fetch Response the SDK reads. */
export interface ResponseLike {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of `fetch` the SDK calls; the global fetch, undici's, or a wrapper (e.g. Next.js caching options). */
export type FetchLike = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }) => Promise<ResponseLike>;

/**
 * A GraphQL document whose result and variables types travel with it: the SDK's own documents
 * (typed strings), a TypedDocumentNode, or any DocumentTypeDecoration.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables>;

/** `[]` or `[variables]` when every variable is optional, `[variables]` otherwise. */
export type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface ExecuteConfig {
  url: string;
  fetch: FetchLike;
  headers: Record<string, string>;
  /** Prints a DocumentNode that carries no source text (only needed for such documents). */
  print?: (document: never) => string;
  /**
   * The SDK's own operations carry their sha256 hash (persisted-documents.json). They are sent by
   * hash alone; an API that does not know a hash says so, and that operation is sent whole from
   * then on. `false` always sends the whole document.
   */
  persisted?: boolean;
  /** Hashes the API said it does not know (filled in by execute). */
  unknownHashes?: Set<string>;
}

export async function execute<TResult, TVariables>(
  config: ExecuteConfig,
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const hash = config.persisted === false ? undefined : persistedHash(document);
  if (hash && !config.unknownHashes?.has(hash)) {
    const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: variables ?? {} });
    const answer = await send<TResult>(config, body);
    if (!('unknownHash' in answer)) return answer.data;
    (config.unknownHashes ??= new Set()).add(hash);
  }
  const answer = await send<TResult>(config, JSON.stringify({ query: documentText(document, config.print), variables: variables ?? {} }));
  if ('unknownHash' in answer)
    throw new NetworkError(`the ClaimGraph API at ${config.url} refused a whole query as an unknown hash`, { url: config.url });
  return answer.data;
}

/** The bare sha256 hex of a document generated with its hash (`__meta__.hash`, "sha256:<hex>"). */
function persistedHash(document: unknown): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
  return typeof hash === 'string' && hash.startsWith('sha256:') ? hash.slice('sha256:'.length) : undefined;
}

async function send<TResult>(config: ExecuteConfig, body: string): Promise<{ data: TResult } | { unknownHash: true }> {
  const { url } = config;
  let response: ResponseLike;
  let text: string;
  try {
    response = await config.fetch(url, { method: 'POST', headers: config.headers, body });
    text = await response.text();
  } catch (cause) {
    throw new NetworkError(`could not reach the ClaimGraph API at ${url}: ${describe(cause)}`, { url, cause });
  }
  const { status } = response;
  const parsed = parseGraphQLResponse(text);
  if (!parsed) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new NetworkError(
      `the ClaimGraph API at ${url} answered ${status} ${response.statusText} (${type}), not a GraphQL response: ${text.slice(0, 200)}`,
      { url, status },
    );
  }
  if (parsed.errors?.length === 1 && UNKNOWN_HASH.has(String(parsed.errors[0]?.extensions?.code))) return { unknownHash: true };
  if (parsed.errors?.length) throw errorFromResponse(parsed.errors, parsed.data, status);
  if (status >= 500 || parsed.data === undefined || parsed.data === null) {
    throw new NetworkError(`the ClaimGraph API at ${url} answered ${status} ${response.statusText} without data`, { url, status });
  }
  return { data: parsed.data as TResult };
}

/** What an API answers to a hash it does not know (ClaimGraph's code, and Apollo's). */
const UNKNOWN_HASH = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** The text to send for a document: typed strings as they are, parsed documents by their source. */
function documentText(document: unknown, print?: (document: never) => string): string {
  if (typeof document === 'string' || document instanceof String) return document.toString();
  if (typeof document === 'object' && document !== null && (document as { kind?: unknown }).kind === 'Document') {
    const body = (document as { loc?: { source?: { body?: unknown } } }).loc?.source?.body;
    if (typeof body === 'string') return body;
    if (print) return print(document as never);
    throw new TypeError(
      'this DocumentNode carries no source text: pass `print` from graphql to createClient, or use typed strings (codegen `documentMode: "string"`)',
    );
  }
  throw new TypeError(`not a GraphQL document: ${typeof document}`);
}

interface GraphQLResponse {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

function parseGraphQLResponse(text: string): GraphQLResponse | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || !('data' in value || 'errors' in value)) return undefined;
  const { data, errors } = value as GraphQLResponse;
  return { data, errors: Array.isArray(errors) ? errors : undefined };
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici puts the reason (ECONNREFUSED, ENOTFOUND, ...) on the cause of its "fetch failed".
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`;
}
