import type { ClaimSummary, ClaimWithAppearances, Page } from '@claimgraph/sdk';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { claimHref, reportHref } from '../lib/urls';
import { PartialDateText } from './dates';
import { ActorLinks } from './parties';
import { VerdictBadge } from './verdict';

type ClaimItem = ClaimSummary & { appearances?: ClaimWithAppearances['appearances'] };

/** Claims as cards: verdict first, then the statement, who made it and when. */
export function ClaimList({
  claims,
  asOf,
  extra,
}: {
  claims: ClaimItem[];
  asOf?: string;
  /** More to say about one claim (e.g. when it was settled). */
  extra?: (claim: ClaimItem) => ReactNode;
}) {
  return (
    <ul className="card-list">
      {claims.map((claim) => (
        <li key={claim.id} className="card claim-card" data-verdict={claim.verdict ?? 'OPEN'}>
          <VerdictBadge verdict={claim.verdict} />
          <p className="card-title">
            <Link href={claimHref(claim.id, { asOf })}>{claim.statement ?? 'Claim without a statement'}</Link>
          </p>
          <p className="meta">
            <span>
              Claimed <PartialDateText date={claim.claimed} />
            </span>
            {claim.claimants?.length ? (
              <span>
                by <ActorLinks actors={claim.claimants} />
              </span>
            ) : (
              <span>claimant not named</span>
            )}
            {claim.overdue && <span className="badge badge-warning">Overdue</span>}
          </p>
          {extra?.(claim)}
          {claim.appearances && claim.appearances.length > 0 && (
            <p className="appeared-in">
              Appeared in{' '}
              {claim.appearances.map((appearance, i) => (
                <span key={appearance.id}>
                  {i > 0 && '; '}
                  {appearance.report ? (
                    <Link href={reportHref(appearance.report.id, { asOf, claim: claim.id })} lang={appearance.report.language ?? undefined}>
                      {appearance.report.title}
                    </Link>
                  ) : (
                    'a report no longer shown'
                  )}
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One page of someone's claims, saying so when there are more than it shows; none for no page. */
export function ClaimSection({ page, none }: { page: Page<ClaimWithAppearances> | null; none: string }) {
  if (!page || page.nodes.length === 0) return <p className="empty-state">{none}</p>;
  return (
    <>
      {page.totalCount > page.nodes.length && (
        <p className="muted">
          The newest {page.nodes.length} of {page.totalCount}.
        </p>
      )}
      <ClaimList claims={page.nodes} />
    </>
  );
}
