import type { ReportAppearance, Verdict } from '@claimgraph/sdk';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AsOfControl } from '../../../components/as-of-control';
import { PartialDateText } from '../../../components/dates';
import { PartyLink } from '../../../components/parties';
import { ReportReader } from '../../../components/report-reader';
import { InvalidAsOfPage, NotYetPage } from '../../../components/states';
import { VerdictBadge, VerdictLegend } from '../../../components/verdict';
import { getReport } from '../../../lib/claimgraph';
import { placeHighlights } from '../../../lib/highlights';
import { languageName, plural } from '../../../lib/labels';
import { datedMetadata, readDated, readDatedPage, type DatedPageProps } from '../../../lib/params';
import { claimHref, reportHref } from '../../../lib/urls';
import { VERDICT_ORDER, VERDICTS, verdictOf } from '../../../lib/verdicts';

export async function generateMetadata(props: DatedPageProps): Promise<Metadata> {
  const asked = await readDatedPage(props);
  const { thing: report } = await readDated(getReport, asked);
  return datedMetadata(report.title, asked.asOf);
}

// No loading.tsx here: the report is read before anything is sent, so an unknown id answers 404.
export default async function ReportPage(props: DatedPageProps) {
  const asked = await readDatedPage(props);
  const { id, day } = asked;
  const read = await readDated(getReport, asked);
  if (read.kind === 'invalid-day') return <InvalidAsOfPage title="Report" input={read.input} pathname={reportHref(id)} />;
  if (read.kind === 'not-yet') {
    return <NotYetPage title={read.thing.title} lang={read.thing.language} what="published" day={read.day} todayHref={reportHref(id)} />;
  }
  const report = read.thing;

  const body = report.body ?? '';
  const { paragraphs, unplaced } = placeHighlights(
    body,
    report.appearances.map((a) => a.quote ?? { start: null, end: null, exact: null, status: null }),
  );
  const counts = countVerdicts(report.appearances);

  return (
    <article className="report-page">
      <header className="page-header">
        <p className="eyebrow">{report.isSummary ? 'Editors’ summary' : 'Report'}</p>
        <h1 lang={report.language ?? undefined}>{report.title}</h1>
        <p className="meta">
          <span>{report.publisher ? <PartyLink party={{ ...report.publisher, __typename: 'Source' }} /> : 'Publisher unknown'}</span>
          <span>
            Published <PartialDateText date={report.published} />
          </span>
          <span>In {languageName(report.language)}</span>
          {report.url && (
            <span>
              <a href={report.url} rel="noopener noreferrer">
                Original<span className="visually-hidden"> report</span>
              </a>
            </span>
          )}
        </p>
      </header>
      <AsOfControl day={day} />

      <section aria-labelledby="glance" className="glance">
        <h2 id="glance">At a glance</h2>
        <p>
          {plural(report.appearances.length, 'claim')} in this report
          {day ? `, as things stood on ${day}` : ''}
          {report.appearances.length > 0 ? ': ' : '.'}
          {VERDICT_ORDER.filter((v) => counts[v]).map((v, i, shown) => (
            <span key={v}>
              {i > 0 && (i === shown.length - 1 ? ' and ' : ', ')}
              {counts[v]} {VERDICTS[v].label.toLowerCase()}
            </span>
          ))}
          {report.appearances.length > 0 ? '.' : ''}
        </p>
        <VerdictLegend counts={counts} />
      </section>

      <section aria-labelledby="text">
        <h2 id="text">
          The text <span className="muted">(original {languageName(report.language)})</span>
        </h2>
        {body ? (
          <ReportReader
            language={report.language}
            paragraphs={paragraphs}
            appearances={report.appearances}
            publisher={report.publisher}
            asOf={day}
          />
        ) : (
          <p className="empty-state">The text of this report is not stored.</p>
        )}
      </section>

      {unplaced.length > 0 && (
        <section aria-labelledby="unplaced">
          <h2 id="unplaced">Claims not marked in the text</h2>
          <ul>
            {unplaced.map(({ anchor, reason }) => {
              const claim = report.appearances[anchor]?.claim;
              return (
                <li key={anchor}>
                  {claim ? <Link href={claimHref(claim.id, { asOf: day })}>{claim.statement}</Link> : 'A claim no longer shown'}
                  {' — '}
                  {reason === 'lost'
                    ? 'lost anchor: its stored place no longer cuts its words out of this text.'
                    : 'its words overlap another claim’s highlight.'}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="claims">
        <h2 id="claims">Claims in this report</h2>
        {report.appearances.length === 0 ? (
          <p className="empty-state">No claims have been marked in this report{day ? ` by ${day}` : ''}.</p>
        ) : (
          <ol className="claim-index">
            {report.appearances.map((appearance, i) =>
              appearance.claim ? (
                <li key={appearance.id} data-verdict={verdictOf(appearance.claim.verdict)}>
                  <span className="claim-index-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <div>
                    <VerdictBadge verdict={appearance.claim.verdict} />
                    <p className="card-title">
                      <Link href={claimHref(appearance.claim.id, { asOf: day })}>{appearance.claim.statement}</Link>
                    </p>
                  </div>
                </li>
              ) : null,
            )}
          </ol>
        )}
      </section>
    </article>
  );
}

function countVerdicts(appearances: ReportAppearance[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const appearance of appearances) {
    const verdict = verdictOf(appearance.claim?.verdict);
    counts[verdict] = (counts[verdict] ?? 0) + 1;
  }
  return counts;
}
