'use client';
// One claim as it appears in the report being read: shown beside the text, without leaving it.
import type { ReportAppearance } from '@claimgraph/sdk';
import Link from 'next/link';
import type { KeyboardEvent, RefObject } from 'react';
import { CREDIBILITY } from '../lib/labels';
import { claimHref } from '../lib/urls';
import { PartialDateText } from './dates';
import { ActorLinks, AttributionChain } from './parties';
import { VerdictBadge } from './verdict';

interface ClaimPanelProps {
  appearance: ReportAppearance;
  number: number;
  total: number;
  publisher: { id: string; slug: string | null; name: string | null } | null;
  asOf?: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

export function ClaimPanel({ appearance, number, total, publisher, asOf, headingRef, onClose }: ClaimPanelProps) {
  const claim = appearance.claim;
  const credibility = appearance.credibility ?? claim?.credibility;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return (
    <div className="panel-body" onKeyDown={onKeyDown}>
      <div className="panel-top">
        <p className="eyebrow">
          Claim {number} of {total}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close<span className="visually-hidden"> the claim</span>
        </button>
      </div>
      <h2 className="panel-title" tabIndex={-1} ref={headingRef}>
        {claim?.statement ?? 'Claim without a statement'}
      </h2>
      <p className="panel-verdict">
        <VerdictBadge verdict={claim?.verdict} className="verdict-large" />
        {asOf && <span className="muted"> as of {asOf}</span>}
      </p>
      <dl className="facts">
        <dt>Claimed by</dt>
        <dd>
          <ActorLinks actors={claim?.claimants} none="no one named" />
        </dd>
        <dt>Claimed</dt>
        <dd>
          <PartialDateText date={claim?.claimed} />
        </dd>
        {appearance.translation && (
          <>
            <dt>The report’s words, in English</dt>
            <dd>“{appearance.translation}”</dd>
          </>
        )}
        <dt>How the report attributes it</dt>
        <dd>
          <AttributionChain chain={appearance.chain} publisher={publisher} />
        </dd>
        {credibility && (
          <>
            <dt>Credibility as reported</dt>
            <dd>{CREDIBILITY[credibility]}</dd>
          </>
        )}
      </dl>
      {claim && (
        <p>
          <Link href={claimHref(claim.id, { asOf })} className="button">
            Timeline and evidence
          </Link>
        </p>
      )}
    </div>
  );
}
