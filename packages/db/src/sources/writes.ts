// Creating and editing sources (the outlets, agencies and officials that carry claims).
import { parseInput } from '../shared/errors';
import { recordRevision } from '../shared/revisions';
import { freeSlug, slugTaken, storingSlug } from '../shared/slugs';
import { transaction, type WriteContext } from '../shared/transaction';
import { applyVersioned, changesOf, NEXT_VERSION, parseUpdate } from '../shared/versioned';
import { sourceInput, sourceUpdate, type SourceInput, type SourceUpdate } from './inputs';

export async function createSource(ctx: WriteContext, input: SourceInput) {
  const data = parseInput(sourceInput, input);
  return transaction(ctx.prisma, async (tx) => {
    if (data.slug) {
      const owner = await tx.source.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (owner) throw slugTaken(data.slug, `the source "${owner.name}"`);
    }
    const slug = data.slug ?? (await freeSlug(data.name, async (s) => (await tx.source.count({ where: { slug: s } })) > 0));
    const source = await storingSlug(slug, 'source', () => tx.source.create({ data: { ...data, slug } }));
    await recordRevision(tx, { entityType: 'Source', entityId: source.id, action: 'CREATE', after: source, actor: ctx.actor });
    return source;
  });
}

export async function updateSource(ctx: WriteContext, input: SourceUpdate) {
  const update = parseUpdate(sourceUpdate, input);
  const { id, version } = update;
  const data = changesOf(update);
  return applyVersioned(ctx, {
    entity: 'Source',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.source.findUnique({ where: { id } }),
    check: async (tx) => {
      if (!data.slug) return;
      const other = await tx.source.findFirst({ where: { slug: data.slug, id: { not: id } }, select: { name: true } });
      if (other) throw slugTaken(data.slug, `the source "${other.name}"`);
    },
    write: (tx, where) => {
      const write = () => tx.source.updateMany({ where, data: { ...data, ...NEXT_VERSION } });
      return data.slug ? storingSlug(data.slug, 'source', write) : write();
    },
  });
}
