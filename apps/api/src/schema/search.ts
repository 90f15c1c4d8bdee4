import { SEARCH_WINDOW, type SearchHit, searchText } from '@claimgraph/db/search';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { findManyJson } from '@claimgraph/db/json-reads';
import { builder } from '../builder';
import { paged } from '../paging';
import { prismaFor } from '../context';
import { resolveAsOf } from '../as-of';
import { ReportNode } from './report';
import { ClaimNode } from './claim';

const searchPage = paged(20, 100, 'offset');
const windowSize = SEARCH_WINDOW.toLocaleString('en');

const SearchKindEnum = builder.enumType('SearchKind', { values: ['REPORT', 'CLAIM'] as const });

type LoadedHit = SearchHit & { report: object | null; claim: object | null };
type Counted = { totalCount: number; complete: boolean };

const reportRows = new WeakSet<object>();

const SearchResultUnion = builder.unionType('SearchResult', {
  types: [ReportNode, ClaimNode],
  resolveType: (row) => (reportRows.has(row) ? ReportNode : ClaimNode),
});

const SearchHitRef = builder.objectRef<LoadedHit>('SearchHit').implement({
  description: 'A report or claim that matches, with the matching words marked.',
  fields: (t) => ({
    kind: t.field({ type: SearchKindEnum, resolve: (h) => h.kind }),
    rank: t.float({ description: 'Higher is better; comparable within one result list only.', resolve: (h) => h.rank }),
    snippet: t.string({
      description: 'Escaped text (HTML entities for & < >); the only markup is <mark>...</mark> around matched words.',
      resolve: (h) => h.snippet,
    }),
    node: t.field({ type: SearchResultUnion, resolve: (h) => (h.report ?? h.claim) as never }),
    report: t.field({ type: ReportNode, nullable: true, resolve: (h) => h.report as never }),
    claim: t.field({ type: ClaimNode, nullable: true, resolve: (h) => h.claim as never }),
  }),
});

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      extensions: searchPage.extensions,
      description: `Full-text search across reports (in their own language: German, English, or language-neutral) and claims (English), best match first. Type words, "quoted phrases", OR, -excluded. The newest ${windowSize} matches (by the day a report was published or a claim made) are ranked; when more match, \`complete\` is false, and older ones are reached by narrowing the search (more words, language, kinds, asOf).`,
      args: {
        query: t.arg.string({ required: true }),
        kinds: t.arg({ type: [SearchKindEnum], required: false }),
        language: t.arg.string({ required: false, description: 'Only reports in this language (BCP 47).' }),
        asOf: t.arg({ type: 'Date', required: false, description: 'Only reports published and claims claimed by this day.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        const prisma = prismaFor(ctx);
        const asOf = resolveAsOf(ctx, info, args.asOf);
        let totalCount = 0;
        let complete = true;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: searchPage.defaultSize, maxSize: searchPage.maxSize },
          async ({ limit, offset }) => {
            const result = await searchText(prisma, {
              query: args.query,
              kinds: args.kinds ?? undefined,
              language: args.language ?? undefined,
              asOf,
              first: Math.min(limit, searchPage.maxSize),
              offset,
            });
            ({ totalCount, complete } = result);
            const ids = (kind: SearchHit['kind']) => result.hits.filter((h) => h.kind === kind).map((h) => h.id);
            // Load what the client selected under `node`/`report`/`claim` with the rows, or every
            // hit would be fetched again, with its relations, by the fields below.
            const selected = (typeName: 'Report' | 'Claim', field: string) =>
              queryFromInfo({
                context: ctx,
                info,
                typeName,
                paths: [
                  ['edges', 'node', 'node'],
                  ['edges', 'node', field],
                ],
              });
            const [reports, claims] = await Promise.all([
              ids('REPORT').length
                ? findManyJson(prisma, 'Report', { ...selected('Report', 'report'), where: { id: { in: ids('REPORT') } } }, (a) =>
                    prisma.report.findMany(a),
                  )
                : [],
              ids('CLAIM').length
                ? findManyJson(prisma, 'Claim', { ...selected('Claim', 'claim'), where: { id: { in: ids('CLAIM') } } }, (a) =>
                    prisma.claim.findMany(a),
                  )
                : [],
            ]);
            for (const report of reports) reportRows.add(report);
            const byId = new Map<string, object>([...reports, ...claims].map((row) => [row.id, row]));
            return result.hits.map((hit) => ({
              ...hit,
              report: hit.kind === 'REPORT' ? (byId.get(hit.id) ?? null) : null,
              claim: hit.kind === 'CLAIM' ? (byId.get(hit.id) ?? null) : null,
            }));
          },
        );
        return { ...connection, totalCount, complete };
      },
    },
    {
      name: 'SearchConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: `Hits in this ranked list: every match, or the newest ${windowSize} when more match (then \`complete\` is false).`,
          resolve: (conn) => (conn as unknown as Counted).totalCount,
        }),
        complete: c.boolean({
          description: `False when more reports and claims match than the newest ${windowSize} this list ranks: the older ones are not in it.`,
          resolve: (conn) => (conn as unknown as Counted).complete,
        }),
      }),
    },
  ),
);
