import type { Command } from 'commander';
import { createApiKey } from '@claimgraph/db/apikeys';
import { withDatabase } from '../database';
import { CliError, print, type OutputOptions } from '../output';

export function registerApiKeyCommands(program: Command): void {
  const apikey = program.command('apikey').description('manage API keys for writes to the GraphQL API');

  apikey
    .command('create')
    .description('create an API key; the secret is printed once and stored only as a hash')
    .requiredOption('--role <role>', 'editor (create and edit) or admin (also merges and keys)')
    .option('--name <name>', 'who or what uses the key', 'unnamed key')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { role: string; name: string }) => {
      const role = options.role.toUpperCase();
      if (role !== 'EDITOR' && role !== 'ADMIN') throw new CliError(`--role must be editor or admin, not "${options.role}"`);
      const { key, secret } = await withDatabase(({ prisma }) => createApiKey(prisma, { name: options.name, role }, 'cli'));
      print(options, { ...key, secret }, [
        `Created ${role.toLowerCase()} key "${key.name}" (${key.id}).`,
        `Secret (shown only now): ${secret}`,
        `Use it as: Authorization: Bearer ${secret}`,
      ]);
    });
}
