import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { env } from '../env';

// Temporary: replaced by @claimgraph/sdk once it exists.

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string }>;
}

// cache() compares arguments by identity, so variables travel as a JSON string:
// two calls with equal variables in one request share one POST.
const post = cache(async (query: string, variablesJson: string): Promise<unknown> => {
  // Reads are live: render at request time, never during `next build`.
  await connection();
  const url = env.CLAIMGRAPH_API_URL;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: `{"query":${JSON.stringify(query)},"variables":${variablesJson}}`,
      cache: 'no-store', // the reader shows live data; nothing is cached between requests
    });
  } catch (cause) {
    unstable_rethrow(cause); // Next's own control-flow errors are not network failures
    throw new Error(`Could not reach the ClaimGraph API at ${url}`, { cause });
  }

  let body: GraphQLResponse<unknown>;
  try {
    body = (await response.json()) as GraphQLResponse<unknown>;
  } catch (cause) {
    throw new Error(
      `The ClaimGraph API at ${url} answered HTTP ${response.status} without a GraphQL response`,
      { cause },
    );
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map((error) => error.message).join('\n'));
  }
  if (body.data == null) {
    throw new Error(`The ClaimGraph API at ${url} answered HTTP ${response.status} without data`);
  }
  return body.data;
});

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return (await post(query, JSON.stringify(variables))) as T;
}
