#!/usr/bin/env node
// The `claimgraph` command: TypeScript source run through tsx, like every workspace package.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
