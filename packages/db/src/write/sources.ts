import { Prisma } from '../../generated/prisma/client';
import { parseInput, ValidationError } from './errors';
import { sourceInput, type SourceInput } from './inputs';
import { freeSlug, transaction, type WriteContext } from './common';
import { recordRevision } from './revision';

export async function createSource(ctx: WriteContext, input: SourceInput) {
  const data = parseInput(sourceInput, input);
  const slugTaken = (slug: string, owner: string) => new ValidationError([{ field: 'slug', message: `"${slug}" is already taken by ${owner}` }]);
  return transaction(ctx.prisma, async (tx) => {
    if (data.slug) {
      const owner = await tx.source.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (owner) throw slugTaken(data.slug, `the source "${owner.name}"`);
    }
    const slug = data.slug ?? (await freeSlug(data.name, async (s) => (await tx.source.count({ where: { slug: s } })) > 0));
    const source = await tx.source.create({ data: { ...data, slug } }).catch((error: unknown) => {
      // A concurrent writer took the slug after our check.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw slugTaken(slug, 'another source');
      throw error;
    });
    await recordRevision(tx, { entityType: 'Source', entityId: source.id, action: 'CREATE', after: source, actor: ctx.actor });
    return source;
  });
}
