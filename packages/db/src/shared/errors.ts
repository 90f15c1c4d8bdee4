// Expected failures of a write, each with what the caller needs to fix it. Anything else is a bug.
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. "anchor.start". */
  field: string;
  message: string;
}

export class ValidationError extends Error {
  readonly code = 'VALIDATION_FAILED';
  constructor(readonly issues: FieldIssue[]) {
    super(`invalid input: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }

  static fromZod(error: z.ZodError, prefix = ''): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({
        field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(input)',
        message: issue.message,
      })),
    );
  }
}

export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entityType: string,
    readonly id: string,
    readonly field?: string,
  ) {
    super(`${entityType} ${id} does not exist${field ? ` (${field})` : ''}`);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends Error {
  readonly code = 'CONFLICT';
  constructor(
    readonly entityType: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      `${entityType} ${id} was changed by someone else: you edited version ${expectedVersion}, it is now at version ${actualVersion}; reload and apply your change again`,
    );
    this.name = 'ConflictError';
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
