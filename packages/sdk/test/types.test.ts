// The types are the SDK's promise: correct use compiles, and each misuse is a compile error at
// its own line. tsc runs as a consumer's would, on the files in test/fixtures/types.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const fixtures = path.join(import.meta.dirname, 'fixtures/types');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function typecheck(project: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, '-p', path.join(fixtures, project), '--pretty', 'false'], (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, output: stdout + stderr });
    });
  });
}

// What tsc must say about each marked line of misuse.ts.
const expected: Record<string, RegExp> = {
  'asOf-number': /TS2322: Type 'number' is not assignable to type 'Day \| undefined'/,
  'misspelled-field': /TS2551: Property 'verdikt' does not exist .* Did you mean 'verdict'\?/,
  'unknown-verdict': /TS2322: Type '"MAYBE"' is not assignable to type 'Verdict'/,
  // request() also takes untyped documents (a second overload), so TypeScript reports the typed one's reason inside TS2769.
  'missing-version': /TS2769: No overload matches this call.*Property 'version' is missing/s,
  // With one argument only the untyped overload fits the count, so TypeScript names that one: a typed
  // document must come with its variables.
  'missing-variables': /TS2345: Argument of type 'TypedDocumentString<UpdateClaimMutation.*'string \| UntypedDocument'/s,
  'missing-anchor': /TS2345: .*Property 'appearance' is missing/s,
  'apikey-number': /TS2322: Type 'number' is not assignable to type 'string'/,
  'wrong-error-field': /TS2339: Property 'fields' does not exist on type 'ConflictError'/,
};

describe('types', () => {
  it('a consumer that uses the client as intended compiles cleanly', async () => {
    const { code, output } = await typecheck('tsconfig.json');
    assert.equal(output.trim(), '');
    assert.equal(code, 0);
  });

  it('each misuse fails to compile, with an error that names it', async () => {
    const { code, output } = await typecheck('misuse.tsconfig.json');
    assert.equal(code, 2, output);
    const source = fs.readFileSync(path.join(fixtures, 'misuse.ts'), 'utf8').split('\n');
    const markers = new Map(
      source.flatMap((line, i) => {
        const name = /\/\/ misuse: (\S+)/.exec(line)?.[1];
        return name ? [[i + 1, name] as const] : [];
      }),
    );
    assert.deepEqual([...markers.values()].sort(), Object.keys(expected).sort());
    // An error's first line is "file(line,col): error TSnnnn: ..."; its continuation lines follow it.
    const errors = output.split(/\n(?=\S+\(\d+,\d+\): error )/).filter((e) => e.includes('error TS'));
    const errorLines = errors.map((e) => Number(/misuse\.ts\((\d+),/.exec(e)?.[1]));
    assert.deepEqual(errorLines, [...markers.keys()], 'exactly one error per marked line and none elsewhere');
    for (const [index, error] of errors.entries()) {
      const name = markers.get(errorLines[index]!)!;
      assert.match(error, expected[name]!, `misuse "${name}"`);
    }
  });
});
