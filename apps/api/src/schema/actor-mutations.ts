import {
  addActorAlias,
  createActor,
  mergeActors,
  recordDistinction,
  removeActorAlias,
  unmergeActors,
  updateActor,
} from '@claimgraph/db/actors';
import { builder } from '../builder';
import { changes, writeContext, present } from '../writes';
import { ActorAliasNode, ActorKindEnum, ActorNode } from './actor';

const AliasInput = builder.inputType('AliasInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    language: t.string({ required: false, description: 'BCP 47; leave out for a name used across languages.' }),
  }),
});

const CreateActorInput = builder.inputType('CreateActorInput', {
  fields: (t) => ({
    slug: t.string({ required: false }),
    name: t.string({ required: true }),
    kind: t.field({ type: ActorKindEnum, required: true }),
    countryCode: t.string({ required: false, description: 'ISO 3166-1 alpha-2.' }),
    wikidataId: t.string({ required: false }),
    description: t.string({ required: false }),
    aliases: t.field({ type: [AliasInput], required: false }),
    allowShared: t.boolean({ required: false, description: 'Accept names another actor already goes by (they are then marked shared).' }),
  }),
});

builder.mutationField('createActor', (t) =>
  t.field({
    type: ActorNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateActorInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createActor(writeContext(ctx), present({ ...input, aliases: input.aliases?.map((a) => present(a)) })),
  }),
);

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  description: 'Fields left out stay as they are; null clears an optional field. `version` is the one you read.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ActorNode }),
    version: t.int({ required: true }),
    name: t.string({ required: false }),
    kind: t.field({ type: ActorKindEnum, required: false }),
    countryCode: t.string({ required: false }),
    wikidataId: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

builder.mutationField('updateActor', (t) =>
  t.field({
    type: ActorNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateActorInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateActor(writeContext(ctx), changes({ ...input, id: input.id.id })),
  }),
);

builder.mutationField('addActorAlias', (t) =>
  t.field({
    type: ActorAliasNode,
    authScopes: { editor: true },
    description: 'Refused when another actor already goes by that name, unless allowShared says the name is genuinely shared.',
    args: {
      actorId: t.arg.globalID({ required: true, for: ActorNode }),
      alias: t.arg({ type: AliasInput, required: true }),
      allowShared: t.arg.boolean({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      addActorAlias(writeContext(ctx), present({ actorId: args.actorId.id, ...args.alias, allowShared: args.allowShared })),
  }),
);

builder.mutationField('removeActorAlias', (t) =>
  t.field({
    type: ActorAliasNode,
    authScopes: { editor: true },
    description: 'Hides the alias; nothing is deleted.',
    args: { aliasId: t.arg.globalID({ required: true, for: ActorAliasNode }) },
    resolve: (_root, args, ctx) => removeActorAlias(writeContext(ctx), { aliasId: args.aliasId.id }),
  }),
);

const ActorMergeRef = builder.prismaObject('ActorMerge', {
  description: 'A reversible merge: the merged actor keeps its rows and its id resolves to the survivor until the merge is undone.',
  fields: (t) => ({
    id: t.exposeID('id'),
    survivor: t.relation('survivor'),
    merged: t.relation('merged'),
    reason: t.exposeString('reason', { nullable: true }),
    mergedBy: t.exposeString('mergedBy'),
    mergedAt: t.expose('mergedAt', { type: 'DateTime' }),
    undoneBy: t.exposeString('undoneBy', { nullable: true }),
    undoneAt: t.expose('undoneAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.mutationField('mergeActors', (t) =>
  t.field({
    type: ActorMergeRef,
    authScopes: { admin: true },
    description: 'Merges one actor into another, reversibly. Refused where a "not the same" decision exists.',
    args: {
      survivorId: t.arg.globalID({ required: true, for: ActorNode }),
      mergedId: t.arg.globalID({ required: true, for: ActorNode }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      mergeActors(writeContext(ctx), { survivorId: args.survivorId.id, mergedId: args.mergedId.id, reason: args.reason }),
  }),
);

builder.mutationField('unmergeActors', (t) =>
  t.field({
    type: ActorMergeRef,
    authScopes: { admin: true },
    args: { mergeId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => unmergeActors(writeContext(ctx), { mergeId: String(args.mergeId) }),
  }),
);

const ActorDistinctionRef = builder.prismaObject('ActorDistinction', {
  description: 'A recorded decision that two actors are not the same.',
  fields: (t) => ({
    id: t.exposeID('id'),
    actorA: t.relation('actorA'),
    actorB: t.relation('actorB'),
    reason: t.exposeString('reason', { nullable: true }),
    decidedBy: t.exposeString('decidedBy'),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('recordActorDistinction', (t) =>
  t.field({
    type: ActorDistinctionRef,
    authScopes: { admin: true },
    args: {
      actorAId: t.arg.globalID({ required: true, for: ActorNode }),
      actorBId: t.arg.globalID({ required: true, for: ActorNode }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      recordDistinction(writeContext(ctx), { actorAId: args.actorAId.id, actorBId: args.actorBId.id, reason: args.reason }),
  }),
);
