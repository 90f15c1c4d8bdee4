import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { AsOfControl } from '../../../components/as-of-control';
import { ClaimSection } from '../../../components/claim-list';
import { ReportList } from '../../../components/report-list';
import { Loading } from '../../../components/states';
import { TrackRecordSection } from '../../../components/track-record';
import { getSource, listReports, listSourceClaims } from '../../../lib/claimgraph';
import { humanize, plural, RELIABILITY } from '../../../lib/labels';
import { datedMetadata, readDatedPage, type DatedPageProps } from '../../../lib/params';

const SHOWN = 100;

// Read with the page's own arguments, so the page's read (its track record above all) is the same
// cached one, not a second.
export async function generateMetadata(props: DatedPageProps): Promise<Metadata> {
  const { id, asOf, day } = await readDatedPage(props);
  const source = await getSource(id, day);
  if (!source) notFound();
  // A past day's view is not indexed, as on a claim's and a report's page.
  return datedMetadata(source.name, asOf);
}

// No loading.tsx here: the source is read before anything is sent, so an unknown id answers 404;
// its claims and reports stream in afterwards under their own Suspense.
export default async function SourcePage(props: DatedPageProps) {
  const { id, asOf, day } = await readDatedPage(props);
  // The record is read for ?asOf= (today when it is absent or not a day: the control says which).
  const source = await getSource(id, day);
  if (!source) notFound();

  return (
    <article>
      <header className="page-header">
        <p className="eyebrow">{humanize(source.kind) || 'Source'}</p>
        <h1>{source.name}</h1>
        {source.description && <p className="lede">{source.description}</p>}
        <p className="meta">
          <span>{plural(source.reportCount, 'report')} published</span>
          <span>{plural(source.claimCount, 'claim')} carried</span>
          {source.country && <span>{regionName(source.country)}</span>}
          {source.homepage && (
            <span>
              <a href={source.homepage} rel="noopener noreferrer">
                Website<span className="visually-hidden"> of {source.name}</span>
              </a>
            </span>
          )}
        </p>
      </header>

      <section aria-labelledby="reliability">
        <h2 id="reliability">Reliability</h2>
        {source.reliability ? (
          <p>
            <strong className="reliability-grade">{source.reliability}</strong> — {RELIABILITY[source.reliability]}, on the Admiralty scale
            that judges a source apart from any one claim it carries.
          </p>
        ) : (
          <p className="empty-state">No reliability has been recorded.</p>
        )}
        {source.reliabilityNote && <p>{source.reliabilityNote}</p>}
      </section>

      <AsOfControl day={day} />
      <TrackRecordSection
        record={source.trackRecord}
        name={source.name}
        editorGrade={source.reliability}
        unreadableDay={asOf.kind === 'invalid' ? asOf.input : undefined}
      />

      <section aria-labelledby="claims">
        <h2 id="claims">Claims it carried</h2>
        <p className="muted">Claims in whose attribution chain this source appears, newest first.</p>
        <Suspense fallback={<Loading what="the claims it carried" />}>
          <SourceClaims sourceId={source.id} />
        </Suspense>
      </section>

      <section aria-labelledby="reports">
        <h2 id="reports">Reports it published</h2>
        <Suspense fallback={<Loading what="the reports it published" />}>
          <SourceReports sourceId={source.id} />
        </Suspense>
      </section>
    </article>
  );
}

async function SourceClaims({ sourceId }: { sourceId: string }) {
  return <ClaimSection page={await listSourceClaims(sourceId, SHOWN)} none="No claims carried by this source are recorded." />;
}

async function SourceReports({ sourceId }: { sourceId: string }) {
  const published = (await listReports(undefined, SHOWN, undefined, sourceId)).nodes;
  return published.length === 0 ? <p className="empty-state">No reports by this source are stored.</p> : <ReportList reports={published} />;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function regionName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
