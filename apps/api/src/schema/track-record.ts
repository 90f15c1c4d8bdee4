// Track records: how often a source or an actor turned out right, as of a day. The counting rules
// and the arithmetic live in @claimgraph/db/track-records (queries.ts, arithmetic.ts); this file
// names the fields and says how each is counted. One SQL statement per request and day for all
// the sources asked about (and one for the actors).
import {
  CREDIBILITY_PROBABILITY,
  MIN_SETTLED_FOR_GRADE,
  actorTrackRecords,
  sourceTrackRecords,
  type CalibrationRow,
  type HistoryPoint,
  type PartyRecord,
  type SuggestedReliability,
  type TrackRecord,
} from '@claimgraph/db/track-records';
import { builder } from '../builder';
import DataLoader from 'dataloader';
import { prismaFor, type Context } from '../context';
import { resolveAsOf } from '../as-of';
import { asOfArgOptions, CredibilityEnum } from './claim';
import { SourceReliabilityEnum } from './source';

const mapping = Object.entries(CREDIBILITY_PROBABILITY)
  .map(([grade, p]) => `${grade} ${p === null ? 'none (left out)' : p}`)
  .join(', ');

const CalibrationRowRef = builder.objectRef<CalibrationRow>('CalibrationRow').implement({
  description: 'Settled claims of one credibility grade: what the grade said against what happened.',
  fields: (t) => ({
    grade: t.field({ type: CredibilityEnum, resolve: (r) => r.grade }),
    probability: t.float({
      nullable: true,
      description: `The grade read as the probability that the claim is true (${mapping}).`,
      resolve: (r) => r.probability,
    }),
    settled: t.exposeInt('settled'),
    confirmed: t.exposeInt('confirmed'),
    partlyConfirmed: t.exposeInt('partlyConfirmed'),
    refuted: t.exposeInt('refuted'),
    observed: t.float({ description: 'What happened: (confirmed + partlyConfirmed / 2) / settled.', resolve: (r) => r.observed }),
  }),
});

const TrackRecordPointRef = builder.objectRef<HistoryPoint>('TrackRecordPoint').implement({
  description: 'The record at the end of a month in which it changed (a claim made, a verdict taking effect).',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    day: t.field({ type: 'Date', description: "The day the figures are read on: the month's last day, or asOf.", resolve: (p) => p.day }),
    claims: t.exposeInt('claims'),
    settled: t.exposeInt('settled'),
    accuracy: t.float({ nullable: true, resolve: (p) => p.accuracy }),
  }),
});

const PartyRecordRef = builder.objectRef<PartyRecord>('PartyRecord').implement({
  description:
    'Claims counted under the verdict in force on asOf (the latest uncorrected resolution effective by then; none is OPEN); claims made after asOf are not counted.',
  fields: (t) => ({
    claims: t.int({ description: 'Claims known on asOf.', resolve: (r) => r.claims }),
    open: t.int({ resolve: (r) => r.counts.OPEN }),
    confirmed: t.int({ resolve: (r) => r.counts.CONFIRMED }),
    partlyConfirmed: t.int({ resolve: (r) => r.counts.PARTLY_CONFIRMED }),
    refuted: t.int({ resolve: (r) => r.counts.REFUTED }),
    unverifiable: t.int({ resolve: (r) => r.counts.UNVERIFIABLE }),
    settled: t.int({
      description: 'confirmed + partlyConfirmed + refuted: OPEN and UNVERIFIABLE never count as right or wrong.',
      resolve: (r) => r.settled,
    }),
    accuracy: t.float({
      nullable: true,
      description: '(confirmed + partlyConfirmed / 2) / settled; null while nothing is settled.',
      resolve: (r) => r.accuracy,
    }),
    brierScore: t.float({
      nullable: true,
      description: `Mean of (p - outcome)² over settled claims, p the credibility grade the claim was given when it was made read as a probability (${mapping}), outcome CONFIRMED 1, PARTLY_CONFIRMED 0.5, REFUTED 0. 0 is perfect, always 50 % scores 0.25; null when no settled claim has a grade with a probability.`,
      resolve: (r) => r.brierScore,
    }),
    brierCount: t.int({ description: 'Settled claims the Brier score averages over.', resolve: (r) => r.brierCount }),
    settledSince: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the earliest settled claim was made.',
      resolve: (r) => r.settledSince,
    }),
    calibration: t.field({
      type: [CalibrationRowRef],
      description: 'One row per grade with a settled claim.',
      resolve: (r) => r.calibration,
    }),
    history: t.field({
      type: [TrackRecordPointRef],
      description: "The record's change over time: one point per month with a change, up to asOf.",
      resolve: (r) => r.history,
    }),
  }),
});

