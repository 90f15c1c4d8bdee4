// Loads ClaimGraph's sample data through the same validated writes as the API, in one
// transaction: a row the writes refuse leaves nothing behind. Sample rows keep stable ids
// (sampleId), and a second load finds everything in place and writes nothing. Sources, actors
// and reports are matched by their natural keys (slug, text) first: sample data attaches to a
// source or report that is already there instead of duplicating it.
import type { PrismaClient } from '../client';
import { createActor } from '../actors/writes';
import { addAppearance } from '../appearances/writes';
import { relateClaims } from '../claims/relations';
import { createClaim } from '../claims/writes';
import { createReport } from '../reports/writes';
import { recordResolution } from '../resolutions/writes';
import { NotFoundError, ValidationError } from '../shared/errors';
import type { Tx } from '../shared/revisions';
import type { WriteContext } from '../shared/transaction';
import { createSource } from '../sources/writes';
import { sampleData } from './data';
import type { SampleData } from './data/types';
import {
  actorInputOf,
  appearanceInputOf,
  checkSampleData,
  claimInputOf,
  relationInputOf,
  reportInputOf,
  resolutionInputOf,
  sampleId,
  sourceInputOf,
  type IdOf,
  type SampleKind,
} from './plan';

export { sampleData, SEED_REPORT_KEY } from './data';
export type * from './data/types';
export { checkSampleData, sampleId } from './plan';

export interface LoadOptions {
  /** Who the revision log names as the author of every row created. */
  actor?: string;
  /** The data to load; ClaimGraph's own sample data by default. */
  data?: SampleData;
}

export interface LoadCounts {
  sources: number;
  actors: number;
  actorAliases: number;
  reports: number;
  claims: number;
  claimActors: number;
  appearances: number;
  attributionLinks: number;
  resolutions: number;
  evidence: number;
  claimRelations: number;
  revisions: number;
}

/** Loads the sample data and returns how many rows of each kind it created. */
export async function loadSampleData(prisma: PrismaClient, options: LoadOptions = {}): Promise<LoadCounts> {
  const data = options.data ?? sampleData();
  checkSampleData(data);
  return prisma.$transaction((tx) => load(tx, data, options.actor ?? 'sample data'), { timeout: 60_000 });
}

async function load(tx: Tx, data: SampleData, actor: string): Promise<LoadCounts> {
  // Prisma runs a transaction opened inside another as a savepoint of it, so every write below
  // joins this one: a refusal anywhere rolls the whole load back.
  const ctx: WriteContext = { prisma: tx as unknown as PrismaClient, actor };
  const counts: LoadCounts = {
    sources: 0,
    actors: 0,
    actorAliases: 0,
    reports: 0,
    claims: 0,
    claimActors: 0,
    appearances: 0,
    attributionLinks: 0,
    resolutions: 0,
    evidence: 0,
    claimRelations: 0,
    revisions: 0,
  };
  const revisionsBefore = await tx.revision.count();
  const found = new Map<string, string>();
  const idOf: IdOf = (kind: SampleKind, key: string) => found.get(`${kind}:${key}`) ?? sampleId(`${kind}:${key}`);

  for (const s of data.sources) {
    const existing = await tx.source.findUnique({ where: { slug: s.slug }, select: { id: true } });
    if (existing) found.set(`source:${s.slug}`, existing.id);
    else await write(`source '${s.slug}'`, () => createSource(ctx, sourceInputOf(s))).then(() => counts.sources++);
  }
  for (const a of data.actors) {
    const existing = await tx.actor.findUnique({ where: { slug: a.slug }, select: { id: true } });
    if (existing) found.set(`actor:${a.slug}`, existing.id);
    else {
      const created = await write(`actor '${a.slug}'`, () => createActor(ctx, actorInputOf(a)));
      counts.actors++;
      counts.actorAliases += created.aliases.length;
    }
  }
  for (const r of data.reports) {
    const { report, created } = await write(`report '${r.key}'`, () => createReport(ctx, reportInputOf(r, idOf)));
    found.set(`report:${r.key}`, report.id);
    if (created) counts.reports++;
  }
  for (const c of data.claims) {
    const claimId = idOf('claim', c.key);
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) {
      const claim = await write(`claim '${c.key}'`, () => createClaim(ctx, claimInputOf(c, idOf)));
      counts.claims++;
      counts.claimActors += claim.actors.length;
    }
    for (const [n, a] of c.appearances.entries()) {
      const input = appearanceInputOf(claimId, a, idOf);
      if (await tx.appearance.findFirst({ where: { claimId, reportId: input.reportId, exact: a.exact }, select: { id: true } })) continue;
      const appearance = await write(`claim '${c.key}', appearance ${n + 1} ("${a.exact}")`, () => addAppearance(ctx, input));
      counts.appearances++;
      counts.attributionLinks += appearance.chain.length;
    }
  }
  for (const r of data.resolutions) {
    const input = resolutionInputOf(r, idOf);
    if (
      await tx.resolution.findFirst({ where: { claimId: input.claimId, verdict: r.verdict, rationale: r.rationale }, select: { id: true } })
    )
      continue;
    const resolution = await write(`resolution of '${r.claim}' (${r.verdict}, ${r.effective})`, () => recordResolution(ctx, input));
    counts.resolutions++;
    counts.evidence += resolution.evidence.length;
  }
  for (const r of data.relations) {
    const input = relationInputOf(r, idOf);
    const key = { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId, kind: r.kind };
    if (await tx.claimRelation.findUnique({ where: { fromClaimId_toClaimId_kind: key }, select: { id: true } })) continue;
    await write(`relation ${r.from} ${r.kind} ${r.to}`, () => relateClaims(ctx, input));
    counts.claimRelations++;
  }
  counts.revisions = (await tx.revision.count()) - revisionsBefore;
  return counts;
}

/** Runs one write; a refusal names the sample row it came from. */
async function write<T>(where: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationError || error instanceof NotFoundError)) throw error;
    throw new Error(`the sample data is invalid; nothing was loaded:\n  - ${where}: ${error.message}`, { cause: error });
  }
}
