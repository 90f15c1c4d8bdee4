// Types the SDK's own operations (src/operations) against the committed API contract. Reads only
// local files, so it runs offline; never point `schema` at a running server.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/operations/*.graphql'],
  // Relative imports with `.js`, as Node's ESM loader needs them in the built dist/.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        // Results are plain objects: an SDK method hands back everything it selected.
        fragmentMasking: false,
        // A manifest of hash → document, ready to feed the server's allow-list.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        // Documents are strings: consumers need no graphql runtime to send them.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
