// The names the graph knows, as ingest's text-only steps take them: every visible actor with its
// name and every alias still in use (any language), and every visible source by its name.
import type { NameIndex } from '@claimgraph/ingest';
import type { Tx } from '../shared/revisions';

export async function graphNameIndex(tx: Tx): Promise<NameIndex> {
  const [actors, sources] = await Promise.all([
    tx.actor.findMany({
      where: { hiddenAt: null, mergedIntoId: null },
      select: { id: true, name: true, aliases: { where: { hiddenAt: null, shared: false }, select: { name: true } } },
      orderBy: { id: 'asc' },
    }),
    tx.source.findMany({ where: { hiddenAt: null }, select: { id: true, name: true }, orderBy: { id: 'asc' } }),
  ]);
  return [
    ...actors.map((a) => ({ id: a.id, kind: 'actor' as const, names: [...new Set([a.name, ...a.aliases.map((x) => x.name)])] })),
    ...sources.map((s) => ({ id: s.id, kind: 'source' as const, names: [s.name] })),
  ];
}
