// Expected failures become GraphQL errors that say what went wrong and where, with a stable
// `extensions.code`; anything else is masked (no stack traces, no database messages).
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { sqlStateOf } from '@claimgraph/db';
import { ConflictError, type FieldIssue, NotFoundError, ValidationError } from '@claimgraph/db/shared';

// Pothos refuses the global id of another type of node before any resolver runs (a malformed one
// is refused by the builder's decodeGlobalID); its error names the id but not the argument.
const WRONG_TYPE_OF_ID = /^ID: \S+ is not of type: /;

/** PostgreSQL's query_canceled: the statement ran past the pool's statement_timeout. */
const STATEMENT_CANCELED = '57014';

/** Every BAD_USER_INPUT lists its issues in `fields`. */
export function badUserInput(issues: FieldIssue[], path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(`invalid input: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, {
    path,
    extensions: { code: 'BAD_USER_INPUT', fields: issues },
  });
}

/**
 * An error for a request refused before execution. It carries no data, so a client speaking
 * application/graphql-response+json gets 400 (as for a validation error); a plain JSON one gets 200.
 */
export function refused(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400, spec: true } } });
}

/** TIMEOUT: the request (or one field's database work) ran past its deadline and was stopped. */
export function timedOut(what: string, options: { path?: readonly (string | number)[]; status?: number } = {}): GraphQLError {
  return new GraphQLError(`${what} took too long and was stopped: ask for less (smaller pages, fewer nested lists) or try again later.`, {
    path: options.path,
    extensions: { code: 'TIMEOUT', ...(options.status ? { http: { status: options.status } } : {}) },
  });
}

/** The caller-facing error for a failure the API expects, or null for a bug (to be masked). */
function expectedError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof ValidationError) return badUserInput(original.issues, path);
  if (original instanceof ConflictError) {
    return new GraphQLError(original.message, {
      path,
      extensions: {
        code: 'CONFLICT',
        entity: original.entityType,
        id: original.id,
        yourVersion: original.expectedVersion,
        currentVersion: original.actualVersion,
      },
    });
  }
  if (original instanceof NotFoundError) {
    return new GraphQLError(original.message, {
      path,
      extensions: { code: 'NOT_FOUND', entity: original.entityType, id: original.id, field: original.field },
    });
  }
  if (original instanceof PothosValidationError && WRONG_TYPE_OF_ID.test(original.message)) {
    return badUserInput([{ field: '(input)', message: original.message }], path);
  }
  if (sqlStateOf(original) === STATEMENT_CANCELED) return timedOut('The database work for this field', { path });
  if (isJsonParseFailure(error)) {
    return new GraphQLError('The request body is not valid JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
  }
  return null;
}

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  return expectedError(error) ?? yogaMaskError(error, message, isDev);
}

/** Whether an error (as yoga hands it to the logger) is one the caller caused or may retry: no stack needed. */
export function isExpected(error: unknown): boolean {
  if (expectedError(error)) return true;
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const code = error.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

// Yoga's own parse error quotes the JSON parser (and with it part of the body) in `originalError`.
function isJsonParseFailure(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions?.code === 'BAD_REQUEST' && error.message === 'POST body sent invalid JSON.';
}

/** Strips "Did you mean ...?" from a message: in production the schema is not described to callers. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}
