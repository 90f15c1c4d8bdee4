// Links to who made, carried or passed on a claim.
import Link from 'next/link';
import { actorHref, sourceHref } from '../lib/urls';

interface PartyRef {
  __typename?: 'Actor' | 'Source';
  id: string;
  slug?: string | null;
  name?: string | null;
}

export function PartyLink({ party }: { party: PartyRef }) {
  const href = party.__typename === 'Source' ? sourceHref(party) : actorHref(party);
  return <Link href={href}>{party.name ?? 'Unnamed'}</Link>;
}

/** "United States, Russia" as links, or the fallback text when there is no one. */
export function ActorLinks({ actors, none = 'not named' }: { actors: PartyRef[] | null | undefined; none?: string }) {
  if (!actors?.length) return <span className="muted">{none}</span>;
  return (
    <>
      {actors.map((actor, i) => (
        <span key={actor.id}>
          {i > 0 && ', '}
          <Link href={actorHref(actor)}>{actor.name ?? 'Unnamed'}</Link>
        </span>
      ))}
    </>
  );
}

interface ChainLink {
  position: number | null;
  relation: string | null;
  party: PartyRef | null;
}

/** How a report says it came by a claim: whom it cites, back to the origin (last). */
export function AttributionChain({ chain, publisher }: { chain: ChainLink[] | null | undefined; publisher?: PartyRef | null }) {
  if (!chain?.length) {
    return (
      <p className="chain-empty">
        The report attributes it to no one
        {publisher?.name ? (
          <>
            ; it stands on its publisher, <PartyLink party={{ ...publisher, __typename: 'Source' }} />.
          </>
        ) : (
          '.'
        )}
      </p>
    );
  }
  return (
    <ol className="chain">
      {chain.map((link, i) => (
        <li key={`${link.position}-${i}`}>
          {link.party ? <PartyLink party={link.party} /> : <span>Unknown</span>}
          {link.relation && <span className="chain-relation"> — {link.relation}</span>}
          {i === chain.length - 1 && chain.length > 1 && <span className="chain-origin"> (origin)</span>}
        </li>
      ))}
    </ol>
  );
}
