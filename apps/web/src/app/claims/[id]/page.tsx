import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AsOfControl } from '../../../components/as-of-control';
import { Appearances, Origins, RelatedClaims, Timeline } from '../../../components/claim-sections';
import { PartialDateText } from '../../../components/dates';
import { ActorLinks } from '../../../components/parties';
import { InvalidAsOfPage, NotYetPage } from '../../../components/states';
import { VerdictBadge } from '../../../components/verdict';
import { knownBy } from '../../../lib/as-of';
import { getClaimProvenance, getClaimRelations, getClaimTimeline } from '../../../lib/claimgraph';
import { claimReview, scriptJson } from '../../../lib/json-ld';
import { CREDIBILITY, humanize } from '../../../lib/labels';
import { datedMetadata, readDatedPage, type DatedPageProps } from '../../../lib/params';
import { claimHref } from '../../../lib/urls';

export async function generateMetadata(props: DatedPageProps): Promise<Metadata> {
  const { id, asOf, day } = await readDatedPage(props);
  const claim = asOf.kind === 'invalid' ? null : await getClaimTimeline(id, day);
  return datedMetadata(claim?.statement ?? 'Claim', asOf);
}

export default async function ClaimPage(props: DatedPageProps) {
  const { id, asOf, day } = await readDatedPage(props);
  if (asOf.kind === 'invalid') return <InvalidAsOfPage title="Claim" input={asOf.input} pathname={claimHref(id)} />;
  const [claim, provenance, related] = await Promise.all([getClaimTimeline(id, day), getClaimProvenance(id, day), getClaimRelations(id, day)]);
  if (!claim) {
    const today = day ? await getClaimTimeline(id) : null;
    if (!today || !day) notFound();
    return <NotYetPage title={today.statement ?? 'Claim'} what="claimed" day={day} todayHref={claimHref(id)} />;
  }

  const appearances = claim.timeline.flatMap((event) => (event.appearance ? [event.appearance] : []));
  const current = claim.timeline.findLast((event) => event.kind === 'RESOLVED')?.resolution;
  // The API lists relations whatever the day; a claim not yet made on that day is left out.
  const relations = (related?.relations ?? []).filter((r) => knownBy(r.claim?.claimed?.start, asOf));
  // A review describes the verdict in force now; a view of the past is not published as one.
  const review = asOf.kind === 'today' ? claimReview(claim, await pageUrl(claimHref(claim.id))) : null;

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
        <Origins provenance={provenance?.provenance ?? null} />
      </section>

      <section aria-labelledby="related">
        <h2 id="related">Related claims</h2>
        <RelatedClaims relations={relations} asOf={day} />
      </section>

      {review && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(review) }} />}
    </article>
  );
}

/** The page's absolute URL, for the ClaimReview; from the request's host. */
async function pageUrl(path: string): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost';
  const proto = list.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}${path}`;
}
