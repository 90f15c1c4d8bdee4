'use client';
// The report's text with each claim's words highlighted in place. Selecting a highlight (a link,
// so click, Enter and no-JavaScript all work) shows the claim in a panel beside the text; the
// selection is `?claim=` in the URL, so it can be shared.
import type { ReportAppearance } from '@claimgraph/sdk';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, type MouseEvent } from 'react';
import type { Paragraph } from '../lib/highlights';
import { VERDICTS, verdictOf } from '../lib/verdicts';
import { ClaimPanel } from './claim-panel';

export interface ReportReaderProps {
  language: string | null;
  paragraphs: Paragraph[];
  /** In text order; a highlight's `anchor` indexes this list. */
  appearances: ReportAppearance[];
  publisher: { id: string; slug: string | null; name: string | null } | null;
  asOf?: string;
}

function hrefWith(claimId: string | null): string {
  const params = new URLSearchParams(window.location.search);
  if (claimId) params.set('claim', claimId);
  else params.delete('claim');
  const search = params.toString();
  return search ? `?${search}` : window.location.pathname;
}

export function ReportReader({ language, paragraphs, appearances, publisher, asOf }: ReportReaderProps) {
  const selectedId = useSearchParams().get('claim');
  const index = appearances.findIndex((a) => a.claim?.id === selectedId);
  const selected = index >= 0 ? appearances[index] : undefined;
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const movedByUser = useRef(false);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Focus follows a selection the reader made, not one that came with the URL.
    if (movedByUser.current && selected?.claim) {
      // On a phone the panel covers the lower part of the screen: keep the words in view above it.
      if (window.matchMedia('(max-width: 52rem)').matches) highlightOf(selected.claim.id)?.scrollIntoView({ block: 'start' });
      panelHeading.current?.focus({ preventScroll: true });
    }
    movedByUser.current = false;
  }, [selected]);

  function highlightOf(claimId: string): HTMLElement | null | undefined {
    return textRef.current?.querySelector<HTMLElement>(`a[data-claim="${CSS.escape(claimId)}"]`);
  }

  function select(event: MouseEvent<HTMLAnchorElement>, claimId: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    movedByUser.current = true;
    window.history.pushState(null, '', hrefWith(claimId));
  }

  function close() {
    const claimId = selected?.claim?.id;
    window.history.pushState(null, '', hrefWith(null));
    if (claimId) highlightOf(claimId)?.focus();
  }

  const staticQuery = (claimId: string) => {
    const params = new URLSearchParams();
    params.set('claim', claimId);
    if (asOf) params.set('asOf', asOf);
    return `?${params}`;
  };

  return (
    <div className="reader">
      <div className="report-text" lang={language ?? undefined} ref={textRef}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.pieces.map((piece, i) => {
              if (piece.kind === 'text') return piece.text;
              const appearance = appearances[piece.anchor];
              const claimId = appearance?.claim?.id;
              const verdict = verdictOf(appearance?.claim?.verdict);
              if (!piece.first || !claimId) {
                return (
                  <span key={i} className="claim-highlight is-continued" data-verdict={verdict}>
                    {piece.text}
                  </span>
                );
              }
              const number = piece.anchor + 1;
              return (
                <a
                  key={i}
                  href={staticQuery(claimId)}
                  className="claim-highlight"
                  data-verdict={verdict}
                  data-claim={claimId}
                  aria-current={claimId === selectedId ? 'true' : undefined}
                  onClick={(event) => select(event, claimId)}
                >
                  {piece.text}
                  <span className="claim-tag" aria-hidden="true">
                    {VERDICTS[verdict].icon}
                    {number}
                  </span>
                  <span className="visually-hidden" lang="en">
                    {` (claim ${number}: ${VERDICTS[verdict].label})`}
                  </span>
                </a>
              );
            })}
          </p>
        ))}
      </div>
      <aside className="claim-panel" aria-label="Selected claim" data-open={selected ? 'true' : 'false'}>
        {selected ? (
          <ClaimPanel
            appearance={selected}
            number={index + 1}
            total={appearances.length}
            publisher={publisher}
            asOf={asOf}
            headingRef={panelHeading}
            onClose={close}
          />
        ) : (
          <p className="panel-hint">
            Select a highlighted passage to see the claim it makes, who made it, how the report attributes it, and its verdict.
          </p>
        )}
      </aside>
    </div>
  );
}
