import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { AsOfControl } from '../../../components/as-of-control';
import { ClaimSection } from '../../../components/claim-list';
import { Loading } from '../../../components/states';
import { TrackRecordSection } from '../../../components/track-record';
import { getActor, listActorClaims } from '../../../lib/claimgraph';
import { humanize, languageName, plural } from '../../../lib/labels';
import { datedMetadata, readDatedPage, type DatedPageProps } from '../../../lib/params';

/** The API's largest page; an actor with more claims says how many are not shown. */
const SHOWN = 100;

// Read with the page's own arguments, so the page's read (its track record above all) is the same
// cached one, not a second.
export async function generateMetadata(props: DatedPageProps): Promise<Metadata> {
  const { id, asOf, day } = await readDatedPage(props);
  const actor = await getActor(id, day);
  if (!actor) notFound();
  // A past day's view is not indexed, as on a claim's and a report's page.
  return datedMetadata(actor.name, asOf);
}

// No loading.tsx here: the actor is read before anything is sent, so an unknown id answers 404;
// its claims stream in afterwards under their own Suspense.
export default async function ActorPage(props: DatedPageProps) {
  const { id, asOf, day } = await readDatedPage(props);
  // The record is read for ?asOf= (today when it is absent or not a day: the control says which).
  const actor = await getActor(id, day);
  if (!actor) notFound();
  const aliases = (actor.aliases ?? []).filter((alias) => alias.name && alias.name !== actor.name);

  return (
    <article>
      <header className="page-header">
        <p className="eyebrow">{humanize(actor.kind) || 'Actor'}</p>
        <h1>{actor.name}</h1>
        {actor.description && <p className="lede">{actor.description}</p>}
        <p className="meta">
          <span>{plural(actor.claimsMadeCount, 'claim')} made</span>
          <span>{plural(actor.claimsAboutCount, 'claim')} about it</span>
          {actor.wikidataId && (
            <span>
              <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidataId)}`} rel="noopener noreferrer">
                Wikidata {actor.wikidataId}
              </a>
            </span>
          )}
        </p>
      </header>

      {aliases.length > 0 && (
        <section aria-labelledby="aliases">
          <h2 id="aliases">Also known as</h2>
          <ul className="aliases">
            {aliases.map((alias) => (
              <li key={alias.id}>
                <span lang={alias.language ?? undefined}>{alias.name}</span>{' '}
                <span className="muted">({alias.language ? languageName(alias.language) : 'any language'})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <AsOfControl day={day} />
      <TrackRecordSection record={actor.trackRecord} name={actor.name} unreadableDay={asOf.kind === 'invalid' ? asOf.input : undefined} />

      <section aria-labelledby="made">
        <h2 id="made">Claims it made</h2>
        <Suspense fallback={<Loading what="the claims it made" />}>
          <ActorClaims actorId={actor.id} role="CLAIMANT" none="No claims made by this actor are recorded." />
        </Suspense>
      </section>
      <section aria-labelledby="about">
        <h2 id="about">Claims about it</h2>
        <Suspense fallback={<Loading what="the claims about it" />}>
          <ActorClaims actorId={actor.id} role="SUBJECT" none="No claims about this actor are recorded." />
        </Suspense>
      </section>
    </article>
  );
}

async function ActorClaims({ actorId, role, none }: { actorId: string; role: 'CLAIMANT' | 'SUBJECT'; none: string }) {
  return <ClaimSection page={await listActorClaims(actorId, role, SHOWN)} none={none} />;
}
