// `npm run build -w @claimgraph/api`: the API as one JavaScript file, dist/server.mjs, which
// `claimgraph start` runs in production. The workspace's own TypeScript (this app, @claimgraph/*)
// is bundled in; every other package is imported from node_modules as usual. Run from the
// sources, the API needs tsx's loader, which holds about 50 MB more (a plain `node` process
// idles at 41 MB, one with `--import tsx` at 94 MB) and compiles every file at each start.
//
// The bundle sits two directories below the repository root, as src/ does, so paths the sources
// resolve from their own location (the SDK's persisted operations, the repository root) come out
// the same.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(app, 'src/server.ts')],
  outfile: path.join(app, 'dist/server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'node-modules-external',
      setup(builder) {
        // Bare imports stay imports, except the workspace's packages, whose sources are TypeScript.
        builder.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@claimgraph/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
