// Expected failures become GraphQL errors that say what went wrong and where, with a stable
// `extensions.code`; anything else is masked (no stack traces, no database messages).
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { ConflictError, NotFoundError, ValidationError } from '@claimgraph/db/write';

// Pothos refuses the global id of another type of node before any resolver runs (a malformed one
// is refused by the builder's decodeGlobalID); its error names the id but not the argument.
const WRONG_TYPE_OF_ID = /^ID: \S+ is not of type: /;

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
  if (original instanceof PothosValidationError && WRONG_TYPE_OF_ID.test(original.message)) {
    return new GraphQLError(original.message, { path, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: '(input)', message: original.message }] } });
  }
  return yogaMaskError(error, message, isDev);
}
