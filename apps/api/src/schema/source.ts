import { SourceKind, SourceReliability } from '@claimgraph/db';
import { builder } from '../builder';

export const SourceKindEnum = builder.enumType(SourceKind, { name: 'SourceKind' });
export const SourceReliabilityEnum = builder.enumType(SourceReliability, {
  name: 'SourceReliability',
  description: 'Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.',
});

export const SourceNode = builder.prismaNode('Source', {
  id: { field: 'id' },
  description: 'Who carries information: an outlet, a government body, an official, a document.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: SourceKindEnum }),
    homepage: t.exposeString('homepage', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    reliability: t.expose('reliability', { type: SourceReliabilityEnum }),
    reliabilityNote: t.exposeString('reliabilityNote', { nullable: true }),
  }),
});
