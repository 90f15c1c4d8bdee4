// The desk's writes, one POST each (JSON in, JSON out), run on the Next server through the SDK
// with the session's key: ingest, accept, reject, resolve, hide, plus the new-report form's
// helpers. Refusals are answers: { ok: false, message, fields?, current? } with the API's words.
import { parsePartialDate } from '@claimgraph/dates';
import { guessLanguage } from '@claimgraph/ingest';
import {
  AuthenticationError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  HideDocument,
  type ClaimGraphClient,
} from '@claimgraph/sdk';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { clientWithKey, SESSION_COOKIE } from '../../../../lib/session';
import { guardWrite } from '../../../../lib/write-guard';

interface Action<S extends z.ZodType> {
  input: S;
  run(client: ClaimGraphClient, input: z.infer<S>): Promise<Record<string, unknown>>;
  /** What is there now, when the write was refused as stale. */
  current?(client: ClaimGraphClient, input: z.infer<S>): Promise<unknown>;
}
const action = <S extends z.ZodType>(definition: Action<S>) => definition;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const id = z.string().min(1, 'is missing');
const anchor = z.object({
  exact: z.string().min(1, 'select some words'),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

// The CLI's file header: a first line " date YYYY-MM[-DD]" gives the publication date.
const DATE_HEADER = /^ ?date (\d{4}(?:-\d{2}){0,2})\s/;

function isPartialDate(value: string): boolean {
  try {
    parsePartialDate(value);
    return true;
  } catch {
    return false;
  }
}

const proposalState = async (client: ClaimGraphClient, input: { id: string; reportId: string }) => {
  for await (const proposal of walkProposals(client, input.reportId)) if (proposal.id === input.id) return proposal;
  return null;
};

async function* walkProposals(client: ClaimGraphClient, reportId: string) {
  let after: string | undefined;
  do {
    const page = await client.listProposals(reportId, { first: 200, after });
    yield* page.nodes;
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
}

const ACTIONS = {
  /** Reads a pasted or uploaded text: a date header taken off, the language guessed. Writes nothing. */
  prepare: action({
    input: z.object({ text: z.string().max(2_000_000) }),
    async run(_client, { text: raw }) {
      const header = DATE_HEADER.exec(raw);
      const body = header ? raw.slice(header[0].length) : raw;
      const guess = guessLanguage(body, { fallback: 'en' });
      return { body, date: header?.[1] && isPartialDate(header[1]) ? header[1] : null, ...guess };
    },
  }),
  ingest: action({
    input: z.object({
      body: z.string().min(1, 'paste the text or upload a .txt file'),
      title: text(500).min(1, 'give the report a title'),
      url: optionalText(2000),
      published: text(10).regex(/^\d{4}(-\d{2}){0,2}$/, 'a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'),
      language: optionalText(20),
      publisherId: optionalText(200),
      newPublisher: z.object({ name: text(200), kind: z.enum(['NEWS_OUTLET', 'NEWS_AGENCY', 'GOVERNMENT_BODY', 'DOCUMENT']) }).optional(),
    }),
    async run(client, { newPublisher, ...input }) {
      let publisherId = input.publisherId;
      if (newPublisher?.name) publisherId = (await client.createSource({ name: newPublisher.name, kind: newPublisher.kind })).id;
      const { report, created, proposals } = await client.ingestReport({ ...input, publisherId });
      return { reportId: report.id, created, proposals: proposals.length };
    },
  }),
  accept: action({
    input: z.object({
      id,
      reportId: id,
      version: z.number().int(),
      claimId: optionalText(200),
      newClaim: z
        .object({
          statement: text(2000).min(1, 'word the claim in English'),
          kind: z.enum(['EVENT', 'QUANTITY', 'PREDICTION', 'CONDITION', 'INTENT', 'LEGAL_ASSESSMENT', 'OTHER']),
          resolutionCriteria: optionalText(2000),
          resolvableBy: optionalText(10),
          claimantIds: z.array(id).optional(),
          subjectIds: z.array(id).optional(),
        })
        .optional(),
    }),
    async run(client, { reportId: _report, ...input }) {
      const proposal = await client.acceptProposal(input);
      return { status: proposal.status, claimId: proposal.claim?.id ?? null };
    },
    current: proposalState,
  }),
  reject: action({
    input: z.object({ id, reportId: id, version: z.number().int(), note: optionalText(2000) }),
    async run(client, { reportId: _report, ...input }) {
      return { status: (await client.rejectProposal(input)).status };
    },
    current: proposalState,
  }),
  resolve: action({
    input: z.object({
      claimId: id,
      verdict: z.enum(['CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'OPEN', 'UNVERIFIABLE'], { error: 'choose a verdict' }),
      effective: text(10).regex(/^\d{4}(-\d{2}){0,2}$/, 'a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'),
      rationale: text(5000).min(1, 'say why'),
      correctsId: optionalText(200),
      evidence: z.array(z.object({ reportId: id, anchor })).default([]),
    }),
    async run(client, input) {
      const resolution = await client.recordResolution(input);
      return { resolutionId: resolution.id, verdict: resolution.claim.verdict };
    },
  }),
  hide: action({
    input: z.object({ id, version: z.number().int() }),
    async run(client, input) {
      return { hidden: (await client.request(HideDocument, input)).hide.hidden };
    },
    // The desk hides claims; what the claim is now, for the sentence that says someone else saved first.
    async current(client, { id: claimId }) {
      const claim = await client.getClaimTimeline(claimId);
      return claim && { statement: claim.statement, verdict: claim.verdict, version: claim.version };
    },
  }),
  /** Reports whose words match, for picking evidence in one the claim has not appeared in. */
  'find-reports': action({
    input: z.object({ query: text(500).min(1, 'type some of its words') }),
    async run(client, { query }) {
      const hits = await client.search(query, { kinds: ['REPORT'], first: 8 });
      return { reports: hits.nodes.flatMap((hit) => (hit.report ? [{ id: hit.report.id, title: hit.report.title }] : [])) };
    },
  }),
  /** A report's text, for picking evidence in it. */
  'report-text': action({
    input: z.object({ id }),
    async run(client, { id: reportId }) {
      const report = await client.getReport(reportId);
      if (!report) return { report: null };
      return { report: { id: report.id, title: report.title, language: report.language, body: report.body } };
    },
  }),
} satisfies Record<string, Action<z.ZodType>>;

export async function POST(request: NextRequest, { params }: { params: Promise<{ action: string }> }) {
  const name = (await params).action;
  if (!Object.hasOwn(ACTIONS, name))
    return NextResponse.json({ ok: false, message: `There is no desk action "${name}".` }, { status: 404 });
  const guarded = guardWrite(request);
  if (guarded.kind === 'refused') return guarded.response;
  const definition = ACTIONS[name as keyof typeof ACTIONS] as Action<z.ZodType>;

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ ok: false, message: 'The request was not JSON.' }, { status: 400 });
  }
  const parsed = definition.input.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
    return NextResponse.json({ ok: false, message: 'Some fields need attention.', fields }, { status: 422 });
  }
  const client = clientWithKey(guarded.key);
  try {
    return NextResponse.json({ ok: true, ...(await definition.run(client, parsed.data)) });
  } catch (error) {
    if (error instanceof ValidationError) {
      return NextResponse.json({ ok: false, message: error.message, fields: error.fields }, { status: 422 });
    }
    if (error instanceof ConflictError) {
      const current = definition.current ? await definition.current(client, parsed.data) : null;
      return NextResponse.json({ ok: false, conflict: true, message: error.message, current }, { status: 409 });
    }
    if (error instanceof AuthenticationError) {
      const response = NextResponse.json(
        { ok: false, message: 'Your key is no longer valid: sign in again with a current one.' },
        { status: 401 },
      );
      response.cookies.delete(SESSION_COOKIE);
      return response;
    }
    if (error instanceof ForbiddenError) return NextResponse.json({ ok: false, message: error.message }, { status: 403 });
    if (error instanceof NotFoundError) return NextResponse.json({ ok: false, message: error.message }, { status: 404 });
    throw error;
  }
}
