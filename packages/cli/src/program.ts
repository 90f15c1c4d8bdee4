import { Command } from 'commander';
import { registerApiKeyCommands } from './commands/apikey';
import { registerDbCommands } from './commands/db';
import { registerExchangeCommands } from './commands/exchange';
import { registerIngestCommand } from './commands/ingest';
import { registerStartCommand } from './commands/start';

export function createProgram(): Command {
  const program = new Command('claimgraph')
    .description('ClaimGraph: track claims in the news from report to resolution')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerStartCommand(program);
  registerDbCommands(program);
  registerApiKeyCommands(program);
  registerIngestCommand(program);
  registerExchangeCommands(program);
  return program;
}
