// Every command prints a human sentence, or with --json one JSON document on stdout.
export interface OutputOptions {
  json?: boolean;
}

export function print(options: OutputOptions, result: unknown, text: string | string[]): void {
  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${Array.isArray(text) ? text.join('\n') : text}\n`);
}

/** A failure the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
