// Every failure the SDK reports is a ClaimGraphError. The message is the server's own
// explanation; the subclass says what kind of failure it was, so callers can branch with
// `instanceof` instead of reading `extensions.code`.

/** One GraphQL error as the server sent it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

/** A problem with one input field, e.g. `{ field: 'anchor.exact', message: 'not found in the report' }`. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface ClaimGraphErrorDetails {
  /** `extensions.code` of the first error (e.g. `BAD_USER_INPUT`), or `NETWORK_ERROR`. */
  code: string;
  /** Every GraphQL error of the response, in the server's order. */
  errors?: readonly GraphQLErrorEntry[];
  /** Whatever data the server sent beside the errors (GraphQL allows partial results). */
  data?: unknown;
  /** The HTTP status of the response, when there was one. */
  status?: number;
  cause?: unknown;
}

export class ClaimGraphError extends Error {
  readonly code: string;
  readonly errors: readonly GraphQLErrorEntry[];
  /** Partial data sent with the errors; the SDK never returns it silently. */
  readonly data: unknown;
  readonly status: number | undefined;

  constructor(message: string, details: ClaimGraphErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ClaimGraphError';
    this.code = details.code;
    this.errors = details.errors ?? [];
    this.data = details.data ?? null;
    this.status = details.status;
  }

  /** `extensions` of the first GraphQL error. */
  get extensions(): Record<string, unknown> {
    return this.errors[0]?.extensions ?? {};
  }

  /** Where in the result the first GraphQL error happened, e.g. `['createClaim']`. */
  get path(): readonly (string | number)[] | undefined {
    return this.errors[0]?.path;
  }
}

/** The input was refused (`BAD_USER_INPUT`); `fields` says which fields and why. */
export class ValidationError extends ClaimGraphError {
  readonly fields: readonly FieldIssue[];
  constructor(message: string, details: ClaimGraphErrorDetails) {
    super(message, details);
    this.name = 'ValidationError';
    this.fields = asFieldIssues(this.extensions.fields);
  }
}

/** Someone else changed the node since you read it (`CONFLICT`): reload and apply your change again. */
export class ConflictError extends ClaimGraphError {
  /** The version you sent. */
  readonly yourVersion: number | undefined;
  /** The version the node is at now. */
  readonly currentVersion: number | undefined;
  /** The kind of node, e.g. `Claim`. */
  readonly entity: string | undefined;
  constructor(message: string, details: ClaimGraphErrorDetails) {
    super(message, details);
    this.name = 'ConflictError';
    this.yourVersion = numberOrUndefined(this.extensions.yourVersion);
    this.currentVersion = numberOrUndefined(this.extensions.currentVersion);
    this.entity = stringOrUndefined(this.extensions.entity);
  }
}

/** A node the operation refers to does not exist (`NOT_FOUND`). Reads of a missing node return null instead. */
export class NotFoundError extends ClaimGraphError {
  readonly entity: string | undefined;
  constructor(message: string, details: ClaimGraphErrorDetails) {
    super(message, details);
    this.name = 'NotFoundError';
    this.entity = stringOrUndefined(this.extensions.entity);
  }
}

/** No API key, or one the server does not know (`UNAUTHENTICATED`, HTTP 401). */
export class AuthenticationError extends ClaimGraphError {
  constructor(message: string, details: ClaimGraphErrorDetails) {
    super(message, details);
    this.name = 'AuthenticationError';
  }
}

/** The key is known but its role may not do this (`FORBIDDEN`, HTTP 403). */
export class ForbiddenError extends ClaimGraphError {
  constructor(message: string, details: ClaimGraphErrorDetails) {
    super(message, details);
    this.name = 'ForbiddenError';
  }
}

/** The server could not be reached, or answered without a GraphQL response (HTML, 502, ...). */
export class NetworkError extends ClaimGraphError {
  readonly url: string;
  constructor(message: string, details: Omit<ClaimGraphErrorDetails, 'code'> & { url: string }) {
    super(message, { ...details, code: 'NETWORK_ERROR' });
    this.name = 'NetworkError';
    this.url = details.url;
  }
}

const classByCode: Record<string, new (message: string, details: ClaimGraphErrorDetails) => ClaimGraphError> = {
  BAD_USER_INPUT: ValidationError,
  CONFLICT: ConflictError,
  NOT_FOUND: NotFoundError,
  UNAUTHENTICATED: AuthenticationError,
  FORBIDDEN: ForbiddenError,
};

/** The exception for a response with GraphQL errors: its class follows the first error's code. */
export function errorFromResponse(errors: readonly GraphQLErrorEntry[], data: unknown, status: number): ClaimGraphError {
  const first = errors[0];
  const code = stringOrUndefined(first?.extensions?.code) ?? 'GRAPHQL_ERROR';
  const message = errors.map((e) => e.message).join('; ') || `the server answered ${status} with an empty error`;
  const ErrorClass = classByCode[code] ?? ClaimGraphError;
  return new ErrorClass(message, { code, errors, data, status });
}

function asFieldIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    .map((v) => ({ field: typeof v.field === 'string' ? v.field : '', message: typeof v.message === 'string' ? v.message : '' }));
}

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);
const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);
