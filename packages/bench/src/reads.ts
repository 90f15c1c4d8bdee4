// The three reads of issue 15, once for each API, with what each answers reduced to one shape so
// the two can be compared. PostGraphile cannot compute a quote (the API cuts it from the report
// body by offsets), so both are compared on the stored `exact` text.
import { seq } from './generate';

type Json = Record<string, unknown>;

export interface Read {
  name: string;
  api: { query: string; normalise: (data: Json) => unknown };
  peer: { query: string; normalise: (data: Json) => unknown };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
// The untyped answers are walked with these; a wrong path shows up as a mismatch, loudly.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */
const nodes = (connection: any): any[] => connection.edges?.map((e: any) => e.node) ?? connection.nodes;
const byText = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const newestReports: Read = {
  name: '10 newest reports, 5 appearances each',
  api: {
    query: `{ reports(first: 10) { totalCount edges { node { title appearances(first: 5) { edges { node {
      quote { exact } claim { statement claimants { name } } } } } } } } }`,
    normalise: (d: any) => ({
      totalCount: d.reports.totalCount,
      reports: nodes(d.reports).map((r: any) => ({
        title: r.title,
        appearances: nodes(r.appearances).map((a: any) => ({
          exact: a.quote.exact,
          statement: a.claim.statement,
          claimants: a.claim.claimants.map((c: any) => c.name),
        })),
      })),
    }),
  },
  peer: {
    query: `{ reports(first: 10, orderBy: [PUBLISHED_ON_DESC, ROW_ID_DESC]) { totalCount nodes { title
      appearances(first: 5, orderBy: PRIMARY_KEY_ASC) { nodes { exact claim { statement
        claimActors(condition: { role: CLAIMANT }) { nodes { actor { name } } } } } } } } }`,
    normalise: (d: any) => ({
      totalCount: d.reports.totalCount,
      reports: nodes(d.reports).map((r: any) => ({
        title: r.title,
        appearances: nodes(r.appearances).map((a: any) => ({
          exact: a.exact,
          statement: a.claim.statement,
          claimants: nodes(a.claim.claimActors).map((c: any) => c.actor.name),
        })),
      })),
    }),
  },
};

const actorId = seq(3, 8);
const claimsAboutActor: Read = {
  name: '20 newest claims about an actor',
  api: {
    query: `{ actor(slug: "actor-8") { claims(role: SUBJECT, first: 20) { totalCount edges { node { statement
      resolutions(includeCorrected: true) { verdict effective { start } } } } } } }`,
    normalise: (d: any) => ({
      totalCount: d.actor.claims.totalCount,
      claims: nodes(d.actor.claims).map((c: any) => ({
        statement: c.statement,
        resolutions: byText(c.resolutions.map((r: any) => [r.verdict, r.effective.start])),
      })),
    }),
  },
  peer: {
    query: `{ actor(rowId: "${actorId}") { claimActors(condition: { role: SUBJECT }, orderBy: CLAIM_ID_DESC, first: 20) { totalCount nodes {
      claim { statement resolutions { nodes { verdict effectiveOn } } } } } } }`,
    normalise: (d: any) => ({
      totalCount: d.actor.claimActors.totalCount,
      claims: nodes(d.actor.claimActors).map(({ claim: c }: any) => ({
        statement: c.statement,
        resolutions: byText(nodes(c.resolutions).map((r: any) => [r.verdict, r.effectiveOn])),
      })),
    }),
  },
};

/** Claim 18: two appearances, a verdict, a later one and its correction. */
const claimId = seq(2, 18);
const claimGlobalId = globalId('Claim', claimId);
const oneClaim: Read = {
  name: 'one claim with appearances and resolutions',
  api: {
    query: `{ claim(id: "${claimGlobalId}") { statement appearances { quote { exact } report { title } }
      resolutions(includeCorrected: true) { verdict evidence { quote { exact } report { title } } } } }`,
    normalise: (d: any) => ({
      statement: d.claim.statement,
      appearances: byText(d.claim.appearances.map((a: any) => [a.quote.exact, a.report.title])),
      resolutions: byText(
        d.claim.resolutions.map((r: any) => [r.verdict, byText(r.evidence.map((e: any) => [e.quote.exact, e.report.title]))]),
      ),
    }),
  },
  peer: {
    query: `{ claim(rowId: "${claimId}") { statement appearances { nodes { exact report { title } } }
      resolutions { nodes { verdict evidences { nodes { exact report { title } } } } } } }`,
    normalise: (d: any) => ({
      statement: d.claim.statement,
      appearances: byText(nodes(d.claim.appearances).map((a: any) => [a.exact, a.report.title])),
      resolutions: byText(
        nodes(d.claim.resolutions).map((r: any) => [r.verdict, byText(nodes(r.evidences).map((e: any) => [e.exact, e.report.title]))]),
      ),
    }),
  },
};
/* eslint-enable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */

export const reads: Read[] = [newestReports, claimsAboutActor, oneClaim];

/** Reads only ClaimGraph answers, timed one at a time. */
export const ownReads: { name: string; query: string }[] = [
  {
    name: 'verdict filter CONFIRMED as of 2023-06-01',
    query: `{ claims(filter: { verdicts: [CONFIRMED] }, asOf: "2023-06-01", first: 20) { totalCount edges { node { statement } } } }`,
  },
  {
    name: 'verdict filter OPEN as of 2023-06-01',
    query: `{ claims(filter: { verdicts: [OPEN] }, asOf: "2023-06-01", first: 20) { totalCount edges { node { statement } } } }`,
  },
  {
    name: 'recently resolved (the home page)',
    query: `{ recentlyResolved(first: 6) { statement verdict } }`,
  },
  {
    name: 'search German "Artillerie"',
    query: `{ search(query: "Artillerie", language: "de", first: 10) { totalCount edges { cursor } } }`,
  },
  {
    name: 'search English "artillery"',
    query: `{ search(query: "artillery", language: "en", first: 10) { totalCount edges { cursor } } }`,
  },
  {
    name: 'claims filtered by a source',
    query: `{ claims(filter: { sourceIds: ["${globalId('Source', seq(4, 1))}"] }, first: 20) { totalCount edges { node { statement } } } }`,
  },
  {
    name: 'claims filtered by a claimant',
    query: `{ claims(filter: { claimantIds: ["${globalId('Actor', actorId)}"] }, first: 20) { totalCount edges { node { statement } } } }`,
  },
  {
    name: 'claim timeline as of 2023-01-01',
    query: `{ claim(id: "${claimGlobalId}", asOf: "2023-01-01") { timeline { kind date { text } } } }`,
  },
];
