import type { Command } from 'commander';
import { applyMigrations, checkDrift, createMigration, migrationStatus } from '@claimgraph/db/migrate';
import { loadSampleData } from '@claimgraph/db/seed';
import { withDatabase } from '../database';
import { paths } from '../env';
import { CliError, print, type OutputOptions } from '../output';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('database tasks: migrations, drift check, sample data');

  db.command('migrate')
    .description('apply pending migrations from prisma/migrations')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      const applied = await withDatabase(({ url }) => applyMigrations({ url, migrationsDir: paths.migrations }));
      print(
        options,
        { applied },
        applied.length ? [`Applied ${applied.length} migration(s):`, ...applied.map((m) => `  ${m}`)] : 'No pending migrations.',
      );
    });

  db.command('status')
    .description('list applied and pending migrations')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      const status = await withDatabase(async ({ url, description }) => ({
        database: description,
        ...(await migrationStatus({ url, migrationsDir: paths.migrations })),
      }));
      print(options, status, [
        `Database: ${status.database}`,
        `Applied: ${status.applied.length}`,
        `Pending: ${status.pending.length ? status.pending.join(', ') : 'none'}`,
        ...(status.modified.length ? [`Changed after they were applied: ${status.modified.join(', ')}`] : []),
        ...(status.missing.length ? [`Applied but missing from prisma/migrations: ${status.missing.join(', ')}`] : []),
      ]);
    });

  db.command('new-migration')
    .description('write the migration that takes the database from the existing migrations to prisma/schema.prisma')
    .argument('<name>', 'what the migration does, e.g. add_claim_topic')
    .option('--json', 'print JSON')
    .action(async (name: string, options: OutputOptions) => {
      if (!/^[a-z0-9_]+$/.test(name)) throw new CliError(`migration name must be lower-case letters, digits and _, not "${name}"`);
      const created = await createMigration({ name, schemaPath: paths.schema, migrationsDir: paths.migrations });
      print(options, created, created.created ? `Wrote ${created.file}` : 'No changes: schema.prisma matches the migrations.');
    });

  db.command('drift')
    .description('check that the migrations produce exactly what prisma/schema.prisma declares')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      const drift = await checkDrift({ schemaPath: paths.schema, migrationsDir: paths.migrations });
      print(
        options,
        drift,
        drift.inSync
          ? 'In sync: the migrations produce what schema.prisma declares.'
          : ['Drift:', ...drift.differences.map((d) => `  ${d}`)],
      );
      if (!drift.inSync) process.exitCode = 1;
    });

  db.command('seed')
    .description('load the annotated sample report and its later record (safe to run again)')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      const counts = await withDatabase(async ({ url, prisma }) => {
        await applyMigrations({ url, migrationsDir: paths.migrations });
        return loadSampleData(prisma, { actor: 'sample data' });
      });
      const total = Object.values(counts).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
      print(
        options,
        counts,
        total
          ? `Loaded sample data: ${Object.entries(counts)
              .map(([k, n]) => `${n} ${k}`)
              .join(', ')}.`
          : 'Sample data already loaded; nothing changed.',
      );
    });
}
