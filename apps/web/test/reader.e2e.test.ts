// A person reading in Chromium: from the overview to the seed report, its highlighted claims,
// one claim's evidence, the past as it was known, and search in both languages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  browserSkip,
  launchBrowser,
  openPage,
  screenshot,
  seriousViolations,
  startReader,
  startWeb,
  visit,
  type Reader,
} from './support.ts';

// The seed report's claims in text order, with the verdict each is under today.
const SEED_VERDICTS = [
  'CONFIRMED', // shells
  'CONFIRMED', // more equipment
  'PARTLY_CONFIRMED', // troops offer
  'CONFIRMED', // Iranian drones
  'REFUTED', // drone failures
  'PARTLY_CONFIRMED', // supply shortages
  'CONFIRMED', // DPR/LPR recognition
  'PARTLY_CONFIRMED', // new sanctions
  'CONFIRMED', // arms export violation
  'CONFIRMED', // workers violation
  'CONFIRMED', // lax enforcement
];

describe('reading in a browser', { skip: browserSkip() }, () => {
  let reader: Reader;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    browser = await launchBrowser();
    reader = await startReader();
    ({ context, page } = await openPage(browser, 'desktop'));
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await reader?.stop();
  });

  it('picks the seed report on the overview and sees its eleven claims coloured by verdict, as the legend says', async () => {
    await visit(page, reader.origin);
    await page.getByRole('link', { name: reader.ids.seedTitle }).click();
    await page.waitForURL(/\/reports\//);
    await page.locator('a.claim-highlight').first().waitFor();
    assert.equal(await page.locator('.report-text').getAttribute('lang'), 'de');

    const highlights = await page.locator('a.claim-highlight').evaluateAll((links) =>
      links.map((link) => ({
        verdict: link.getAttribute('data-verdict'),
        background: getComputedStyle(link).backgroundColor,
        text: link.textContent,
      })),
    );
    assert.deepEqual(
      highlights.map((h) => h.verdict),
      SEED_VERDICTS,
    );
    const legend = await page
      .locator('.legend-item')
      .evaluateAll((items) =>
        Object.fromEntries(
          items.map((item) => [item.getAttribute('data-verdict'), getComputedStyle(item.querySelector('.legend-swatch')!).backgroundColor]),
        ),
      );
    for (const highlight of highlights) {
      assert.equal(highlight.background, legend[highlight.verdict!], `${highlight.verdict} highlight matches its legend swatch`);
    }
    assert.equal(new Set(Object.values(legend)).size, 5, 'each verdict has its own colour');
    // Colour is not the only signal: each highlight carries its verdict in words for screen readers.
    assert.match(highlights[4]!.text, /Refuted/);
  });

  it('selects a highlight with the keyboard and sees the claim beside the text', async () => {
    const shells = page.locator('a.claim-highlight').first();
    await shells.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.claim-panel');
    await panel.getByRole('heading', { name: 'Russia is buying millions of artillery shells and rockets from North Korea.' }).waitFor();
    assert.match(page.url(), /[?&]claim=/);
    assert.equal(await panel.locator('.verdict').getAttribute('data-verdict'), 'CONFIRMED');
    assert.equal(await panel.locator('.chain li').count(), 3, 'the attribution chain: NYT, the finding, the United States');
    assert.ok((await panel.textContent())?.includes('United States'), 'the claimant');
    assert.equal(await page.locator('a.claim-highlight').count(), 11, 'the text is still there');
  });

  it('follows the shells claim to its three-step resolution timeline and its ClaimReview', async () => {
    await page.locator('.claim-panel').getByRole('link', { name: 'Timeline and evidence' }).click();
    await page.waitForURL(/\/claims\//);
    await page.locator('.timeline').waitFor();
    const steps = await page
      .locator('.timeline-event[data-event="RESOLVED"]')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-verdict'), item.querySelector('time')?.textContent]));
    assert.deepEqual(steps, [
      ['OPEN', '2022-09'],
      ['PARTLY_CONFIRMED', '2022-11-02'],
      ['CONFIRMED', '2023-11-01'],
    ]);
    assert.ok((await page.locator('.evidence blockquote').count()) >= 4, 'each step shows its evidence passages');

    const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
    assert.equal(review['@type'], 'ClaimReview');
    assert.deepEqual([review.reviewRating.ratingValue, review.reviewRating.alternateName], [5, 'Confirmed']);
    assert.equal(review.itemReviewed['@type'], 'Claim');
    assert.equal(review.itemReviewed.firstAppearance.headline, reader.ids.seedTitle);
  });

  it('sets the as-of date to 2022-09-15 with the control and sees the claim open, the date in the URL', async () => {
    await page.locator('#as-of-date').fill('2022-09-15');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/asOf=2022-09-15/);
    await page.locator('.current-verdict .verdict[data-verdict="OPEN"]').waitFor();
    const steps = await page
      .locator('.timeline-event[data-event="RESOLVED"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-verdict')));
    assert.deepEqual(steps, ['OPEN']);
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0, 'a view of the past publishes no review');
    assert.equal(await page.locator('#as-of-date').inputValue(), '2022-09-15');
  });

  it('searches in German and finds the seed report, its words marked', async () => {
    await visit(page, `${reader.origin}/search`);
    await page.getByLabel('Words to find').fill('Artilleriegranaten');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=Artilleriegranaten/);
    const hit = page.locator('.hit[data-kind="REPORT"]', { hasText: reader.ids.seedTitle });
    await hit.waitFor();
    assert.equal(await hit.locator('.snippet mark').first().textContent(), 'Artilleriegranaten');
    assert.equal(await hit.locator('.snippet').getAttribute('lang'), 'de');
  });

  it('searches in English and finds the shells claim, its words marked', async () => {
    await page.getByLabel('Words to find').fill('artillery shells');
    await page.getByLabel('Show').selectOption('claim');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/kind=claim/);
    const hit = page.locator('.hit[data-kind="CLAIM"]', { hasText: 'Russia is buying millions of artillery shells' });
    await hit.waitFor();
    assert.deepEqual(await hit.locator('mark').allTextContents(), ['artillery', 'shells']);
    assert.equal(await page.locator('.hit[data-kind="REPORT"]').count(), 0);
  });

  it('says so, and offers to try again, when the API cannot be reached', async () => {
    const web = await startWeb('http://127.0.0.1:9/graphql'); // nothing listens on the discard port
    const { context, page: alone } = await openPage(browser, 'desktop');
    try {
      await alone.goto(web.origin);
      await alone.getByRole('heading', { name: 'Could not load the overview' }).waitFor();
      assert.ok(await alone.getByRole('button', { name: 'Try again' }).isVisible());
      await screenshot(alone, 'api-down', 'desktop');
      assert.deepEqual(await seriousViolations(alone), []);
    } finally {
      await context.close();
      await web.stop();
    }
  });
});
