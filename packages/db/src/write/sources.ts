import { parseInput } from './errors';
import { sourceInput, type SourceInput } from './inputs';
import { freeSlug, transaction, type WriteContext } from './common';
import { recordRevision } from './revision';

export async function createSource(ctx: WriteContext, input: SourceInput) {
  const data = parseInput(sourceInput, input);
  return transaction(ctx.prisma, async (tx) => {
    const slug = data.slug ?? (await freeSlug(data.name, async (s) => (await tx.source.count({ where: { slug: s } })) > 0));
    const source = await tx.source.create({ data: { ...data, slug } });
    await recordRevision(tx, { entityType: 'Source', entityId: source.id, action: 'CREATE', after: source, actor: ctx.actor });
    return source;
  });
}
