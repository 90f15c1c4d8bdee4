import { graphql } from '../lib/api';

const REPORTS_QUERY = /* GraphQL */ `
  query Reports {
    reports(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          language
          isSummary
          published { text precision }
          publisher { name }
          claimCount
        }
      }
    }
  }
`;

interface ReportsQuery {
  reports: {
    totalCount: number;
    edges: ReadonlyArray<{ node: ReportListItem }>;
  };
}

interface ReportListItem {
  id: string;
  title: string;
  language: string | null;
  isSummary: boolean;
  /** As precise as known: "2022", "2022-09" or "2022-09-22". */
  published: { text: string; precision: 'YEAR' | 'MONTH' | 'DAY' } | null;
  publisher: { name: string } | null;
  claimCount: number;
}

export default async function HomePage() {
  const { reports } = await graphql<ReportsQuery>(REPORTS_QUERY);
  const shown = reports.edges.map((edge) => edge.node);

  return (
    <>
      <h1>Reports</h1>
      {shown.length === 0 ? (
        <p className="empty-state">No reports yet.</p>
      ) : (
        <>
          <p className="list-summary">
            {shown.length < reports.totalCount
              ? `Showing the first ${shown.length} of ${reports.totalCount} reports.`
              : plural(reports.totalCount, 'report')}
          </p>
          <ul className="report-list">
            {shown.map((report) => (
              <ReportEntry key={report.id} report={report} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ReportEntry({ report }: { report: ReportListItem }) {
  return (
    <li className="report">
      <h2 className="report-title" lang={report.language ?? undefined}>
        {report.title}
      </h2>
      <p className="report-meta">
        <span>{report.publisher?.name ?? 'Unknown publisher'}</span>
        {report.published ? (
          <time dateTime={report.published.text}>{report.published.text}</time>
        ) : (
          <span>Date unknown</span>
        )}
        <span>{plural(report.claimCount, 'claim')}</span>
        {report.isSummary && <span className="badge">Summary</span>}
      </p>
    </li>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
