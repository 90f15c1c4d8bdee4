// Turns the sample data into the inputs of the validated writes. What a row may hold (dates,
// country codes, quote anchors, a verdict's dates...) is the writes' business, checked as each
// row is written; here are only the sample data's own keys: each defined once, each reference to
// a defined one, each claim anchored somewhere. Pure: nothing here touches the database.
import crypto from 'node:crypto';
import type { ActorInput } from '../actors/inputs';
import type { AppearanceInput } from '../appearances/inputs';
import type { ClaimInput, ClaimRelationInput } from '../claims/inputs';
import type { ReportInput } from '../reports/inputs';
import type { ResolutionInput } from '../resolutions/inputs';
import type { SourceInput } from '../sources/inputs';
import type { AppearanceData, ClaimData, QuoteData, RelationData, ReportData, ResolutionData, SampleData } from './data/types';

/** A stable UUID for a sample-data key: sha256-based, formatted as RFC 9562 version 8. */
export function sampleId(key: string): string {
  const hex = crypto.createHash('sha256').update(`claimgraph-sample:${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export type SampleKind = 'source' | 'actor' | 'report' | 'claim';

/**
 * The id a sample row has in this database: its sample id, unless a row with the same natural
 * key (a source's or actor's slug, a report's text) was already there.
 */
export type IdOf = (kind: SampleKind, key: string) => string;

/** Throws one Error listing every broken key in the sample data. */
export function checkSampleData(data: SampleData): void {
  const problems: string[] = [];
  const defined = (kind: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${kind} '${key}' is defined twice`);
      seen.add(key);
    }
    return seen;
  };
  const sources = defined(
    'source',
    data.sources.map((s) => s.slug),
  );
  const actors = defined(
    'actor',
    data.actors.map((a) => a.slug),
  );
  const reports = defined(
    'report',
    data.reports.map((r) => r.key),
  );
  const claims = defined(
    'claim',
    data.claims.map((c) => c.key),
  );
  defined(
    'relation',
    data.relations.map((r) => `${r.from} ${r.kind} ${r.to}`),
  );
  const need = (kind: string, keys: Set<string>, key: string, where: string) => {
    if (!keys.has(key)) problems.push(`${where}: unknown ${kind} '${key}'`);
  };
  const quote = (q: QuoteData, where: string) => need('report', reports, q.report, where);

  for (const r of data.reports) if (r.publisher !== null) need('source', sources, r.publisher, `report '${r.key}'`);
  for (const c of data.claims) {
    const where = `claim '${c.key}'`;
    for (const slug of [...c.claimants, ...c.subjects]) need('actor', actors, slug, where);
    if (c.appearances.length === 0) problems.push(`${where}: appears in no report`);
    c.appearances.forEach((a, n) => {
      quote(a, `${where}, appearance ${n + 1}`);
      for (const link of a.chain) {
        if ('source' in link) need('source', sources, link.source, `${where}, appearance ${n + 1}`);
        else need('actor', actors, link.actor, `${where}, appearance ${n + 1}`);
      }
    });
  }
  for (const r of data.resolutions) {
    const where = `resolution of '${r.claim}' (${r.verdict})`;
    need('claim', claims, r.claim, where);
    r.evidence.forEach((q, n) => quote(q, `${where}, evidence ${n + 1}`));
  }
  for (const r of data.relations) {
    need('claim', claims, r.from, `relation ${r.from} ${r.kind} ${r.to}`);
    need('claim', claims, r.to, `relation ${r.from} ${r.kind} ${r.to}`);
  }
  if (problems.length > 0) {
    throw new Error(`the sample data is invalid; nothing was loaded:\n  - ${problems.join('\n  - ')}`);
  }
}

export const sourceInputOf = (s: SampleData['sources'][number]): SourceInput => ({ id: sampleId(`source:${s.slug}`), ...s });

export const actorInputOf = (a: SampleData['actors'][number]): ActorInput => ({ id: sampleId(`actor:${a.slug}`), ...a });

export const reportInputOf = ({ key, publisher, ...r }: ReportData, idOf: IdOf): ReportInput => ({
  id: sampleId(`report:${key}`),
  ...r,
  publisherId: publisher === null ? null : idOf('source', publisher),
});

export const claimInputOf = ({ key, claimants, subjects, appearances: _appearances, ...c }: ClaimData, idOf: IdOf): ClaimInput => ({
  id: sampleId(`claim:${key}`),
  ...c,
  claimantIds: claimants.map((slug) => idOf('actor', slug)),
  subjectIds: subjects.map((slug) => idOf('actor', slug)),
});

const anchorOf = (q: QuoteData) => ({ exact: q.exact, prefix: q.prefix });

export const appearanceInputOf = (claimId: string, a: AppearanceData, idOf: IdOf): AppearanceInput => ({
  claimId,
  reportId: idOf('report', a.report),
  anchor: anchorOf(a),
  chain: a.chain.map((link) =>
    'source' in link
      ? { sourceId: idOf('source', link.source), relation: link.relation }
      : { actorId: idOf('actor', link.actor), relation: link.relation },
  ),
  translation: a.translation,
});

export const resolutionInputOf = ({ claim, evidence, ...r }: ResolutionData, idOf: IdOf): ResolutionInput => ({
  ...r,
  claimId: idOf('claim', claim),
  evidence: evidence.map((q) => ({ reportId: idOf('report', q.report), anchor: anchorOf(q) })),
});

export const relationInputOf = (r: RelationData, idOf: IdOf): ClaimRelationInput => ({
  fromClaimId: idOf('claim', r.from),
  toClaimId: idOf('claim', r.to),
  kind: r.kind,
  note: r.note,
});
