import { CommanderError } from 'commander';
import { ValidationError } from '@claimgraph/db/shared';
import { createProgram } from './program';
import { CliError } from './output';

/** Runs the command line and returns the exit code; failures print one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode; // commander printed it already
    const message = error instanceof CliError || error instanceof ValidationError ? error.message : oneLine(error);
    process.stderr.write(`claimgraph: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim()) ?? 'unknown error';
}
