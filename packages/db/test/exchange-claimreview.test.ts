// ClaimReview: the reviews ClaimGraph writes, field by field, and reviews read in (the rating
// table, a rating nobody mapped, a file that is refused whole).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimReviewError, claimReviewOf, importClaimReviews, parseClaimReviews, verdictOfRating } from '../src/exchange';
import { sampleData, sampleId, SEED_REPORT_KEY } from '../src/seed';
import { rowCounts, useSampleDatabase } from '../src/testing';

describe('the rating table', () => {
  it('maps the ratings fact-checkers publish, in English and German', () => {
    const cases: [string, string][] = [
      ['True', 'CONFIRMED'],
      ['Mostly true', 'PARTLY_CONFIRMED'],
      ['Half True', 'PARTLY_CONFIRMED'],
      ['Misleading', 'PARTLY_CONFIRMED'],
      ['FALSE', 'REFUTED'],
      ['Pants on Fire!', 'REFUTED'],
      ['Richtig', 'CONFIRMED'],
      ['Größtenteils falsch', 'REFUTED'],
      ['Irreführend', 'PARTLY_CONFIRMED'],
      ['Falsch.', 'REFUTED'],
      ['Unbelegt', 'UNVERIFIABLE'],
    ];
    for (const [label, verdict] of cases) assert.deepEqual(verdictOfRating(label), { verdict, known: true }, label);
  });

  it('a rating nobody mapped is UNVERIFIABLE, and says so', () => {
    assert.deepEqual(verdictOfRating('Four Pinocchios'), { verdict: 'UNVERIFIABLE', known: false });
  });
});

const review = (claimReviewed: string, rating: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  claimReviewed,
  datePublished: '2023-05-04T09:30:00Z',
  url: 'https://factcheck.example/shells',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  reviewRating: { '@type': 'Rating', alternateName: rating },
  itemReviewed: {
    '@type': 'Claim',
    author: [{ '@type': 'Organization', name: 'USA' }],
    datePublished: '2023-04',
    appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/a' }, { url: 'https://news.example/b' }],
  },
  ...extra,
});

describe('reading a file of ClaimReviews', () => {
  it('takes one object, an array, or one object a line', () => {
    const one = review('A.', 'True');
    assert.equal(parseClaimReviews(JSON.stringify(one)).length, 1);
    assert.equal(parseClaimReviews(JSON.stringify([one, one])).length, 2);
    assert.equal(parseClaimReviews(`${JSON.stringify(one)}\n\n${JSON.stringify(one)}\n`).length, 2);
    assert.equal(parseClaimReviews(JSON.stringify(one))[0]!.datePublished, '2023-05-04', 'a time of day is cut to the day');
  });

  it('refuses a file that is not reviews, naming where', () => {
    assert.throws(() => parseClaimReviews(`${JSON.stringify(review('A.', 'True'))}\n{oops`), /^ClaimReviewError: line 2: not JSON/);
    const { datePublished: _, ...undated } = review('A.', 'True');
    assert.throws(
      () => parseClaimReviews(JSON.stringify([review('A.', 'True'), undated])),
      (error: Error) => {
        return error instanceof ClaimReviewError && /^item 2: datePublished is needed/.test(error.message);
      },
    );
    assert.throws(
      () => parseClaimReviews(JSON.stringify({ ...review('A.', 'True'), reviewRating: {} })),
      /reviewRating needs a textual rating/,
    );
    assert.throws(() => parseClaimReviews('  '), /the file is empty/);
  });
});

