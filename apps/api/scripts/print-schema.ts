// Writes schema.graphql, the committed contract the SDK is generated from. `--check` fails when
// the committed file differs from what the code builds.
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaFile, schemaFilePath } from '../src/print-schema';

const file = schemaFilePath;
const printed = printSchemaFile();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== printed) {
    console.error(`${path.relative(process.cwd(), file)} is stale: run npm run schema -w @claimgraph/api and commit it`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), file)} is up to date`);
} else {
  fs.writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
