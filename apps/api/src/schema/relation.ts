// Relations between claims: the ClaimRelation node, and Claim.relations, which reads them from
// either end.
import { ClaimRelationKind } from '@claimgraph/db';
import { builder } from '../builder';
import { resolveAsOf } from '../as-of';
import { asOfArgOptions, ClaimNode } from './claim';

type Row = Record<string, unknown> & { id: string };

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

const RelationDirectionEnum = builder.enumType('RelationDirection', {
  values: ['OUTGOING', 'INCOMING'] as const,
  description: 'OUTGOING: this claim is the relation\'s subject ("this contradicts that"). INCOMING: the other way round.',
});

interface RelatedShape {
  relation: Row & { kind: ClaimRelationKind };
  direction: 'OUTGOING' | 'INCOMING';
  claim: Row;
}

const RelatedClaimRef = builder.objectRef<RelatedShape>('RelatedClaim').implement({
  fields: (t) => ({
    kind: t.field({ type: ClaimRelationKindEnum, resolve: (r) => r.relation.kind }),
    direction: t.field({ type: RelationDirectionEnum, resolve: (r) => r.direction }),
    relation: t.field({ type: ClaimRelationNode, resolve: (r) => r.relation as never }),
    claim: t.field({ type: ClaimNode, resolve: (r) => r.claim as never }),
  }),
});

builder.prismaObjectField('Claim', 'relations', (t) =>
  t.field({
    type: [RelatedClaimRef],
    args: { asOf: t.arg(asOfArgOptions) },
    description:
      'Claims this one is the same as, supports, contradicts or refines, and those that do so to it; on asOf, only claims made by then.',
    select: (_args, _ctx, nested) => ({
      // The id and date keep the selection valid when the client asks for no field of the other claim.
      relationsFrom: {
        where: { hiddenAt: null, toClaim: { hiddenAt: null } },
        include: { toClaim: nested({ select: { id: true, claimedOn: true } }, ['claim']) },
      },
      relationsTo: {
        where: { hiddenAt: null, fromClaim: { hiddenAt: null } },
        include: { fromClaim: nested({ select: { id: true, claimedOn: true } }, ['claim']) },
      },
    }),
    resolve: (claim, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const known = (other: { claimedOn: Date }) => !asOf || other.claimedOn <= asOf;
      return [
        ...claim.relationsFrom
          .filter((r) => known(r.toClaim))
          .map(({ toClaim, ...relation }) => ({ relation, direction: 'OUTGOING' as const, claim: toClaim })),
        ...claim.relationsTo
          .filter((r) => known(r.fromClaim))
          .map(({ fromClaim, ...relation }) => ({ relation, direction: 'INCOMING' as const, claim: fromClaim })),
      ];
    },
  }),
);
