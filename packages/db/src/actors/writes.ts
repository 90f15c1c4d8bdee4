// Creating and editing actors. Aliases have their own writes (aliases.ts), merges theirs (merge.ts).
import { parseInput, ValidationError } from '../shared/errors';
import { normalizeName } from '../shared/names';
import { recordRevision } from '../shared/revisions';
import { freeSlug, slugTaken, storingSlug } from '../shared/slugs';
import { transaction, type WriteContext } from '../shared/transaction';
import { applyVersioned, changesOf, NEXT_VERSION, parseUpdate } from '../shared/versioned';
import { actorInput, actorUpdate, type ActorInput, type ActorUpdate } from './inputs';

export async function createActor(ctx: WriteContext, input: ActorInput) {
  const { aliases, allowShared, ...data } = parseInput(actorInput, input);
  return transaction(ctx.prisma, async (tx) => {
    if (data.slug) {
      const owner = await tx.actor.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (owner) throw slugTaken(data.slug, `the actor "${owner.name}"`);
    }
    const slug = data.slug ?? (await freeSlug(data.name, async (s) => (await tx.actor.count({ where: { slug: s } })) > 0));
    const actor = await storingSlug(slug, 'actor', () => tx.actor.create({ data: { ...data, slug } }));
    const names = new Map<string, { name: string; language: string | null; field: string }>();
    for (const [index, alias] of [{ name: data.name, language: null }, ...aliases].entries()) {
      const key = normalizeName(alias.name);
      if (!names.has(key))
        names.set(key, { name: alias.name, language: alias.language ?? null, field: index === 0 ? 'name' : `aliases.${index - 1}.name` });
    }
    // A name another actor already goes by would make lookups ambiguous (see addActorAlias).
    const owners = await tx.actorAlias.findMany({
      where: { normalized: { in: [...names.keys()] }, hiddenAt: null, actor: { hiddenAt: null } },
      include: { actor: { select: { id: true, name: true } } },
    });
    if (owners.length > 0 && !allowShared) {
      throw new ValidationError(
        owners.map((owner) => ({
          field: names.get(owner.normalized)!.field,
          message: `"${owner.name}" is already a name of "${owner.actor.name}" (${owner.actor.id}); if both really go by it, pass allowShared: true`,
        })),
      );
    }
    const shared = new Set(owners.map((owner) => owner.normalized));
    await tx.actorAlias.createMany({
      data: [...names].map(([normalized, { field: _field, ...alias }]) => ({
        ...alias,
        normalized,
        shared: shared.has(normalized),
        actorId: actor.id,
        originActorId: actor.id,
      })),
    });
    const created = await tx.actor.findUniqueOrThrow({ where: { id: actor.id }, include: { aliases: true } });
    await recordRevision(tx, { entityType: 'Actor', entityId: actor.id, action: 'CREATE', after: created, actor: ctx.actor });
    return created;
  });
}

/** Edits an actor's own fields. */
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
