// Every page, at a desktop and a phone width: no serious or critical axe-core violations, nothing
// wider than the screen, and a screenshot in test-results/screenshots/ to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  browserSkip,
  launchBrowser,
  openPage,
  screenshot,
  seriousViolations,
  startReader,
  visit,
  type Reader,
  type ViewportName,
} from './support.ts';

const e = encodeURIComponent;

/** Each page by name, with the path to it and a heading it must show. */
function pages(reader: Reader): Record<string, { path: string; heading: string }> {
  const { seedReport, shellsClaim, seedTitle } = reader.ids;
  const shells = 'Russia is buying millions of artillery shells and rockets from North Korea.';
  return {
    home: { path: '/', heading: 'What became of the claims' },
    report: { path: `/reports/${e(seedReport)}`, heading: seedTitle },
    'report-selected': { path: `/reports/${e(seedReport)}?claim=${e(shellsClaim)}`, heading: seedTitle },
    'report-as-of': { path: `/reports/${e(seedReport)}?asOf=2022-09-15`, heading: seedTitle },
    claim: { path: `/claims/${e(shellsClaim)}`, heading: shells },
    'claim-as-of': { path: `/claims/${e(shellsClaim)}?asOf=2022-09-15`, heading: shells },
    actor: { path: '/actors/united-states', heading: 'United States' },
    source: { path: '/sources/nyt', heading: 'The New York Times' },
    search: { path: '/search?q=artillery+shells', heading: 'Search' },
    'search-empty': { path: '/search?q=zzzxq', heading: 'Search' },
    'invalid-date': { path: '/?asOf=2022-13-40', heading: 'That date cannot be read' },
    'not-found': { path: '/no-such-page', heading: 'Page not found' },
    'claim-not-found': { path: '/claims/no-such-claim', heading: 'Claim not found' },
  };
}

describe('every page, accessible at two widths', { skip: browserSkip() }, () => {
  let reader: Reader;
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
    reader = await startReader();
  });
  after(async () => {
    await browser?.close();
    await reader?.stop();
  });

  for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
    it(`has no serious or critical violations and fits the ${viewport} screen`, async () => {
      const problems: string[] = [];
      const { context, page } = await openPage(browser, viewport);
      try {
        for (const [name, { path, heading }] of Object.entries(pages(reader))) {
          try {
            await visit(page, `${reader.origin}${path}`);
            await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 10_000 });
          } catch (error) {
            throw new Error(`${name} (${path}): ${(error as Error).message.split('\n')[0]}`, { cause: error });
          }
          await screenshot(page, name, viewport);
          for (const violation of await seriousViolations(page)) problems.push(`${name}: ${violation}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${name}: ${overflow}px wider than the screen`);
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(problems, []);
    });
  }

  it('shows a visible focus ring on every highlight reached by keyboard', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      await visit(page, `${reader.origin}/reports/${e(reader.ids.seedReport)}`);
      const first = page.locator('a.claim-highlight').first();
      await first.focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const outline = await first.evaluate((link) => getComputedStyle(link).outlineStyle + ' ' + getComputedStyle(link).outlineWidth);
      assert.match(outline, /^solid [1-9]/);
    } finally {
      await context.close();
    }
  });
});
