// What `npm publish` would ship: the packed tarball installs in a project outside the workspace,
// runs the README's examples with plain node against a real API, and type-checks a consumer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';

const packageDir = path.resolve(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// npm's own variables (set when this runs under `npm test`) would point a child npm at the workspace.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error }));
      else resolve(stdout);
    });
  });
}

/** The README's runnable programs (```js blocks), each with the output the ```text block after it shows. */
function readmeExamples(): { program: string; prints: string }[] {
  const readme = fs.readFileSync(path.join(packageDir, 'README.md'), 'utf8');
  return [...readme.matchAll(/```js\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/g)].map((m) => ({ program: m[1]!, prints: m[2]! }));
}

let api: TestApi;
let tmp: string;
let project: string;
let tarball: string;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-sdk-'));
  project = path.join(tmp, 'consumer');
  api = await startTestApi();
});
after(async () => {
  await api?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the published package', () => {
  it('packs only the built code, its declarations, the README and package.json', async () => {
    // `npm pack` runs the prepack script (generate, then build), whose progress comes first.
    const output = await run('npm', ['pack', '--json', '--pack-destination', tmp], packageDir);
    const [packed] = JSON.parse(output.slice(output.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(tmp, packed!.filename);
    const files = packed!.files.map((f) => f.path).sort();
    assert.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts'), files.join(', '));
    assert.deepEqual(
      files.filter((f) => !f.startsWith('dist/')),
      ['README.md', 'package.json'],
    );
    assert.ok(!files.some((f) => f.includes('gql.') || f.endsWith('.ts.map')), 'no unused generated code, no maps to missing sources');
  });

  it('installs outside the workspace, with no workspace package in it', async () => {
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }));
    await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
    const installed = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/@claimgraph/sdk/package.json'), 'utf8'));
    assert.equal(installed.name, '@claimgraph/sdk');
    assert.equal(installed.private, undefined);
    assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules/@claimgraph')), ['sdk']);
  });

  it('runs the README examples with plain node (ESM) against the live API, without graphql, and prints what the README says', async () => {
    // graphql arrives only as the peer of the type package; hiding it shows the SDK never loads it.
    const graphql = path.join(project, 'node_modules/graphql');
    if (fs.existsSync(graphql)) fs.renameSync(graphql, `${graphql}.hidden`);
    const examples = readmeExamples();
    assert.equal(examples.length, 2);
    const env = { ...cleanEnv, CLAIMGRAPH_URL: `${api.origin}/graphql`, CLAIMGRAPH_API_KEY: api.keys.editor };
    try {
      for (const [index, example] of examples.entries()) {
        const file = path.join(project, `readme-example-${index + 1}.mjs`);
        fs.writeFileSync(file, example.program);
        assert.equal(await run(process.execPath, [file], project, env), example.prints, `README example ${index + 1}`);
      }
    } finally {
      if (fs.existsSync(`${graphql}.hidden`)) fs.renameSync(`${graphql}.hidden`, graphql);
    }
  });

  it('type-checks a consumer against the installed declarations, for Node and for bundlers', async () => {
    fs.writeFileSync(
      path.join(project, 'consumer.ts'),
      `import { createClient, NetworkError, type ClaimSummary } from '@claimgraph/sdk';
import manifest from '@claimgraph/sdk/package.json' with { type: 'json' };
const client = createClient({ url: 'http://localhost:4000/graphql' });
const page = await client.listClaims({ first: 1, asOf: '2022-12-01' });
const first: ClaimSummary | undefined = page.nodes[0];
export const statement: string | null | undefined = first?.statement;
export const isNetworkError = (error: unknown): boolean => error instanceof NetworkError;
export const version: string = manifest.version;
`,
    );
    const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022'], types: [], resolveJsonModule: true };
    for (const [name, options] of [
      ['node', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
      ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
    ] as const) {
      const config = path.join(project, `tsconfig.${name}.json`);
      fs.writeFileSync(config, JSON.stringify({ compilerOptions: { ...base, ...options }, files: ['consumer.ts'] }));
      await run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], project);
    }
  });
});