const SuggestedReliabilityRef = builder.objectRef<SuggestedReliability>('SuggestedReliability').implement({
  description: `An Admiralty reliability grade read off the originator record: F (cannot be judged) below ${MIN_SETTLED_FOR_GRADE} settled claims, else by accuracy: A from 0.95, B from 0.8, C from 0.65, D from 0.5, E below. A suggestion beside the grade an editor sets, never a replacement.`,
  fields: (t) => ({
    grade: t.field({ type: SourceReliabilityEnum, resolve: (s) => s.grade }),
    reason: t.exposeString('reason', { description: 'In words: "7 of 8 settled claims confirmed since 2022-09".' }),
  }),
});

const TrackRecordRef = builder.objectRef<TrackRecord>('TrackRecord').implement({
  description:
    "How often a party's claims turned out right, as of a day. Credit follows the attribution chains (nearest link first, origin last): the ORIGINATOR of a claim is the chain's last link in a known appearance of it (for a source also the publisher of a report that states the claim in its own voice, naming no one; for an actor also a recorded CLAIMANT); those named earlier in a chain only CARRIED it. Each claim counts once per party: as originator when it originated it in any known appearance, else as carried. Known: visible, in a visible report published by asOf.",
  fields: (t) => ({
    asOf: t.field({ type: 'Date', description: 'The day the record is read on.', resolve: (r) => r.asOf }),
    originator: t.field({ type: PartyRecordRef, description: 'Claims it originated.', resolve: (r) => r.originator }),
    carried: t.field({
      type: PartyRecordRef,
      description: 'Claims it only passed on from someone further down the chain.',
      resolve: (r) => r.carried,
    }),
    suggestedReliability: t.field({ type: SuggestedReliabilityRef, resolve: (r) => r.suggestedReliability }),
  }),
});

type Reader = typeof sourceTrackRecords;
const LOADERS = Symbol('track records');

/**
 * The records a request asks for, read together: every source (or actor) asked about on the same
 * day in one SQL statement, however many there are (a list of sources with their records is one
 * statement for the list).
 */
function loadRecord(ctx: Context, kind: 'source' | 'actor', read: Reader, id: string, asOf: Date | undefined): Promise<TrackRecord> {
  const holder = ctx as Context & { [LOADERS]?: Map<string, DataLoader<string, TrackRecord>> };
  const loaders = (holder[LOADERS] ??= new Map<string, DataLoader<string, TrackRecord>>());
  const key = `${kind}:${asOf?.toISOString() ?? 'today'}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const records = await read(prismaFor(ctx), ids, asOf);
      return ids.map((one) => records.get(one)!);
    });
    loaders.set(key, loader);
  }
  return loader.load(id);
}

builder.prismaObjectField('Source', 'trackRecord', (t) =>
  t.field({
    type: TrackRecordRef,
    description:
      'How often what this source originated, and what it carried, turned out right (see TrackRecord). One SQL statement for all the sources a request asks about on one day.',
    args: { asOf: t.arg(asOfArgOptions) },
    select: { id: true },
    resolve: (source, args, ctx, info) => loadRecord(ctx, 'source', sourceTrackRecords, source.id, resolveAsOf(ctx, info, args.asOf)),
  }),
);

builder.prismaObjectField('Actor', 'trackRecord', (t) =>
  t.field({
    type: TrackRecordRef,
    description:
      'How often the claims this actor made (as claimant or at the end of a chain) and those it passed on turned out right, including those of actors merged into it (see TrackRecord). One SQL statement for all the actors a request asks about on one day.',
    args: { asOf: t.arg(asOfArgOptions) },
    select: { id: true },
    resolve: (actor, args, ctx, info) => loadRecord(ctx, 'actor', actorTrackRecords, actor.id, resolveAsOf(ctx, info, args.asOf)),
  }),
);
