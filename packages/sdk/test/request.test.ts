// client.request as a new user tries it: a hand-written query string, a DocumentNode from
// graphql's parse, and the SDK's typed documents, against a real API; and a consumer that
// type-checks (the answer to an untyped document is unknown, a typed one is typed).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';
import { createClient, SourceDocument, type ClaimGraphClient } from '../src/index.ts';
import { claimId, sourceId } from './support.ts';

let api: TestApi;
let client: ClaimGraphClient;
before(async () => {
  api = await startTestApi();
  client = createClient({ url: `${api.origin}/graphql` });
});
after(() => api?.stop());

const QUERY = 'query Nyt($slug: String) { source(slug: $slug) { id name } }';

describe('request', () => {
  it('sends a plain query string with its variables', async () => {
    const answer = await client.request(QUERY, { slug: 'nyt' });
    assert.deepEqual(answer, { source: { id: sourceId('nyt'), name: 'The New York Times' } });
  });

  it('sends a DocumentNode from graphql’s parse', async () => {
    assert.deepEqual(await client.request(parse(QUERY), { slug: 'nyt' }), { source: { id: sourceId('nyt'), name: 'The New York Times' } });
  });

  it('sends a typed document, typed', async () => {
    const { source } = await client.request(SourceDocument, { slug: 'nyt' });
    assert.equal(source?.trackRecord.carried.claims, 1);
  });

  it('getClaimReview: the JSON-LD of a claim with a verdict, null without one', async () => {
    const review = await client.getClaimReview(claimId('shells'), { url: 'https://reader.example/c' });
    assert.deepEqual(
      [review?.['@type'], review?.url, (review?.reviewRating as { alternateName?: string })?.alternateName],
      ['ClaimReview', 'https://reader.example/c', 'Confirmed'],
    );
    assert.equal(await client.getClaimReview(claimId('wh-ballistic-missiles')), null);
  });

  it('type-checks as a user writes it', async () => {
    const dir = fs.mkdtempSync(path.join(import.meta.dirname, '../.typecheck-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'consumer.ts'),
        `import { parse } from 'graphql';
import { createClient, SourceDocument } from '../src/index.ts';
const client = createClient({ url: 'http://localhost:4000/graphql' });
export const plain: Promise<unknown> = client.request('{ source(slug: "nyt") { name } }');
export const withVariables: Promise<unknown> = client.request('query($s: String) { source(slug: $s) { name } }', { s: 'nyt' });
export const parsed: Promise<unknown> = client.request(parse('{ source(slug: "nyt") { name } }'));
const typed = await client.request(SourceDocument, { slug: 'nyt' });
export const name: string | undefined = typed.source?.name;
const untyped = await client.request('{ source(slug: "nyt") { name } }');
// @ts-expect-error the answer to an untyped document is unknown until it is checked
export const unchecked = untyped.source;
// @ts-expect-error a typed document's variables are checked
export const wrong = client.request(SourceDocument, { slug: 42 });
`,
      );
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'ES2022',
            lib: ['ES2022', 'DOM'],
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            allowImportingTsExtensions: true,
            skipLibCheck: true,
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      await promisify(execFile)(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json'), '--pretty', 'false']).catch(
        (error: { stdout: string }) => {
          assert.fail(error.stdout);
        },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
