// The parts of a claim's page: how it was resolved, where it appeared, who said it first, and
// the claims it bears on.
import type { ClaimProvenance, ClaimRelations, TimelineEvent } from '@claimgraph/sdk';
import Link from 'next/link';
import { claimHref, reportHref } from '../lib/urls';
import { PartialDateText } from './dates';
import { AttributionChain, PartyLink } from './parties';
import { VerdictBadge } from './verdict';

export function Timeline({ events, claimId, asOf }: { events: TimelineEvent[]; claimId: string; asOf?: string }) {
  if (events.length === 0) return <p className="empty-state">Nothing has happened to this claim yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event, i) => (
        <li
          key={event.resolution?.id ?? event.appearance?.id ?? i}
          className="timeline-event"
          data-event={event.kind ?? undefined}
          data-verdict={event.resolution?.verdict ?? undefined}
        >
          <p className="timeline-date">
            <PartialDateText date={event.date} />
          </p>
          <div className="timeline-body">
            {event.kind === 'RESOLVED' && event.resolution ? (
              <Resolution resolution={event.resolution} asOf={asOf} />
            ) : (
              <p>
                Appeared in{' '}
                {event.appearance?.report ? (
                  <Link
                    href={reportHref(event.appearance.report.id, { asOf, claim: claimId })}
                    lang={event.appearance.report.language ?? undefined}
                  >
                    {event.appearance.report.title}
                  </Link>
                ) : (
                  'a report no longer shown'
                )}
                {event.appearance?.report?.publisher?.name && <span className="muted"> ({event.appearance.report.publisher.name})</span>}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

type ResolutionData = NonNullable<TimelineEvent['resolution']>;

function Resolution({ resolution, asOf }: { resolution: ResolutionData; asOf?: string }) {
  return (
    <>
      <p className="timeline-verdict">
        <VerdictBadge verdict={resolution.verdict} />
        {resolution.originalLabel && <span className="muted"> The publisher’s own label: “{resolution.originalLabel}”.</span>}
      </p>
      {resolution.rationale && <p>{resolution.rationale}</p>}
      {resolution.evidence && resolution.evidence.length > 0 && (
        <div className="evidence">
          <p className="evidence-title">Evidence</p>
          <ul>
            {resolution.evidence.map((evidence) => (
              <li key={evidence.id}>
                <blockquote lang={evidence.report?.language ?? undefined}>“{evidence.quote?.exact}”</blockquote>
                <p className="evidence-source">
                  {evidence.report ? (
                    <Link href={reportHref(evidence.report.id, { asOf })} lang={evidence.report.language ?? undefined}>
                      {evidence.report.title}
                    </Link>
                  ) : (
                    'A report no longer shown'
                  )}
                  {', '}
                  <PartialDateText date={evidence.report?.published} />
                  {evidence.quote?.status === 'LOST' && <span className="badge badge-warning">Lost anchor</span>}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

type Appearance = NonNullable<TimelineEvent['appearance']>;

export function Appearances({ appearances, claimId, asOf }: { appearances: Appearance[]; claimId: string; asOf?: string }) {
  if (appearances.length === 0) return <p className="empty-state">It has not appeared in any report{asOf ? ` by ${asOf}` : ''}.</p>;
  return (
    <ul className="card-list">
      {appearances.map((appearance) => {
        const report = appearance.report;
        return (
          <li key={appearance.id} className="card">
            <h3 className="card-title" lang={report?.language ?? undefined}>
              {report ? <Link href={reportHref(report.id, { asOf, claim: claimId })}>{report.title}</Link> : 'A report no longer shown'}
            </h3>
            <p className="meta">
              <span>{report?.publisher?.name ?? 'Publisher unknown'}</span>
              <PartialDateText date={report?.published} />
            </p>
            <blockquote className="quote" lang={appearance.quote?.language ?? report?.language ?? undefined}>
              “{appearance.quote?.exact}”
            </blockquote>
            {appearance.translation && (
              <p className="translation">
                <span className="muted">In English: </span>“{appearance.translation}”
              </p>
            )}
            {appearance.quote?.status === 'LOST' && (
              <p className="badge badge-warning">Lost anchor: these words are no longer at their stored place in the report.</p>
            )}
            <p className="chain-title">How the report attributes it</p>
            <AttributionChain chain={appearance.chain} publisher={report?.publisher} />
          </li>
        );
      })}
    </ul>
  );
}

export function Origins({ provenance }: { provenance: ClaimProvenance['provenance'] | null }) {
  const origins = provenance?.origins ?? [];
  if (origins.length === 0) return <p className="empty-state">No origin is known.</p>;
  const count = provenance?.independentOriginCount ?? origins.length;
  return (
    <>
      <p>{count === 1 ? 'One independent origin' : `${count} independent origins`}: reports that only repeat one another count once.</p>
      <ul className="origins">
        {origins.map((origin, i) => (
          <li key={origin.party?.id ?? i}>
            {origin.party ? <PartyLink party={origin.party} /> : 'Unknown'}
            <span className="muted">
              {' '}
              — first seen <PartialDateText date={origin.firstSeen} />, in {origin.appearanceCount ?? 0}{' '}
              {origin.appearanceCount === 1 ? 'report' : 'reports'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

type Related = NonNullable<ClaimRelations['relations']>[number];

const RELATION_WORDS: Record<string, { OUTGOING: string; INCOMING: string }> = {
  SAME_AS: { OUTGOING: 'The same claim as', INCOMING: 'The same claim as' },
  SUPPORTS: { OUTGOING: 'This claim supports', INCOMING: 'Supported by' },
  CONTRADICTS: { OUTGOING: 'This claim contradicts', INCOMING: 'Contradicted by' },
  REFINES: { OUTGOING: 'This claim refines', INCOMING: 'Refined by' },
};

export function RelatedClaims({ relations, asOf }: { relations: Related[]; asOf?: string }) {
  if (relations.length === 0) return <p className="empty-state">No related claims {asOf ? `had been made by ${asOf}` : 'are recorded'}.</p>;
  const groups = new Map<string, Related[]>();
  for (const related of relations) {
    const words = RELATION_WORDS[related.kind ?? '']?.[related.direction ?? 'OUTGOING'] ?? 'Related to';
    groups.set(words, [...(groups.get(words) ?? []), related]);
  }
  return (
    <>
      {[...groups].map(([words, items]) => (
        <div key={words} className="relation-group">
          <h3>{words}</h3>
          <ul className="card-list">
            {items.map((related) =>
              related.claim ? (
                <li key={related.relation?.id ?? related.claim.id} className="card" data-relation={related.kind ?? undefined}>
                  <VerdictBadge verdict={related.claim.verdict} />
                  <p className="card-title">
                    <Link href={claimHref(related.claim.id, { asOf })}>{related.claim.statement}</Link>
                  </p>
                  {related.relation?.note && <p className="muted">{related.relation.note}</p>}
                </li>
              ) : null,
            )}
          </ul>
        </div>
      ))}
    </>
  );
}
