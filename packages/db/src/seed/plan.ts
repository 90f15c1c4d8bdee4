// Turns the sample data into database rows, checking everything first: every reference, every
// date, every quote anchor. Pure: nothing here touches the database, so a mistake in the data
// is refused before a single row is written.
import crypto from 'node:crypto';
import type { Prisma } from '../client';
import { type Anchor, locateAnchor } from '../appearances';
import { contentHash } from '../reports';
import { normalizeName, parsePartialDate, partialDateEnd } from '../shared';
import type { PartialDate, QuoteData, SampleData } from './data/types';

export interface SamplePlan {
  sources: Prisma.SourceCreateManyInput[];
  actors: Prisma.ActorCreateManyInput[];
  actorAliases: Prisma.ActorAliasCreateManyInput[];
  reports: Prisma.ReportCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  claimActors: Prisma.ClaimActorCreateManyInput[];
  appearances: Prisma.AppearanceCreateManyInput[];
  attributionLinks: Prisma.AttributionLinkCreateManyInput[];
  resolutions: Prisma.ResolutionCreateManyInput[];
  evidence: Prisma.EvidenceCreateManyInput[];
  claimRelations: Prisma.ClaimRelationCreateManyInput[];
}

/** A stable UUID for a sample-data key: sha256-based, formatted as RFC 9562 version 8. */
export function sampleId(key: string): string {
  const hex = crypto.createHash('sha256').update(`claimgraph-sample:${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const NO_DATE = new Date(0);

/** A partial date with the first day after its period. */
function period(value: PartialDate) {
  const parsed = parsePartialDate(value);
  return { ...parsed, end: partialDateEnd(parsed) };
}

/** Validates the sample data and builds its rows; throws one Error listing every problem. */
export function planSampleData(data: SampleData): SamplePlan {
  const problems: string[] = [];
  const attempt = <T>(where: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const index = <T>(kind: string, items: T[], keyOf: (item: T) => string): Map<string, T> => {
    const map = new Map<string, T>();
    for (const item of items) {
      if (map.has(keyOf(item))) problems.push(`${kind} '${keyOf(item)}' is defined twice`);
      map.set(keyOf(item), item);
    }
    return map;
  };
  const sources = index('source', data.sources, (s) => s.slug);
  const actors = index('actor', data.actors, (a) => a.slug);
  const reports = index('report', data.reports, (r) => r.key);
  const claims = index('claim', data.claims, (c) => c.key);
  const need = (kind: string, map: Map<string, unknown>, key: string, where: string): string => {
    if (!map.has(key)) problems.push(`${where}: unknown ${kind} '${key}'`);
    return sampleId(`${kind}:${key}`);
  };
  const date = (value: PartialDate, where: string) => attempt(where, () => period(value));
  const anchor = (quote: QuoteData, where: string): (Anchor & { reportId: string }) | undefined => {
    const reportId = need('report', reports, quote.report, where);
    const body = reports.get(quote.report)?.body;
    if (body === undefined) return undefined;
    const found = attempt(`${where}, in report '${quote.report}'`, () =>
      locateAnchor(body, { exact: quote.exact, prefix: quote.prefix }),
    );
    return found && { ...found, reportId };
  };
  const iso = (code: string | undefined, where: string) => {
    if (code !== undefined && !/^[A-Z]{2}$/.test(code)) problems.push(`${where}: '${code}' is not an ISO 3166-1 alpha-2 code`);
    return code ?? null;
  };

  const plan: SamplePlan = {
    sources: data.sources.map((s) => ({
      id: sampleId(`source:${s.slug}`),
      slug: s.slug,
      name: s.name,
      kind: s.kind,
      homepage: s.homepage ?? null,
      country: iso(s.country, `source '${s.slug}'`),
      reliability: s.reliability,
      reliabilityNote: s.reliabilityNote,
      description: s.description ?? null,
    })),
    actors: [],
    actorAliases: [],
    reports: [],
    claims: [],
    claimActors: [],
    appearances: [],
    attributionLinks: [],
    resolutions: [],
    evidence: [],
    claimRelations: [],
  };

  for (const a of data.actors) {
    const actorId = sampleId(`actor:${a.slug}`);
    if (a.wikidataId !== undefined && !/^Q\d+$/.test(a.wikidataId)) problems.push(`actor '${a.slug}': bad Wikidata id`);
    plan.actors.push({
      id: actorId,
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      countryCode: iso(a.countryCode, `actor '${a.slug}'`),
      wikidataId: a.wikidataId ?? null,
      description: a.description ?? null,
    });
    const seen = new Set<string>();
    for (const alias of a.aliases) {
      const normalized = normalizeName(alias.name);
      if (seen.has(normalized)) problems.push(`actor '${a.slug}': alias '${alias.name}' repeats '${normalized}'`);
      seen.add(normalized);
      plan.actorAliases.push({
        id: sampleId(`alias:${a.slug}:${normalized}`),
        actorId,
        originActorId: actorId,
        name: alias.name,
        normalized,
        language: alias.language,
      });
    }
  }

  const published = new Map<string, ReturnType<typeof period>>();
  for (const r of data.reports) {
    const when = date(r.published, `report '${r.key}'`);
    if (when) published.set(r.key, when);
    plan.reports.push({
      id: sampleId(`report:${r.key}`),
      title: r.title,
      body: r.body,
      language: r.language,
      publishedOn: when?.start ?? NO_DATE,
      publishedPrecision: when?.precision ?? 'DAY',
      url: r.url ?? null,
      publisherId: r.publisher === null ? null : need('source', sources, r.publisher, `report '${r.key}'`),
      contentHash: contentHash(r.body),
      isSummary: r.isSummary,
    });
  }
  index('report body (content hash)', plan.reports, (r) => r.contentHash);

  const claimed = new Map<string, ReturnType<typeof period>>();
  for (const c of data.claims) {
    const where = `claim '${c.key}'`;
    const claimId = sampleId(`claim:${c.key}`);
    const when = date(c.claimed, where);
    if (when) claimed.set(c.key, when);
    const resolvableBy = c.resolvableBy === undefined ? undefined : date(c.resolvableBy, where);
    plan.claims.push({
      id: claimId,
      statement: c.statement,
      kind: c.kind,
      claimedOn: when?.start ?? NO_DATE,
      claimedPrecision: when?.precision ?? 'DAY',
      credibility: c.credibility,
      resolutionCriteria: c.resolutionCriteria ?? null,
      resolvableBy: resolvableBy?.start ?? null,
    });
    const roles = [
      ['CLAIMANT', c.claimants],
      ['SUBJECT', c.subjects],
    ] as const;
    for (const [role, slugs] of roles) {
      if (new Set(slugs).size !== slugs.length) problems.push(`${where}: an actor is named twice as ${role}`);
      slugs.forEach((slug, position) =>
        plan.claimActors.push({ claimId, actorId: need('actor', actors, slug, where), role, position }),
      );
    }
    if (c.appearances.length === 0) problems.push(`${where}: appears in no report`);
    c.appearances.forEach((appearance, n) => {
      const appearanceId = sampleId(`appearance:${c.key}#${n}`);
      const found = anchor(appearance, `${where}, appearance ${n + 1}`);
      if (!found) return;
      plan.appearances.push({
        id: appearanceId,
        claimId,
        ...found,
        translation: appearance.translation ?? null,
      });
      appearance.chain.forEach((link, i) => {
        const linkWhere = `${where}, appearance ${n + 1}, chain link ${i + 1}`;
        plan.attributionLinks.push({
          id: sampleId(`link:${c.key}#${n}#${i + 1}`),
          appearanceId,
          position: i + 1,
          sourceId: 'source' in link ? need('source', sources, link.source, linkWhere) : null,
          actorId: 'actor' in link ? need('actor', actors, link.actor, linkWhere) : null,
          relation: link.relation,
        });
      });
    });
  }

  const perClaim = new Map<string, number>();
  for (const r of data.resolutions) {
    const n = perClaim.get(r.claim) ?? 0;
    perClaim.set(r.claim, n + 1);
    const key = `${r.claim}#${n}`;
    const where = `resolution ${key} (${r.verdict})`;
    const resolutionId = sampleId(`resolution:${key}`);
    const effective = date(r.effective, where);
    const since = claimed.get(r.claim);
    if (effective && since && effective.end <= since.start) problems.push(`${where}: takes effect before the claim was made`);
    if (r.verdict === 'OPEN' && r.originalLabel !== undefined) problems.push(`${where}: OPEN has no publisher's label`);
    plan.resolutions.push({
      id: resolutionId,
      claimId: need('claim', claims, r.claim, where),
      verdict: r.verdict,
      originalLabel: r.originalLabel ?? null,
      effectiveOn: effective?.start ?? NO_DATE,
      effectivePrecision: effective?.precision ?? 'DAY',
      rationale: r.rationale,
      recordedBy: 'sample data',
    });
    r.evidence.forEach((quote, position) => {
      const found = anchor(quote, `${where}, evidence ${position + 1}`);
      if (!found) return;
      const shown = published.get(quote.report);
      if (effective && shown && shown.start >= effective.end) {
        problems.push(`${where}, evidence ${position + 1}: report '${quote.report}' postdates the verdict`);
      }
      plan.evidence.push({
        id: sampleId(`evidence:${key}#${position}`),
        resolutionId,
        ...found,
        position,
      });
    });
  }

  index('relation', data.relations, (r) => `${r.from} ${r.kind} ${r.to}`);
  for (const r of data.relations) {
    const where = `relation ${r.from} ${r.kind} ${r.to}`;
    if (r.from === r.to) problems.push(`${where}: a claim cannot relate to itself`);
    plan.claimRelations.push({
      id: sampleId(`relation:${r.from}:${r.kind}:${r.to}`),
      fromClaimId: need('claim', claims, r.from, where),
      toClaimId: need('claim', claims, r.to, where),
      kind: r.kind,
      note: r.note,
      createdBy: 'sample data',
    });
  }

  if (problems.length > 0) {
    throw new Error(`the sample data is invalid; nothing was loaded:\n  - ${problems.join('\n  - ')}`);
  }
  return plan;
}
