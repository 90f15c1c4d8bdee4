// The reader's pages as HTML over HTTP: what each shows, in which language, and what a person
// sees when something is missing or a date cannot be read.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startReader, type Reader } from './support.ts';

let reader: Reader;
before(async () => {
  reader = await startReader();
});
after(() => reader?.stop());

const get = async (path: string) => {
  const response = await fetch(`${reader.origin}${path}`);
  // React separates adjacent text nodes with <!-- -->; the words a reader sees are what count.
  return { status: response.status, html: (await response.text()).replaceAll('<!-- -->', '') };
};
const e = encodeURIComponent;

describe('the pages', () => {
  it('the overview lists the seed report in its own language, its month-precise date as a month', async () => {
    const { status, html } = await get('/');
    assert.equal(status, 200);
    assert.ok(
      html.includes(`lang="de"><a href="/reports/${e(reader.ids.seedReport)}">${reader.ids.seedTitle}</a>`),
      'title with lang="de"',
    );
    assert.ok(html.includes('<time dateTime="2022-09">2022-09</time>') || html.includes('<time datetime="2022-09">2022-09</time>'));
    for (const heading of ['Claims by verdict today', 'Recent reports', 'Recently resolved', 'Overdue']) {
      assert.ok(html.includes(heading), heading);
    }
  });

  it('the report keeps its text in German inside an English page', async () => {
    const { html } = await get(`/reports/${e(reader.ids.seedReport)}`);
    assert.match(html, /<html lang="en"/);
    assert.match(html, /<div class="report-text" lang="de">/);
    assert.equal(html.match(/<a href="\?claim=[^"]*" class="claim-highlight"/g)?.length, 11);
  });

  it('an actor and a source list their claims and show their track records, server-rendered', async () => {
    const actor = await get('/actors/united-states');
    assert.ok(actor.html.includes('Russia is buying millions of artillery shells'));
    assert.ok(actor.html.includes('lang="de">Vereinigte Staaten</span>'), 'aliases carry their language');
    assert.ok(actor.html.includes('only 4 settled claims since 2022-08'), 'the suggested grade with its reason');
    assert.match(actor.html, /<svg viewBox="0 0 640 240" role="img"/);
    const source = await get(`/sources/${e(reader.ids.nyt)}`);
    assert.ok(source.html.includes('The New York Times'));
    // The Times only carried the shells finding: confirmed today, partly confirmed on 2022-12-01.
    assert.match(source.html, /<caption>Claims it only carried<\/caption><tbody><tr><th scope="row">Claims<\/th><td>1<\/td>/);
    assert.ok(source.html.includes('<th scope="row">Accuracy</th><td>100 %</td>'));
    const earlier = await get(`/sources/${e(reader.ids.nyt)}?asOf=2022-12-01`);
    assert.ok(earlier.html.includes('<th scope="row">Accuracy</th><td>50 %</td>'));
  });

  it('an actor and a source page read their track record once, not once more for the title; a past view is not indexed', async () => {
    // Each SDK operation a request runs is counted on /metrics by name (claimgraph_sql_statements).
    const runs = async (operation: string) => {
      const metrics = await (await fetch(`${reader.api.origin}/metrics`)).text();
      return Number(new RegExp(`^claimgraph_sql_statements_count\\{operation="${operation}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    };
    for (const [path, operation] of [
      ['/sources/nyt', 'Source'],
      ['/actors/united-states', 'Actor'],
      ['/sources/nyt?asOf=2022-12-01', 'Source'],
    ] as const) {
      const before = await runs(operation);
      const { status, html } = await get(path);
      assert.equal(status, 200);
      assert.equal((await runs(operation)) - before, 1, path);
      // A past day's view is not indexed; today's is.
      assert.equal(html.includes('<meta name="robots" content="noindex"/>'), path.includes('asOf='), `${path}: robots`);
    }
  });

  it('an unknown address answers 404 with a page that says so', async () => {
    const { status, html } = await get('/no-such-page');
    assert.equal(status, 404);
    assert.ok(html.includes('Page not found'));
  });

  // Each id route, the thing it names, and what its not-found page says.
  const idRoutes = [
    { route: 'claims', type: 'Claim', title: 'Claim not found', says: 'ClaimGraph has no claim at this address.' },
    { route: 'reports', type: 'Report', title: 'Report not found', says: 'ClaimGraph has no report at this address.' },
    {
      route: 'actors',
      type: 'Actor',
      title: 'Actor not found',
      says: 'ClaimGraph has no state, organisation, person or group at this address.',
    },
    {
      route: 'sources',
      type: 'Source',
      title: 'Source not found',
      says: 'ClaimGraph has no outlet, official, body or document at this address.',
    },
  ];
  const globalIdOf = (text: string) => e(Buffer.from(text).toString('base64'));

  it('an unknown or malformed id answers 404 with its not-found page, on every id route', async () => {
    for (const { route, type, title, says } of idRoutes) {
      const ids = {
        unknown: globalIdOf(`${type}:00000000-0000-0000-0000-000000000000`),
        'unknown slug': 'no-such-thing',
        malformed: globalIdOf(`${type}:not-a-uuid`),
        garbage: '%20garbage%20',
      };
      for (const [kind, id] of Object.entries(ids)) {
        const path = `/${route}/${id}`;
        const { status, html } = await get(path);
        assert.equal(status, 404, `${path} (${kind}) answers 404`);
        assert.ok(html.includes(`<title>${title} · ClaimGraph</title>`), `${path} is titled ${title}`);
        assert.ok(html.includes(says), `${path} says what was not found`);
        assert.ok(html.includes('<meta name="robots" content="noindex"/>'), `${path} is noindex`);
      }
    }
  });

  it('an unknown id answers 404 whatever ?asOf= says', async () => {
    for (const route of ['claims', 'reports']) {
      for (const asOf of ['2022-10-01', 'tomorrow']) {
        const { status } = await get(`/${route}/no-such-thing?asOf=${asOf}`);
        assert.equal(status, 404, `/${route}/no-such-thing?asOf=${asOf}`);
      }
    }
  });

  it('a real id on every id route answers 200 with its page, today and on a day in the past', async () => {
    const { seedReport, seedTitle, shellsClaim, unitedStates, nyt } = reader.ids;
    const shells = 'Russia is buying millions of artillery shells and rockets from North Korea.';
    for (const [path, heading] of [
      [`/claims/${e(shellsClaim)}`, shells],
      [`/claims/${e(shellsClaim)}?asOf=2022-10-01`, shells],
      [`/reports/${e(seedReport)}`, seedTitle],
      [`/reports/${e(seedReport)}?asOf=2022-10-01`, seedTitle],
      [`/actors/${e(unitedStates)}`, 'United States'],
      ['/actors/united-states', 'United States'],
      [`/sources/${e(nyt)}`, 'The New York Times'],
      ['/sources/nyt', 'The New York Times'],
    ] as const) {
      const { status, html } = await get(path);
      assert.equal(status, 200, path);
      assert.ok(html.includes(`>${heading}</h1>`), `${path} shows ${heading}`);
      assert.ok(!html.includes(' not found · ClaimGraph</title>'), `${path} is not a not-found page`);
    }
  });

  it('a claim still shows its origins and related claims, and ?asOf= the verdict on the day asked', async () => {
    const { html } = await get(`/claims/${e(reader.ids.shellsClaim)}`);
    assert.ok(html.includes('independent origin'), 'origins');
    assert.ok(html.includes('<h3>Contradicted by</h3>'), 'related claims');
    const past = await get(`/claims/${e(reader.ids.shellsClaim)}?asOf=2022-09-15`);
    assert.ok(past.html.includes('as of 2022-09-15'), 'the day asked');
    assert.ok(past.html.includes('data-verdict="OPEN"'), 'open on that day');
  });

  it('a date that is not a calendar day is explained, not sent to the API', async () => {
    for (const path of [
      '/?asOf=2022-13-01',
      `/claims/${e(reader.ids.shellsClaim)}?asOf=tomorrow`,
      `/reports/${e(reader.ids.seedReport)}?asOf=2022-02-30`,
    ]) {
      const { html } = await get(path);
      assert.ok(html.includes('That date cannot be read'), path);
    }
  });

  it('a report asked about before it was published says so', async () => {
    const { html } = await get(`/reports/${e(reader.ids.seedReport)}?asOf=2022-08-01`);
    assert.ok(html.includes('Not yet published on 2022-08-01'));
  });

  it('search renders the query and snippets as text, never as markup', async () => {
    const { html } = await get(`/search?q=${e('<img src=x onerror=alert(1)>')}`);
    assert.ok(!html.includes('<img src=x'), 'the query is escaped');
    const found = await get('/search?q=Artilleriegranaten&language=de&kind=report');
    assert.match(found.html, /<mark>Artilleriegranaten<\/mark>/);
    assert.doesNotMatch(found.html, /data-kind="CLAIM"/, 'kind=report shows reports only');
  });

  it('a search with more matches than it ranks says so, and how to reach older ones', async () => {
    const statement = 'Zeppelin sighting number';
    await reader.api.prisma.$executeRawUnsafe(`
      INSERT INTO "Claim" (id, statement, kind, "claimedOn", "claimedPrecision", "updatedAt")
      SELECT gen_random_uuid(), '${statement} ' || i, 'EVENT', DATE '2020-01-01' + i, 'DAY', now() FROM generate_series(1, 1001) AS i`);
    try {
      const { html } = await get('/search?q=Zeppelin');
      assert.ok(html.includes('More than 1,000 results for “Zeppelin”'), 'heading');
      assert.ok(
        html.includes('The newest 1,000 are ranked here, best match first. To reach older ones, add words, choose a language or a kind.'),
      );
      const one = await get('/search?q=Zeppelin%20number%201001');
      assert.ok(one.html.includes('1 result for “Zeppelin number 1001”'), 'a complete list keeps its count');
      assert.ok(!one.html.includes('To reach older ones'));
    } finally {
      await reader.api.prisma.claim.deleteMany({ where: { statement: { startsWith: statement } } });
    }
  });

  it('a claim with no verdict recorded carries no ClaimReview', async () => {
    const open = await reader.api.prisma.claim.findFirstOrThrow({
      where: { statement: { startsWith: 'North Korea has decided to send about 12,000' } },
    });
    const { globalId } = await import('@claimgraph/api/testing');
    const { html } = await get(`/claims/${e(globalId('Claim', open.id))}`);
    assert.ok(html.includes('data-verdict="OPEN"'));
    assert.ok(!html.includes('application/ld+json'));
    assert.equal((await fetch(`${reader.origin}/claims/${e(globalId('Claim', open.id))}/claimreview.json`)).status, 404);
    assert.equal((await fetch(`${reader.origin}/claims/no-such-claim/claimreview.json`)).status, 404);
  });

  it('every claim page with a verdict carries its ClaimReview, field by field', async () => {
    const { globalId } = await import('@claimgraph/api/testing');
    const claims = await reader.api.prisma.claim.findMany({ where: { resolutions: { some: {} } }, include: { resolutions: true } });
    assert.ok(claims.length >= 10);
    for (const claim of claims) {
      const id = globalId('Claim', claim.id);
      const { html } = await get(`/claims/${e(id)}`);
      const script = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
      assert.ok(script, `${claim.statement}: a ClaimReview`);
      const review = JSON.parse(script) as {
        url: string;
        claimReviewed: string;
        author: unknown;
        datePublished: string;
        reviewRating: { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
        itemReviewed: { '@type': string; datePublished: string; appearance: unknown[]; firstAppearance: unknown };
      };
      assert.equal(review.url, `${reader.origin}/claims/${e(id)}`);
      assert.equal(review.claimReviewed, claim.statement);
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'ClaimGraph' });
      assert.deepEqual([review.reviewRating.bestRating, review.reviewRating.worstRating], [5, 1]);
      assert.ok(
        ['Confirmed', 'Partly confirmed', 'Refuted', 'Open: not settled yet', 'Unverifiable'].includes(review.reviewRating.alternateName),
      );
      assert.equal(review.itemReviewed['@type'], 'Claim');
      assert.deepEqual(review.itemReviewed.firstAppearance, review.itemReviewed.appearance[0]);
      // The same review as the API's route gives, but for the page's own address; and as a file on the reader.
      const api = (await (await fetch(`${reader.api.origin}/claims/${e(id)}/claimreview.json`)).json()) as { url: string };
      assert.deepEqual(review, { ...api, url: review.url });
      const file = await fetch(`${reader.origin}/claims/${e(id)}/claimreview.json`);
      assert.equal(file.headers.get('content-type'), 'application/ld+json; charset=utf-8');
      assert.deepEqual(await file.json(), review);
    }
  });
});
