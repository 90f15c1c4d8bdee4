import type { ReportListItem } from '@claimgraph/sdk';
import Link from 'next/link';
import { plural } from '../lib/labels';
import { reportHref } from '../lib/urls';
import { PartialDateText } from './dates';

type ReportLike = Omit<ReportListItem, 'claimCount'> & { claimCount?: number };

export function ReportList({ reports, asOf }: { reports: ReportLike[]; asOf?: string }) {
  return (
    <ul className="card-list">
      {reports.map((report) => (
        <li key={report.id} className="card report">
          <h3 className="card-title" lang={report.language ?? undefined}>
            <Link href={reportHref(report.id, { asOf })}>{report.title ?? 'Untitled report'}</Link>
          </h3>
          <ReportMeta report={report} />
        </li>
      ))}
    </ul>
  );
}

function ReportMeta({ report }: { report: ReportLike }) {
  return (
    <p className="meta">
      <span>{report.publisher?.name ?? 'Publisher unknown'}</span>
      <PartialDateText date={report.published} />
      {report.claimCount !== undefined && <span>{plural(report.claimCount, 'claim')}</span>}
      {report.isSummary && <span className="badge">Editors’ summary</span>}
    </p>
  );
}
