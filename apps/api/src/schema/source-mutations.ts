import { createSource, updateSource } from '@claimgraph/db/sources';
import { builder } from '../builder';
import { changes, writeContext, present } from '../writes';
import { SourceKindEnum, SourceNode, SourceReliabilityEnum } from './source';

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  fields: (t) => ({
    slug: t.string({ required: false, description: 'Lower-case words joined by hyphens; made from the name when left out.' }),
    name: t.string({ required: true }),
    kind: t.field({ type: SourceKindEnum, required: true }),
    homepage: t.string({ required: false }),
    country: t.string({ required: false, description: 'ISO 3166-1 alpha-2.' }),
    reliability: t.field({ type: SourceReliabilityEnum, required: false, description: 'Defaults to F (cannot be judged).' }),
    reliabilityNote: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

builder.mutationField('createSource', (t) =>
  t.field({
    type: SourceNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) => createSource(writeContext(ctx), present(input)),
  }),
);

const UpdateSourceInput = builder.inputType('UpdateSourceInput', {
  description: 'Fields left out stay as they are; null clears an optional field. `version` is the one you read.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: SourceNode }),
    version: t.int({ required: true }),
    slug: t.string({ required: false }),
    name: t.string({ required: false }),
    kind: t.field({ type: SourceKindEnum, required: false }),
    homepage: t.string({ required: false }),
    country: t.string({ required: false }),
    reliability: t.field({ type: SourceReliabilityEnum, required: false }),
    reliabilityNote: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

builder.mutationField('updateSource', (t) =>
  t.field({
    type: SourceNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateSource(writeContext(ctx), changes({ ...input, id: input.id.id })),
  }),
);