describe('ClaimReview and the database (sample data)', () => {
  const db = useSampleDatabase();
  const options = { publisherName: 'ClaimGraph Test Desk', url: 'https://claimgraph.example/claims/x' };

  it("writes a claim's review field by field", async () => {
    const shells = sampleId('claim:shells');
    const written = await claimReviewOf(db.prisma, shells, options);
    const recorded = await db.prisma.resolution.findFirstOrThrow({ where: { claimId: shells, verdict: 'CONFIRMED' } });
    const seed = sampleData().reports.find((r) => r.key === SEED_REPORT_KEY)!;
    assert.deepEqual(written, {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: options.url,
      claimReviewed: 'Russia is buying millions of artillery shells and rockets from North Korea.',
      datePublished: recorded.recordedAt.toISOString().slice(0, 10),
      author: { '@type': 'Organization', name: 'ClaimGraph Test Desk' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Confirmed',
        ratingExplanation: recorded.rationale,
      },
      itemReviewed: {
        '@type': 'Claim',
        author: [{ '@type': 'Organization', name: 'United States' }],
        datePublished: '2022-09',
        appearance: [
          {
            '@type': 'CreativeWork',
            ...(seed.url ? { url: seed.url } : {}),
            headline: seed.title,
            inLanguage: 'de',
            datePublished: '2022-09',
            publisher: { '@type': 'Organization', name: 'Unknown German-language outlet' },
          },
        ],
        firstAppearance: (written!.itemReviewed as { appearance: unknown[] }).appearance[0],
      },
    });
  });

  it('OPEN and UNVERIFIABLE have reviews too, off the 1-5 scale; a claim with no resolution has none', async () => {
    const earlier = await claimReviewOf(db.prisma, sampleId('claim:more-equipment'), {
      ...options,
      asOf: new Date('2023-01-01T00:00:00Z'),
    });
    assert.deepEqual(earlier?.reviewRating, {
      '@type': 'Rating',
      ratingValue: -1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Open: not settled yet',
      ratingExplanation: "An unnamed official's expectation; nothing yet to check it against.",
    });
    const unresolved = await db.prisma.claim.findFirstOrThrow({ where: { resolutions: { none: {} } } });
    assert.equal(await claimReviewOf(db.prisma, unresolved.id, options), null);
  });

  it('imports reviews: a rating nobody mapped becomes UNVERIFIABLE with the label kept; authors found by alias', async () => {
    const reviews = parseClaimReviews(
      JSON.stringify([review('North Korea shipped shells by rail.', 'Four Pinocchios'), review('Russia paid in oil.', 'Mostly False')]),
    );
    const imported = await importClaimReviews(db.prisma, reviews, 'test');
    assert.deepEqual(
      imported.map((r) => [r.verdict, r.originalLabel, r.ratingKnown]),
      [
        ['UNVERIFIABLE', 'Four Pinocchios', false],
        ['REFUTED', 'Mostly False', true],
      ],
    );
    const claim = await db.prisma.claim.findUniqueOrThrow({
      where: { id: imported[0]!.claimId },
      include: { resolutions: true, actors: true, appearances: { include: { report: { include: { publisher: true } } } } },
    });
    assert.equal(claim.statement, 'North Korea shipped shells by rail.');
    assert.equal(claim.claimedOn.toISOString().slice(0, 10), '2023-04-01');
    assert.deepEqual(
      claim.actors.map((a) => [a.actorId, a.role]),
      [[sampleId('actor:united-states'), 'CLAIMANT']],
    );
    assert.deepEqual(
      claim.resolutions.map((r) => [r.verdict, r.originalLabel, r.effectiveOn.toISOString().slice(0, 10)]),
      [['UNVERIFIABLE', 'Four Pinocchios', '2023-05-04']],
    );
    const [appearance] = claim.appearances;
    assert.deepEqual(
      [appearance?.report.url, appearance?.report.alternateUrls, appearance?.report.isSummary, appearance?.report.publisher?.name],
      ['https://news.example/a', ['https://news.example/b'], true, 'Example Fact Check'],
    );
    assert.equal(appearance?.exact, 'North Korea shipped shells by rail.');
  });

  it('a review that does not load refuses the whole file: nothing is written', async () => {
    const counts = await rowCounts(db.prisma);
    // The verdict (2023-05-04) would take effect before the claim was made (2024-01).
    const early = review('Too early.', 'True', { itemReviewed: { datePublished: '2024-01' } });
    await assert.rejects(
      importClaimReviews(db.prisma, parseClaimReviews(JSON.stringify([review('Fine.', 'True'), early])), 'test'),
      (error: Error) =>
        error instanceof ClaimReviewError &&
        /^review 2: effective: the verdict takes effect on 2023-05-04, before the claim was made \(2024-01\)/.test(error.message),
    );
    assert.deepEqual(await rowCounts(db.prisma), counts);
  });

  it("ClaimGraph's own review reads back as the same verdict", async () => {
    const written = await claimReviewOf(db.prisma, sampleId('claim:supply-shortages'), options);
    const [again] = await importClaimReviews(db.prisma, parseClaimReviews(JSON.stringify(written)), 'test');
    assert.deepEqual([again?.verdict, again?.originalLabel, again?.ratingKnown], ['PARTLY_CONFIRMED', 'Partly confirmed', true]);
  });
});
