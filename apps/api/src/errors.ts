// Expected failures become GraphQL errors that say what went wrong and where, with a stable
// `extensions.code`; anything else is masked (no stack traces, no database messages).
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { ConflictError, NotFoundError, ValidationError } from '@claimgraph/db/write';

// Pothos refuses a malformed global ID, or one of another type, before any resolver runs; its
// error names the id but not the argument it came in.
const BAD_GLOBAL_ID = /^(Invalid global ID: |ID: \S+ is not of type: )/;

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof ValidationError) {
    return new GraphQLError(original.message, { path, extensions: { code: 'BAD_USER_INPUT', fields: original.issues } });
  }
  if (original instanceof ConflictError) {
    return new GraphQLError(original.message, {
      path,
      extensions: { code: 'CONFLICT', entity: original.entityType, id: original.id, yourVersion: original.expectedVersion, currentVersion: original.actualVersion },
    });
  }
  if (original instanceof NotFoundError) {
    return new GraphQLError(original.message, { path, extensions: { code: 'NOT_FOUND', entity: original.entityType, id: original.id, field: original.field } });
  }
  if (original instanceof PothosValidationError && BAD_GLOBAL_ID.test(original.message)) {
    return new GraphQLError(original.message, { path, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: '(input)', message: original.message }] } });
  }
  return yogaMaskError(error, message, isDev);
}
