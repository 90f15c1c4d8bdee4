// schema.org ClaimReview for a claim whose verdict says true or false. OPEN and UNVERIFIABLE
// claims get none: a review with no rating would read as one.
import { isSettled, type ClaimTimeline, type TimelineEvent } from '@claimgraph/sdk';
import { VERDICTS } from './verdicts';

type Appearance = NonNullable<TimelineEvent['appearance']>;

export function claimReview(claim: ClaimTimeline, pageUrl: string): Record<string, unknown> | null {
  const verdict = claim.verdict;
  if (!verdict || !isSettled(verdict)) return null;
  const resolution = claim.timeline.findLast((event) => event.resolution?.verdict === verdict)?.resolution;
  const appearances = claim.timeline.flatMap((event) => (event.appearance ? [event.appearance] : []));
  const [first] = appearances;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
    claimReviewed: claim.statement,
    author: { '@type': 'Organization', name: 'ClaimGraph' },
    ...(resolution?.recordedAt ? { datePublished: resolution.recordedAt.slice(0, 10) } : {}),
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict,
      name: VERDICTS[verdict].label,
      ...(resolution?.rationale ? { ratingExplanation: resolution.rationale } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimed?.text ? { datePublished: claim.claimed.text } : {}),
      author: (claim.claimants ?? []).map((actor) => ({
        '@type': actor.kind === 'PERSON' ? 'Person' : 'Organization',
        name: actor.name,
      })),
      appearance: appearances.map(creativeWork),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
    },
  };
}

function creativeWork(appearance: Appearance): Record<string, unknown> {
  const report = appearance.report;
  return {
    '@type': 'CreativeWork',
    ...(report?.url ? { url: report.url } : {}),
    headline: report?.title,
    ...(report?.language ? { inLanguage: report.language } : {}),
    ...(report?.published?.text ? { datePublished: report.published.text } : {}),
    ...(report?.publisher?.name ? { publisher: { '@type': 'Organization', name: report.publisher.name } } : {}),
  };
}

/**
 * JSON for a <script> element: `<`, `>` and `&` become \u escapes, so no text in the data can
 * close the script (`</script>`) or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
