import type { Proposal } from '@claimgraph/sdk';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PartialDateText } from '../../../../components/dates';
import { ReviewDesk } from '../../../../components/desk/review-desk';
import { getReport } from '../../../../lib/claimgraph';
import { languageName, plural } from '../../../../lib/labels';
import { currentEditor } from '../../../../lib/session';
import { reportHref } from '../../../../lib/urls';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await getReport(decodeURIComponent((await params).id));
  return { title: report ? `Review: ${report.title}` : 'Review' };
}

export default async function ReviewPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const editor = await currentEditor();
  if (!editor) return null;
  const report = await getReport(id);
  if (!report) notFound();
  const proposals: Proposal[] = [];
  for (let after: string | undefined, more = true; more;) {
    const page = await editor.client.listProposals(report.id, { first: 200, after });
    proposals.push(...page.nodes);
    after = page.pageInfo.endCursor ?? undefined;
    more = page.pageInfo.hasNextPage && after !== undefined;
  }
  const pending = proposals.filter((p) => p.status === 'PENDING').length;
  return (
    <article className="desk-page review-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link href="/desk">Desk</Link> · Review
        </p>
        <h1 lang={report.language}>{report.title}</h1>
        <p className="meta">
          <span>
            Published <PartialDateText date={report.published} />
          </span>
          <span>In {languageName(report.language)}</span>
          <span>{plural(pending, 'proposal')} to decide</span>
          <span>{plural(report.appearances.length, 'claim')} accepted</span>
          <span>
            <Link href={reportHref(report.id)}>Open in the reader</Link>
          </span>
        </p>
      </header>
      <ReviewDesk
        report={{ id: report.id, language: report.language, body: report.body ?? '' }}
        appearances={report.appearances}
        proposals={proposals}
      />
    </article>
  );
}
