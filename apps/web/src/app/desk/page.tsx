import type { Metadata } from 'next';
import Link from 'next/link';
import { PartialDateText } from '../../components/dates';
import { listOverdueClaims } from '../../lib/claimgraph';
import { reviewHref } from '../../lib/desk-urls';
import { humanize, languageName, plural } from '../../lib/labels';
import { currentEditor } from '../../lib/session';
import { claimHref, reportHref } from '../../lib/urls';

export const metadata: Metadata = { title: 'Desk' };

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** Where a write's subject can be seen in the reader, when it has a page. */
function writeHref(entityType: string, entityId: string, action: string): string | null {
  if (action === 'HIDE') return null; // hidden: its page answers 404
  if (entityType === 'Claim') return claimHref(entityId);
  if (entityType === 'Report') return reportHref(entityId);
  return null;
}

export default async function DeskPage() {
  const editor = await currentEditor(12);
  if (!editor) return null; // the layout has sent visitors to sign in
  const [queue, overdue] = await Promise.all([editor.client.reviewQueue({ first: 20 }), listOverdueClaims(20)]);
  // Evidence suggestions: pending proposals whose words confirm or refute a known claim.
  const suggestions = (
    await Promise.all(
      queue
        .filter((item) => item.evidenceCount > 0)
        .map(async (item) => {
          const page = await editor.client.listProposals(item.report.id, { status: 'PENDING', first: 200 });
          return page.nodes.flatMap((p) =>
            p.evidence?.claim ? [{ proposal: p, report: item.report, claimId: p.evidence.claim.id, suggests: p.evidence.suggests }] : [],
          );
        }),
    )
  ).flat();
  return (
    <article className="desk-page">
      <header className="page-header desk-header">
        <div>
          <p className="eyebrow">The editor’s desk · {editor.name}</p>
          <h1>Desk</h1>
        </div>
        <Link className="button" href="/desk/new">
          Ingest a report
        </Link>
      </header>

      <section aria-labelledby="to-review">
        <h2 id="to-review">Reports to review</h2>
        {queue.length === 0 ? (
          <p className="empty-state">No proposals are waiting. Ingest a report to propose its claims.</p>
        ) : (
          <ul className="desk-list">
            {queue.map((item) => (
              <li key={item.report.id} className="card">
                <p className="card-title">
                  <Link href={reviewHref(item.report.id)} lang={item.report.language}>
                    {item.report.title}
                  </Link>
                </p>
                <p className="meta">
                  <span>{plural(item.pendingCount, 'proposal')} waiting</span>
                  {item.evidenceCount > 0 && (
                    <span className="badge badge-warning">{plural(item.evidenceCount, 'evidence suggestion')}</span>
                  )}
                  <span>
                    Published <PartialDateText date={item.report.published} />
                  </span>
                  <span>In {languageName(item.report.language)}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="evidence">
        <h2 id="evidence">Evidence waiting for a decision</h2>
        {suggestions.length === 0 ? (
          <p className="empty-state">No ingested words confirm or refute a known claim.</p>
        ) : (
          <ul className="desk-list">
            {suggestions.map(({ proposal, report, claimId, suggests }) => (
              <li key={proposal.id} className="card">
                <blockquote lang={report.language} className="proposal-quote">
                  {proposal.quote.exact}
                </blockquote>
                <p className="meta">
                  <span>{suggests === 'CONFIRMS' ? 'Confirms' : 'Refutes'} a known claim</span>
                  <span>
                    <Link href={claimHref(claimId)}>Settle the claim</Link>
                  </span>
                  <span>
                    <Link href={reviewHref(report.id)}>Review the proposal</Link>
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="overdue">
        <h2 id="overdue">Overdue claims</h2>
        <p className="muted">Past their resolvable-by date and still open: settle them from their page.</p>
        {overdue.nodes.length === 0 ? (
          <p className="empty-state">No claim is overdue.</p>
        ) : (
          <ul className="desk-list">
            {overdue.nodes.map((claim) => (
              <li key={claim.id} className="card">
                <p className="card-title">
                  <Link href={claimHref(claim.id)}>{claim.statement}</Link>
                </p>
                <p className="meta">
                  <span>Resolvable by {claim.resolvableBy}</span>
                  <span>{humanize(claim.kind)}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
        {overdue.totalCount > overdue.nodes.length && <p className="muted">{overdue.totalCount - overdue.nodes.length} more not shown.</p>}
      </section>

      <section aria-labelledby="recent">
        <h2 id="recent">Your recent writes</h2>
        {editor.recentWrites.length === 0 ? (
          <p className="empty-state">Nothing written with this key yet.</p>
        ) : (
          <ol className="desk-writes">
            {editor.recentWrites.map((write) => {
              const href = writeHref(write.entityType, write.entityId, write.action);
              const label = write.label ?? write.entityType;
              return (
                <li key={`${write.entityId}-${write.at}-${write.action}`}>
                  <time dateTime={write.at}>{WHEN.format(new Date(write.at))} UTC</time>{' '}
                  <span className="badge">
                    {humanize(write.action)} {humanize(write.entityType).toLowerCase()}
                  </span>{' '}
                  {href ? <Link href={href}>{label}</Link> : <span>{label}</span>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}
