// Edits of reports, sources and actors. Each names the version it read (see versioned.ts).
import { Prisma } from '../../generated/prisma/client';
import { ValidationError } from './errors';
import {
  actorUpdate,
  reportUpdate,
  sourceUpdate,
  type ActorUpdate,
  type ReportUpdate,
  type SourceUpdate,
} from './inputs';
import { requireAll, type WriteContext } from './common';
import { applyVersioned, changesOf, NEXT_VERSION, parseUpdate } from './versioned';

/**
 * Edits a report's metadata. The body never changes (a changed text is a new report naming this
 * one as its previousVersionId), so it is left out of the result and of the revision log.
 */
export async function updateReport(ctx: WriteContext, input: ReportUpdate) {
  const { id, version, ...update } = parseUpdate(reportUpdate, input);
  const { published, body: _body, ...data } = update;
  return applyVersioned(ctx, {
    entity: 'Report',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.report.findUnique({ where: { id }, omit: { body: true } }),
    check: async (tx) => {
      if (!data.publisherId) return;
      await requireAll('Source', 'publisherId', [data.publisherId], (ids) =>
        tx.source.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } }),
      );
    },
    write: (tx, where) =>
      tx.report.updateMany({
        where,
        data: { ...data, ...(published && { publishedOn: published.start, publishedPrecision: published.precision }), ...NEXT_VERSION },
      }),
  });
}

export async function updateSource(ctx: WriteContext, input: SourceUpdate) {
  const update = parseUpdate(sourceUpdate, input);
  const { id, version } = update;
  const data = changesOf(update);
  const slugTaken = (owner: string) => new ValidationError([{ field: 'slug', message: `"${data.slug}" is already taken by ${owner}` }]);
  return applyVersioned(ctx, {
    entity: 'Source',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.source.findUnique({ where: { id } }),
    check: async (tx) => {
      if (!data.slug) return;
      const other = await tx.source.findFirst({ where: { slug: data.slug, id: { not: id } }, select: { name: true } });
      if (other) throw slugTaken(`the source "${other.name}"`);
    },
    write: async (tx, where) => {
      try {
        return await tx.source.updateMany({ where, data: { ...data, ...NEXT_VERSION } });
      } catch (error) {
        // A concurrent writer took the slug after our check.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw slugTaken('another source');
        throw error;
      }
    },
  });
}

/** Edits an actor's own fields. Aliases have their own writes (actor-aliases.ts), merges theirs (actor-merge.ts). */
export async function updateActor(ctx: WriteContext, input: ActorUpdate) {
  const update = parseUpdate(actorUpdate, input);
  const { id, version } = update;
  return applyVersioned(ctx, {
    entity: 'Actor',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.actor.findUnique({ where: { id } }),
    write: (tx, where) => tx.actor.updateMany({ where, data: { ...changesOf(update), ...NEXT_VERSION } }),
  });
}
