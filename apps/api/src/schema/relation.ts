import { ClaimRelationKind } from '@claimgraph/db';
import { builder } from '../builder';

export const ClaimRelationKindEnum = builder.enumType(ClaimRelationKind, {
  name: 'ClaimRelationKind',
  description: 'SAME_AS (e.g. across languages), SUPPORTS, CONTRADICTS, REFINES.',
});

export const ClaimRelationNode = builder.prismaNode('ClaimRelation', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id) => ({ id, hiddenAt: null }),
  fields: (t) => ({
    from: t.relation('fromClaim'),
    to: t.relation('toClaim'),
    kind: t.expose('kind', { type: ClaimRelationKindEnum }),
    note: t.exposeString('note', { nullable: true }),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
  }),
});
