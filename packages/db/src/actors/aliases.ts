// Aliases are how names in reports find actors, so a name that two actors share would silently
// make them one (OpenCTI's forced merges). Giving an actor a name another actor already goes by
// is refused unless the caller says the name is genuinely shared, and the alias then says so.
import { NotFoundError, parseInput, ValidationError } from '../shared/errors';
import { normalizeName } from '../shared/names';
import { recordRevision } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { actorAliasInput, actorAliasRef, type ActorAliasInput, type ActorAliasRef } from './inputs';
import { actorIdsMergedInto } from './queries';

export async function addActorAlias(ctx: WriteContext, input: ActorAliasInput) {
  const { actorId, name, language, allowShared } = parseInput(actorAliasInput, input);
  const normalized = normalizeName(name);
  if (!normalized) throw new ValidationError([{ field: 'name', message: 'must contain a letter or a digit' }]);
  return transaction(ctx.prisma, async (tx) => {
    // Two writers giving one name to two actors at once would each pass the check below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`actor-alias:${normalized}`}))`;
    const actor = await tx.actor.findUnique({ where: { id: actorId } });
    if (!actor || actor.hiddenAt) throw new NotFoundError('Actor', actorId, 'actorId');
    if (actor.mergedIntoId) {
      throw new ValidationError([
        { field: 'actorId', message: `this actor is merged into ${actor.mergedIntoId}: add the alias to that actor` },
      ]);
    }
    // Actors merged into this one are the same actor, not others.
    const family = await actorIdsMergedInto(tx, actorId);
    const owners = await tx.actorAlias.findMany({
      where: { normalized, hiddenAt: null, actorId: { notIn: family } },
      include: { actor: { select: { id: true, name: true } } },
    });
    if (owners.length > 0 && !allowShared) {
      const named = owners.map((o) => `"${o.actor.name}" (${o.actor.id})`).join(', ');
      throw new ValidationError([
        {
          field: 'name',
          message: `"${name}" is already an alias of ${named}; giving it to "${actor.name}" as well would make the name ambiguous. If both really go by it, pass allowShared: true`,
        },
      ]);
    }
    const existing = await tx.actorAlias.findUnique({ where: { actorId_normalized: { actorId, normalized } } });
    if (existing && !existing.hiddenAt) {
      throw new ValidationError([{ field: 'name', message: `"${actor.name}" already has this alias ("${existing.name}")` }]);
    }
    const data = { name, language: language ?? null, shared: owners.length > 0 };
    // A removed alias comes back as itself, keeping its origin and its history.
    const alias = existing
      ? await tx.actorAlias.update({ where: { id: existing.id }, data: { ...data, hiddenAt: null } })
      : await tx.actorAlias.create({ data: { ...data, normalized, actorId, originActorId: actorId } });
    await recordRevision(tx, {
      entityType: 'ActorAlias',
      entityId: alias.id,
      action: existing ? 'UNHIDE' : 'CREATE',
      before: existing ?? undefined,
      after: alias,
      actor: ctx.actor,
    });
    return alias;
  });
}

/** Takes an alias out of lookups. The row stays, with its origin, so nothing is lost. */
export async function removeActorAlias(ctx: WriteContext, input: ActorAliasRef) {
  const { aliasId } = parseInput(actorAliasRef, input);
  return transaction(ctx.prisma, async (tx) => {
    const alias = await tx.actorAlias.findUnique({ where: { id: aliasId } });
    if (!alias) throw new NotFoundError('ActorAlias', aliasId, 'aliasId');
    const { count } = await tx.actorAlias.updateMany({ where: { id: aliasId, hiddenAt: null }, data: { hiddenAt: new Date() } });
    if (count === 0) throw new ValidationError([{ field: 'aliasId', message: `the alias "${alias.name}" was already removed` }]);
    const removed = await tx.actorAlias.findUniqueOrThrow({ where: { id: aliasId } });
    await recordRevision(tx, {
      entityType: 'ActorAlias',
      entityId: aliasId,
      action: 'HIDE',
      before: alias,
      after: removed,
      actor: ctx.actor,
    });
    return removed;
  });
}
