// The name index a caller would build from the graph, built here from the sample data.
import { sampleData } from '@claimgraph/db/seed';
import type { NameIndex } from '../src/index.ts';

export function sampleNameIndex(): NameIndex {
  const data = sampleData();
  return [
    ...data.actors.map((a) => ({ id: a.slug, kind: 'actor' as const, names: [a.name, ...a.aliases.map((x) => x.name)] })),
    ...data.sources.map((s) => ({ id: s.slug, kind: 'source' as const, names: [s.name] })),
  ];
}
