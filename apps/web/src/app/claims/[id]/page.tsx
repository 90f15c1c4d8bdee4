import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Suspense } from 'react';
import { AsOfControl } from '../../../components/as-of-control';
import { Appearances, Origins, RelatedClaims, Timeline } from '../../../components/claim-sections';
import { PartialDateText } from '../../../components/dates';
import { ActorLinks } from '../../../components/parties';
import { InvalidAsOfPage, Loading, NotYetPage } from '../../../components/states';
import { VerdictBadge } from '../../../components/verdict';
import { SettleClaim } from '../../../components/desk/settle-claim';
import { getClaimProvenance, getClaimRelations, getClaimReview, getClaimTimeline } from '../../../lib/claimgraph';
import { scriptJson } from '../../../lib/json-ld';
import { CREDIBILITY, humanize } from '../../../lib/labels';
import { datedMetadata, readDated, readDatedPage, type DatedPageProps } from '../../../lib/params';
import { claimHref } from '../../../lib/urls';
import { currentEditor } from '../../../lib/session';

export async function generateMetadata(props: DatedPageProps): Promise<Metadata> {
  const asked = await readDatedPage(props);
  const { thing: claim } = await readDated(getClaimTimeline, asked);
  return datedMetadata(claim.statement, asked.asOf);
}

// No loading.tsx here: the claim is read before anything is sent, so an unknown id answers 404;
// its origins and related claims stream in afterwards under their own Suspense.
export default async function ClaimPage(props: DatedPageProps) {
  const asked = await readDatedPage(props);
  const { id, asOf, day } = asked;
  const read = await readDated(getClaimTimeline, asked);
  if (read.kind === 'invalid-day') return <InvalidAsOfPage title="Claim" input={read.input} pathname={claimHref(id)} />;
  if (read.kind === 'not-yet') return <NotYetPage title={read.thing.statement} what="claimed" day={read.day} todayHref={claimHref(id)} />;
  const claim = read.thing;

  const appearances = claim.timeline.flatMap((event) => (event.appearance ? [event.appearance] : []));
  const current = claim.timeline.findLast((event) => event.kind === 'RESOLVED')?.resolution;
  // A review describes the verdict in force now; a view of the past is not published as one.
  const review = asOf.kind === 'today' ? await getClaimReview(claim.id, await pageUrl(claimHref(claim.id))) : null;
  // Editors settle a claim here, on today's page (the past is read-only).
  const editor = asOf.kind === 'today' ? await currentEditor() : null;

  return (
    <article className="claim-page">
      <header className="page-header">
        <p className="eyebrow">Claim{claim.kind ? ` · ${humanize(claim.kind)}` : ''}</p>
        <h1>{claim.statement}</h1>
        <div className="current-verdict" data-verdict={claim.verdict ?? 'OPEN'}>
          <VerdictBadge verdict={claim.verdict} className="verdict-large" />{' '}
          <span className="muted verdict-when">
            {day ? `as of ${day}` : 'today'}
            {current?.effective?.text && (
              <>
                , since <PartialDateText date={current.effective} />
              </>
            )}
          </span>
          {current?.rationale && <p>{current.rationale}</p>}
          {claim.overdue && <p className="badge badge-warning">Overdue: past its resolvable-by date and still open.</p>}
          {editor && (
            <p>
              <a href="#settle">Settle this claim</a>
            </p>
          )}
        </div>
      </header>
      <AsOfControl day={day} />

      <dl className="facts facts-wide">
        <dt>Claimed by</dt>
        <dd>
          <ActorLinks actors={claim.claimants} none="no one named" />
        </dd>
        <dt>About</dt>
        <dd>
          <ActorLinks actors={claim.subjects} none="no one named" />
        </dd>
        <dt>Claimed</dt>
        <dd>
          <PartialDateText date={claim.claimed} />
        </dd>
        {claim.resolvableBy && (
          <>
            <dt>Resolvable by</dt>
            <dd>
              <time dateTime={claim.resolvableBy}>{claim.resolvableBy}</time>
            </dd>
          </>
        )}
        {claim.resolutionCriteria && (
          <>
            <dt>Settled when</dt>
            <dd>{claim.resolutionCriteria}</dd>
          </>
        )}
        {claim.credibility && (
          <>
            <dt>Credibility as first reported</dt>
            <dd>{CREDIBILITY[claim.credibility]}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <p className="muted">Where it appeared and each verdict as it took effect, oldest first.</p>
        <Timeline events={claim.timeline} claimId={claim.id} asOf={day} />
      </section>

      <section aria-labelledby="appearances">
        <h2 id="appearances">Where it appeared</h2>
        <Appearances appearances={appearances} claimId={claim.id} asOf={day} />
      </section>

      <section aria-labelledby="origins">
        <h2 id="origins">Who said it first</h2>
        <Suspense fallback={<Loading what="its origins" />}>
          <ClaimOrigins id={claim.id} day={day} />
        </Suspense>
      </section>

      <section aria-labelledby="related">
        <h2 id="related">Related claims</h2>
        <Suspense fallback={<Loading what="related claims" />}>
          <ClaimRelations id={claim.id} day={day} />
        </Suspense>
      </section>

      {editor && (
        <SettleClaim
          claim={{ id: claim.id, version: claim.version, statement: claim.statement }}
          resolutions={claim.timeline.flatMap((event) =>
            event.resolution
              ? [
                  {
                    id: event.resolution.id,
                    verdict: event.resolution.verdict,
                    effective: event.resolution.effective?.text ?? null,
                    rationale: event.resolution.rationale,
                  },
                ]
              : [],
          )}
          reports={[...new Map(appearances.map((a) => [a.report.id, { id: a.report.id, title: a.report.title }])).values()]}
        />
      )}

      {review && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(review) }} />}
    </article>
  );
}

async function ClaimOrigins({ id, day }: { id: string; day: string | undefined }) {
  const provenance = await getClaimProvenance(id, day);
  return <Origins provenance={provenance?.provenance ?? null} />;
}

async function ClaimRelations({ id, day }: { id: string; day: string | undefined }) {
  const related = await getClaimRelations(id, day);
  return <RelatedClaims relations={related?.relations ?? []} asOf={day} />;
}

/** The page's absolute URL, for the ClaimReview; from the request's host. */
async function pageUrl(path: string): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost';
  const proto = list.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}${path}`;
}
