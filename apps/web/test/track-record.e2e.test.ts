// Track records on the source and actor pages, in the browser at a desktop and a phone width: the
// figures the API computes (see apps/api/test/track-record.test.ts for the working), the chart
// with its text alternative and table, the as-of control changing them, no serious axe-core
// violations, nothing wider than the screen, and screenshots (test-results/screenshots/, or
// CLAIMGRAPH_SCREENSHOT_DIR).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

/** The figures table with this caption, as label → value. */
async function figures(page: Page, caption: string): Promise<Record<string, string>> {
  const table = page.locator('table.record-figures').filter({ has: page.locator('caption', { hasText: caption }) });
  const rows = await table
    .locator('tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]));
  return Object.fromEntries(rows.map(([label, value]) => [label ?? '', value ?? '']));
}

describe('track records in the reader', { skip: browserSkip() }, () => {
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

  it('the actor page shows the record; the as-of control changes it', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      await visit(page, `${reader.origin}/actors/united-states`);
      const today = await figures(page, 'Claims it originated');
      assert.deepEqual(
        [
          today.Claims,
          today.Confirmed,
          today['Partly confirmed'],
          today.Refuted,
          today.Open,
          today.Settled,
          today.Accuracy,
          today['Brier score'],
        ],
        ['6', '2', '1', '1', '2', '4', '63 %', '0.188'],
      );
      const record = page.locator('section.track-record');
      assert.match((await record.textContent()) ?? '', /only 4 settled claims since 2022-08, fewer than the 5 a grade needs/);
      // The chart is an image with a title and a description in words, and a table of its points.
      const chart = page.locator('.record-chart svg[role="img"]');
      assert.equal(await chart.locator('title').textContent(), 'Accuracy and settled claims by month');
      assert.match(
        (await chart.locator('desc').textContent()) ?? '',
        /^Accuracy was 0 % in 2022-10 \(1 settled claim\) and 63 % in 2024-01 \(4 settled claims\)/,
      );
      assert.equal(await chart.locator('rect.chart-bar').count(), 6);
      assert.equal(await page.locator('.record-chart details table tbody tr').count(), 6);

      await page.locator('#as-of-date').fill('2023-01-01');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/asOf=2023-01-01/);
      await page.locator('time[datetime="2023-01-01"]').first().waitFor();
      const earlier = await figures(page, 'Claims it originated');
      assert.deepEqual([earlier.Claims, earlier.Settled, earlier.Accuracy], ['5', '3', '33 %']);
      assert.equal(await page.locator('.record-chart rect.chart-bar').count(), 4);
    } finally {
      await context.close();
    }
  });

  it('the source page shows the suggested grade beside the editors’ and both records', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      await visit(page, `${reader.origin}/sources/ap`);
      const grades = (await page.locator('.record-grades').textContent()) ?? '';
      assert.match(grades, /Editors’ grade/);
      assert.match(grades, /Suggested by the record\s*F/);
      const originated = await figures(page, 'Claims it originated');
      const carried = await figures(page, 'Claims it only carried');
      assert.deepEqual([originated.Claims, originated.Confirmed, originated.Accuracy], ['3', '3', '100 %']);
      assert.deepEqual([carried.Claims, carried['Partly confirmed'], carried.Accuracy], ['1', '1', '50 %']);
      await visit(page, `${reader.origin}/sources/ap?asOf=2023-01-01`);
      assert.deepEqual((await figures(page, 'Claims it originated')).Open, '1');
      await visit(page, `${reader.origin}/sources/ap?asOf=2023-02-30`);
      assert.match((await page.locator('section.track-record [role="alert"]').textContent()) ?? '', /“2023-02-30” is not a calendar day/);
    } finally {
      await context.close();
    }
  });

  for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
    it(`fits the ${viewport} screen with no serious violations`, async () => {
      const problems: string[] = [];
      const { context, page } = await openPage(browser, viewport);
      try {
        for (const [name, route] of Object.entries({
          'record-actor': '/actors/united-states',
          'record-actor-as-of': '/actors/united-states?asOf=2023-01-01',
          'record-source': '/sources/ap',
          'record-source-carried': '/sources/nyt',
        })) {
          await visit(page, `${reader.origin}${route}`);
          const file = await screenshot(page, name, viewport);
          const copyTo = process.env.CLAIMGRAPH_SCREENSHOT_DIR;
          if (copyTo) fs.copyFileSync(file, path.join(copyTo, path.basename(file)));
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
});
