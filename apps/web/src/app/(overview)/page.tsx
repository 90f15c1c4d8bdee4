import type { ClaimWithResolution } from '@claimgraph/sdk';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AsOfControl } from '../../components/as-of-control';
import { ClaimList } from '../../components/claim-list';
import { PartialDateText } from '../../components/dates';
import { ReportList } from '../../components/report-list';
import { InvalidAsOfPage } from '../../components/states';
import { VerdictBadge } from '../../components/verdict';
import { asOfDay, parseAsOf } from '../../lib/as-of';
import { listClaimsWithVerdict, listOverdueClaims, listRecentlyResolved, listReports } from '../../lib/claimgraph';
import { plural } from '../../lib/labels';
import type { SearchParams } from '../../lib/params';
import { VERDICT_ORDER, VERDICTS } from '../../lib/verdicts';

export const metadata: Metadata = { title: { absolute: 'ClaimGraph: claims in the news, from report to resolution' } };

/** Claims listed under each verdict; the count above says how many there are in all. */
const PER_VERDICT = 6;
const RECENTLY_RESOLVED = 6;

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asOf = parseAsOf((await searchParams).asOf);
  if (asOf.kind === 'invalid') return <InvalidAsOfPage title="What became of the claims" input={asOf.input} pathname="/" />;
  const day = asOfDay(asOf);

  const [reports, summaries, overdue, recentlyResolved, ...byVerdict] = await Promise.all([
    listReports(false, 10, day),
    listReports(true, 5, day),
    listOverdueClaims(10, day),
    listRecentlyResolved(RECENTLY_RESOLVED, day),
    ...VERDICT_ORDER.map((verdict) => listClaimsWithVerdict(verdict, PER_VERDICT, day)),
  ]);
  const groups = VERDICT_ORDER.map((verdict, i) => ({ verdict, page: byVerdict[i]! }));
  const total = groups.reduce((sum, group) => sum + group.page.totalCount, 0);

  return (
    <>
      <h1>What became of the claims</h1>
      <p className="lede">
        ClaimGraph follows claims made in the news from the report that carried them to what the record later showed.
        {day ? ` This is the picture as it stood on ${day}.` : ''}
      </p>
      <AsOfControl day={day} />

      <section aria-labelledby="glance" className="wide">
        <h2 id="glance">Claims by verdict{day ? ` on ${day}` : ' today'}</h2>
        <p className="muted">{plural(total, 'claim')} in all. Open and unverifiable claims count as neither true nor false.</p>
        <ul className="verdict-counts">
          {groups.map(({ verdict, page }) => (
            <li key={verdict} data-verdict={verdict}>
              <a href={`#verdict-${verdict}`}>
                <span className="count">{page.totalCount}</span>
                <VerdictBadge verdict={verdict} />
              </a>
            </li>
          ))}
        </ul>
      </section>

      <div className="columns">
        <section aria-labelledby="recent-reports">
          <h2 id="recent-reports">Recent reports</h2>
          {reports.nodes.length === 0 ? (
            <p className="empty-state">No reports{day ? ` had been published by ${day}` : ' yet'}.</p>
          ) : (
            <ReportList reports={reports.nodes} asOf={day} />
          )}
          {summaries.nodes.length > 0 && (
            <>
              <h3>Latest from the record</h3>
              <p className="muted">Editors’ summaries of what was later said or done: the evidence verdicts point to.</p>
              <ReportList reports={summaries.nodes} asOf={day} />
            </>
          )}
        </section>

        <div>
          <section aria-labelledby="recently-resolved">
            <h2 id="recently-resolved">Recently resolved</h2>
            {recentlyResolved.length === 0 ? (
              <p className="empty-state">No claim had been resolved{day ? ` by ${day}` : ''}.</p>
            ) : (
              <ClaimList claims={recentlyResolved} asOf={day} extra={(claim) => <SettledNote claim={claim as ClaimWithResolution} />} />
            )}
          </section>

          <section aria-labelledby="overdue">
            <h2 id="overdue">Overdue</h2>
            <p className="muted">Claims past the date by which they should have been settled, and still open.</p>
            {overdue.nodes.length === 0 ? (
              <p className="empty-state">No claim is overdue{day ? ` as of ${day}` : ''}.</p>
            ) : (
              <ClaimList claims={overdue.nodes} asOf={day} />
            )}
          </section>
        </div>
      </div>

      <section aria-labelledby="by-verdict" className="wide">
        <h2 id="by-verdict">All claims by verdict</h2>
        <div className="columns">
          {groups.map(({ verdict, page }) => (
            <section key={verdict} id={`verdict-${verdict}`} aria-labelledby={`verdict-${verdict}-title`}>
              <h3 id={`verdict-${verdict}-title`}>
                {VERDICTS[verdict].label} <span className="muted">({page.totalCount})</span>
              </h3>
              {page.totalCount === 0 ? (
                <p className="empty-state">No claims {VERDICTS[verdict].label.toLowerCase()}.</p>
              ) : (
                <>
                  <ClaimList claims={page.nodes} asOf={day} />
                  {page.totalCount > PER_VERDICT && (
                    <p className="muted">
                      And {page.totalCount - PER_VERDICT} more; <Link href="/search">search</Link> to find a claim.
                    </p>
                  )}
                </>
              )}
            </section>
          ))}
        </div>
      </section>
    </>
  );
}

function SettledNote({ claim }: { claim: ClaimWithResolution }) {
  const resolution = claim.currentResolution;
  if (!resolution) return null;
  return (
    <p className="settled">
      {resolution.verdict ? VERDICTS[resolution.verdict].label : 'Settled'} since <PartialDateText date={resolution.effective} />
      {resolution.originalLabel && <span className="muted"> (the publisher’s label: “{resolution.originalLabel}”)</span>}
    </p>
  );
}
