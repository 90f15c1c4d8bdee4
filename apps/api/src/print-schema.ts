import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

export const schemaFilePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');

export function printSchemaFile(): string {
  return `# Generated from apps/api/src/schema by \`npm run schema -w @claimgraph/api\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
