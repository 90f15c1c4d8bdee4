import { builder } from '../builder';
import { CredibilityEnum } from './claim';
import { QuoteRef, quoteSelect } from './anchor-fields';
import { ActorNode } from './actor';
import { SourceNode } from './source';

// Rows carry no type tag and may hold only the fields a query selected, so sources are
// remembered when they are handed to the union.
const sourceRows = new WeakSet<object>();

export function asParty<S extends object, A extends object>(source: S | null, actor: A | null): S | A {
  if (source) {
    sourceRows.add(source);
    return source;
  }
  if (!actor) throw new Error('an attribution link has neither a source nor an actor');
  return actor;
}

export const PartyUnion = builder.unionType('Party', {
  description: 'Who passes information on: a Source (outlet, official, document) or an Actor.',
  types: [SourceNode, ActorNode],
  resolveType: (party) => (sourceRows.has(party) ? SourceNode : ActorNode),
});

export const AttributionLinkNode = builder.prismaNode('AttributionLink', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs).
  select: { id: true },
  nullable: true,
  description: 'One link of an attribution chain. Position 1 is whom the report cites directly; the highest position is the origin.',
  fields: (t) => ({
    position: t.exposeInt('position'),
    relation: t.exposeString('relation', {
      nullable: true,
      description: 'How it was passed on, in the report\'s terms: "first published", "said to".',
    }),
    source: t.relation('source', { nullable: true }),
    actor: t.relation('actor', { nullable: true }),
    party: t.field({
      type: PartyUnion,
      select: (_args, _ctx, nested) => ({ source: nested(true, [], 'Source'), actor: nested(true, [], 'Actor') }),
      resolve: (link) => asParty(link.source, link.actor),
    }),
  }),
});

export const AppearanceNode = builder.prismaNode('Appearance', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs).
  select: { id: true },
  nullable: true,
  findUnique: (id) => ({ id, hiddenAt: null }),
  description: "A claim's appearance in a report: the exact words and the attribution chain the report gives.",
  fields: (t) => ({
    claim: t.relation('claim'),
    report: t.relation('report'),
    quote: t.field({ type: QuoteRef, select: quoteSelect, resolve: (a) => a }),
    credibility: t.expose('credibility', {
      type: CredibilityEnum,
      nullable: true,
      description: 'Credibility of the claim as this report carries it.',
    }),
    translation: t.exposeString('translation', { nullable: true, description: 'An English rendering of the quote.' }),
    chain: t.relation('chain', { query: { orderBy: { position: 'asc' } }, description: 'Attribution chain, nearest first, origin last.' }),
    version: t.exposeInt('version'),
  }),
});
