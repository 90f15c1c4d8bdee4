// The editor's desk in Chromium, over the real API on a database without the sample data: sign-in
// (and refusals), the security headers, ingesting the seed text through /desk/new, reviewing its
// proposals with the keyboard, settling a claim with evidence chosen by selecting words, writes
// refused without the session or from another site, and axe-core on every desk page at two widths.
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';
import { createClient, type ClaimGraphClient } from '@claimgraph/sdk';
import type { Browser, BrowserContext, Dialog, Page } from 'playwright-core';
import { browserSkip, launchBrowser, openPage, screenshot, seriousViolations, startWeb, type ViewportName, type Web } from './support.ts';

const SEED_FILE = path.resolve(import.meta.dirname, '../../../packages/db/seed-data/reports/000_8cd6da2f7a34876a.txt');
const SEED_BODY = fs.readFileSync(SEED_FILE, 'utf8').replace(/^ date \S+ /, '');
const SHELLS = 'Russia is buying millions of artillery shells and rockets from North Korea.';
const DRONES = 'US officials say Russia is trying to buy short-range missiles and artillery shells from North Korea.';
const e = encodeURIComponent;

/** The API keystrokes of one desk page visit can't be counted from outside: the test counts its own presses. */
let keystrokes = 0;
async function press(page: Page, key: string): Promise<void> {
  keystrokes += 1;
  await page.keyboard.press(key);
}

async function signIn(page: Page, origin: string, key: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('networkidle');
}

async function highlightCounts(page: Page): Promise<{ proposed: number; accepted: number }> {
  return {
    proposed: await page
      .locator('.report-text .proposal-highlight')
      .evaluateAll((spans) => new Set(spans.map((s) => s.getAttribute('data-proposal'))).size),
    accepted: await page
      .locator('.report-text .accepted-claim')
      .evaluateAll((spans) => new Set(spans.map((s) => s.getAttribute('data-claim'))).size),
  };
}

describe("the editor's desk", { skip: browserSkip() }, () => {
  let api: TestApi;
  let web: Web;
  let browser: Browser;
  let editor: ClaimGraphClient;
  let context: BrowserContext;
  let page: Page;
  /** The claim the graph held before the seed text came: its first sentence, from an earlier excerpt. */
  let knownClaimId: string;
  let russiaId: string;
  let seedReportId: string;
  let newClaimId: string;

  before(async () => {
    api = await startTestApi({ sampleData: false });
    editor = createClient({ url: `${api.origin}/graphql`, apiKey: api.keys.editor });
    const excerpt = await editor.ingestReport({ body: SEED_BODY.split(/\n\s*\n/)[0]!, title: 'Excerpt', published: '2022-09-05' });
    const first = excerpt.proposals[0]!;
    const accepted = await editor.acceptProposal({ id: first.id, version: first.version, newClaim: { statement: SHELLS, kind: 'EVENT' } });
    knownClaimId = accepted.claim!.id;
    // One actor the graph knows, so that ingest recognises its name in the words.
    const russia = await api.graphql<{ createActor: { id: string } }>(
      'mutation($input: CreateActorInput!) { createActor(input: $input) { id } }',
      { input: { name: 'Russia', kind: 'STATE', aliases: [{ name: 'Russland', language: 'de' }] } },
      { authorization: `Bearer ${api.keys.editor}` },
    );
    russiaId = russia.body.data!.createActor.id;
    web = await startWeb(`${api.origin}/graphql`);
    browser = await launchBrowser();
    ({ context, page } = await openPage(browser, 'desktop'));
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  it('shows a visitor no desk: no desk link, the desk sends to sign-in, a claim page has no settle form', async () => {
    await page.goto(web.origin);
    assert.equal(await page.getByRole('link', { name: 'Desk' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Sign in' }).count(), 1);
    await page.goto(`${web.origin}/desk`);
    assert.match(new URL(page.url()).pathname, /^\/sign-in$/);
    await page.goto(`${web.origin}/claims/${e(knownClaimId)}`);
    await page.getByRole('heading', { level: 1, name: SHELLS }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Settle this claim' }).count(), 0);
  });

  it('refuses a key the API does not know, and sets no cookie', async () => {
    await signIn(page, web.origin, 'cgk_not-a-key-anyone-issued');
    assert.match(new URL(page.url()).pathname, /^\/sign-in$/);
    assert.match(await page.locator('#key-error').innerText(), /not accepted: it is unknown or has been revoked/);
    assert.deepEqual(await context.cookies(), []);
  });

  it("signs in with an editor's key: an httpOnly, SameSite=Strict cookie the page's scripts cannot read", async () => {
    await signIn(page, web.origin, api.keys.editor);
    assert.match(new URL(page.url()).pathname, /^\/desk$/);
    await page.getByRole('heading', { level: 1, name: 'Desk' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Desk', exact: true }).count(), 1);
    const [cookie] = await context.cookies();
    assert.equal(cookie?.httpOnly, true);
    assert.equal(cookie?.sameSite, 'Strict');
    assert.equal(cookie?.secure, false, 'plain http: a Secure cookie would never come back');
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.ok(!(await page.content()).includes(api.keys.editor), 'the key is not in the page');
  });

  it('sends a visitor who asked for a desk page to sign in, and there after', async () => {
    const { context: own, page: p } = await openPage(browser, 'desktop');
    try {
      await p.goto(`${web.origin}/desk/new`);
      assert.equal(new URL(p.url()).searchParams.get('next'), '/desk/new');
      await p.getByLabel('API key').fill(api.keys.editor);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.waitForURL(`${web.origin}/desk/new`);
      await p.getByRole('heading', { level: 1, name: 'Ingest a report' }).waitFor();
    } finally {
      await own.close();
    }
  });

  it('lists the evidence suggestions waiting on the desk, each leading to the claim to settle', async () => {
    const words = 'The White House confirmed that Russia bought millions of artillery shells and rockets from North Korea, officials said.';
    const { proposals } = await editor.ingestReport({ body: words, title: 'Confirmation', published: '2022-11-02' });
    assert.equal(proposals[0]?.evidence?.suggests, 'CONFIRMS');
    await page.goto(`${web.origin}/desk`);
    const section = page.getByRole('region', { name: 'Evidence waiting for a decision' });
    await section.getByText(words.slice(0, 40)).waitFor();
    assert.equal(await section.getByRole('link', { name: 'Settle the claim' }).getAttribute('href'), `/claims/${e(knownClaimId)}`);
    const queued = page.getByRole('region', { name: 'Reports to review' }).getByRole('listitem').filter({ hasText: 'Confirmation' });
    assert.match(await queued.innerText(), /1 proposal waiting.*1 evidence suggestion/s);
  });

  it('sends a nonce CSP without unsafe-inline scripts, frame-ancestors none, Referrer-Policy and nosniff, and the pages still run', async () => {
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    for (const path of ['/', '/desk', '/desk/new', '/sign-in']) {
      const response = await fetch(`${web.origin}${path}`, { headers: { cookie }, redirect: 'manual' });
      const csp = response.headers.get('content-security-policy') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      assert.match(scriptSrc, /'nonce-[A-Za-z0-9+/=]+'/, `${path}: ${csp}`);
      assert.doesNotMatch(scriptSrc, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      assert.ok(scripts.length > 0);
      for (const attributes of scripts.filter((a) => !/type="application\/ld\+json"/.test(a))) {
        assert.ok(attributes.includes(`nonce="${nonce}"`), `${path}: a script without this response's nonce: <script${attributes}>`);
      }
    }
    // Hydrated under the policy: no violation, and a client control works.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${web.origin}/desk/new`);
    await page.getByLabel('Text of the report').fill('Die Regierung sagte am Dienstag, dass die Lieferungen weitergehen.');
    await page.getByText('Detected: German.').waitFor();
    assert.deepEqual(violations, []);
  });

  it('ingests the seed text from its .txt file through /desk/new and opens the review', async () => {
    await page.goto(`${web.origin}/desk/new`);
    await page.getByLabel('Text of the report').fill('');
    await page.locator('input[type=file]').setInputFiles(SEED_FILE);
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#body')?.value ?? '').startsWith('In einem'));
    assert.equal(await page.locator('#published').inputValue(), '2022-09', 'the date header of the file, as a month');
    assert.equal(await page.locator('#precision').inputValue(), 'MONTH');
    await page.getByText('Detected: German.').waitFor();
    assert.equal(await page.locator('#language').inputValue(), 'de');
    await page.getByLabel('Title').fill('US-Geheimdienst: Russland kauft Artilleriegranaten und Raketen aus Nordkorea');
    // A publisher the graph does not know yet, created with the report.
    await page.getByLabel('Publisher').selectOption({ label: 'A new publisher…' });
    await page.getByLabel('Name').fill('Der Beobachter');
    await page.getByLabel('Kind').selectOption('NEWS_OUTLET');
    await page.getByRole('button', { name: 'Ingest and review' }).click();
    await page.waitForURL(/\/desk\/reports\//);
    seedReportId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    await page.locator('.review[data-ready]').waitFor();
    // Twelve: with Russia known, the report's own prediction about Pyongyang ("Für Pjöngjang könnte ...") is proposed too.
    assert.deepEqual(await highlightCounts(page), { proposed: 12, accepted: 0 });
    const stored = await api.prisma.report.findFirstOrThrow({ where: { title: { startsWith: 'US-Geheimdienst' } } });
    assert.equal(stored.body, SEED_BODY);
    assert.equal(stored.language, 'de');
    assert.equal(stored.publishedPrecision, 'MONTH');
    const publisher = await api.prisma.source.findUniqueOrThrow({ where: { id: stored.publisherId! } });
    assert.deepEqual([publisher.name, publisher.kind], ['Der Beobachter', 'NEWS_OUTLET']);
  });

  it('accepts one proposal as an appearance of a known claim, one as a new claim and rejects one, with the keyboard; the highlights change', async () => {
    keystrokes = 0;
    // 1: the shells sentence matches the known claim (score 1): that is the default, `a` accepts it.
    assert.equal(
      await page
        .locator('.proposal-highlight[aria-pressed=true]')
        .first()
        .innerText()
        .then((t) => t.slice(0, 20)),
      'Russland Millionen v',
    );
    await press(page, 'a');
    await page.getByRole('status').filter({ hasText: 'Accepted as an appearance of' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.report-text .accepted-claim').length > 0);
    assert.deepEqual(await highlightCounts(page), { proposed: 11, accepted: 1 });

    // 2 ("Die Vereinigten Staaten gaben nur wenige Details ..."): j past it to the short-range missiles sentence, e, the English words, Ctrl+Enter.
    await press(page, 'j');
    assert.match(await page.locator('.proposal-quote').innerText(), /^Russland neben Kurzstreckenraketen/);
    await press(page, 'e');
    await page.getByLabel('Statement in English').waitFor();
    // Russia, named in the words, is offered as the subject and ticked.
    assert.equal(await page.getByRole('group', { name: 'Subjects' }).getByLabel('Russia').isChecked(), true);
    await page.keyboard.type(DRONES);
    await press(page, 'Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Accepted as a new claim.' }).waitFor();
    await page.waitForFunction(
      () => new Set([...document.querySelectorAll('.report-text .accepted-claim')].map((s) => s.getAttribute('data-claim'))).size === 2,
    );

    // 3: the next one (the 100,000 soldiers report) is rejected with r.
    assert.match(await page.locator('.proposal-quote').innerText(), /^Nordkorea Russland bis zu 100 000/);
    await press(page, 'r');
    await page.getByRole('status').filter({ hasText: 'Rejected' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.report-text .proposal-highlight').length === 9);
    assert.deepEqual(await highlightCounts(page), { proposed: 9, accepted: 2 });
    assert.equal(keystrokes, 5, 'a; j e Ctrl+Enter; r (plus the statement typed)');

    const decided = await api.prisma.proposal.findMany({
      where: { report: { title: { startsWith: 'US-Geheimdienst' } }, status: { not: 'PENDING' } },
      orderBy: { start: 'asc' },
    });
    assert.deepEqual(
      decided.map((p) => p.status),
      ['ACCEPTED', 'ACCEPTED', 'REJECTED'],
    );
    const newClaim = await api.prisma.claim.findFirstOrThrow({ where: { statement: DRONES } });
    newClaimId = Buffer.from(`Claim:${newClaim.id}`).toString('base64');
    assert.equal(Buffer.from(`Claim:${decided[0]!.claimId}`).toString('base64'), knownClaimId);
    assert.equal(decided[1]!.claimId, newClaim.id);
    const subjects = await api.prisma.claimActor.findMany({ where: { claimId: newClaim.id } });
    assert.deepEqual(
      subjects.map((s) => [s.role, Buffer.from(`Actor:${s.actorId}`).toString('base64')]),
      [['SUBJECT', russiaId]],
    );
    // Accepted claims are drawn in their verdict's colour, apart from the hatched proposals.
    const [accepted, proposed] = await Promise.all([
      page
        .locator('.report-text .accepted-claim')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor),
      page
        .locator('.report-text .proposal-highlight')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor),
    ]);
    assert.notEqual(accepted, proposed);
  });

  it('says in a sentence when another editor decided first, and reloads', async () => {
    const current = await page.locator('.proposal-quote').innerText();
    const pending = await editor.listProposals(seedReportId, { status: 'PENDING' });
    const behindTheBack = pending.nodes.find((p) => p.quote.exact === current)!;
    await editor.rejectProposal({ id: behindTheBack.id, version: behindTheBack.version, note: 'a duplicate' });
    await page.keyboard.press('r');
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved first' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /test editor rejected it at .* UTC, noting “a duplicate”\. Your decision was not saved\./);
    await page.getByRole('button', { name: 'Reload the proposals' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.report-text .proposal-highlight').length === 8);
  });

  it("records a verdict with evidence chosen by selecting words; the claim's colour changes on the report page", async () => {
    const verdictOnReport = async () => {
      await page.goto(`${web.origin}/reports/${e(seedReportId)}`);
      const link = page.locator(`a.claim-highlight[data-claim="${newClaimId}"]`);
      await link.waitFor();
      return link.evaluate((el) => ({ verdict: el.getAttribute('data-verdict'), background: getComputedStyle(el).backgroundColor }));
    };
    const before = await verdictOnReport();
    assert.equal(before.verdict, 'OPEN');

    await page.goto(`${web.origin}/claims/${e(newClaimId)}`);
    await page.locator('.desk-tools[data-ready]').waitFor();
    await page.getByLabel('Refuted').check();
    await page.getByLabel('Took effect').fill('2022-11');
    await page.getByLabel('Rationale').fill('The seed report itself says the sale was never confirmed independently.');
    await page.getByRole('button', { name: 'Open its text' }).click();
    const text = page.getByRole('region', { name: /^Text of / });
    await text.waitFor();
    const words = 'es gibt noch keine Möglichkeit, den Verkauf unabhängig zu überprüfen';
    // Select the words as a mouse drag would: a range over them in the shown text.
    await text.evaluate((element, phrase) => {
      const node = element.firstChild!;
      const start = node.textContent!.indexOf(phrase);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + phrase.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, words);
    await page.getByRole('button', { name: 'Add the selected words' }).click();
    await page.getByText(`“${words}”`).first().waitFor();
    await page.getByRole('button', { name: 'Record the verdict' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded: the claim is now refuted.' }).waitFor();
    await page.locator('.current-verdict[data-verdict="REFUTED"]').waitFor();

    const resolution = await api.prisma.resolution.findFirstOrThrow({
      where: { claim: { statement: DRONES } },
      include: { evidence: true },
    });
    assert.equal(resolution.verdict, 'REFUTED');
    assert.equal(resolution.evidence.length, 1);
    const evidence = resolution.evidence[0]! as unknown as { start: number; end: number; exact: string };
    assert.equal(evidence.exact, words);
    assert.equal(SEED_BODY.slice(evidence.start, evidence.end), words);

    const after = await verdictOnReport();
    assert.equal(after.verdict, 'REFUTED');
    assert.notEqual(after.background, before.background);
  });

  it('corrects a resolution with a new entry naming it, and shows refused fields beside them', async () => {
    await page.goto(`${web.origin}/claims/${e(newClaimId)}`);
    await page.getByRole('heading', { name: 'Settle this claim' }).waitFor();
    await page.locator('.desk-tools[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Record the verdict' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was stored' }).waitFor();
    assert.equal(await page.locator('#verdict-error').innerText(), 'choose a verdict');
    assert.equal(await page.locator('#rationale-error').innerText(), 'say why');

    await page.getByLabel('Unverifiable').check();
    await page.getByLabel('Took effect').fill('2022-11');
    await page.getByLabel('Entry').selectOption({ label: 'Corrects: Refuted (2022-11)' });
    await page.getByLabel('Rationale').fill('Refuted was too strong: nothing published either way.');
    // Evidence from a report the claim never appeared in, found by its words.
    await page.getByLabel('Report', { exact: true }).selectOption({ label: 'Another report…' });
    await page.getByLabel('Find it by its words').fill('White House confirmed');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('group', { name: 'Reports found' }).getByLabel('Confirmation').check();
    await page.getByRole('button', { name: 'Open its text' }).click();
    const text = page.getByRole('region', { name: 'Text of Confirmation' });
    await text.waitFor();
    await text.evaluate((element) => {
      const node = element.firstChild!;
      const start = node.textContent!.indexOf('officials said');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 'officials said'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Add the selected words' }).click();
    await page.getByRole('button', { name: 'Record the verdict' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded: the claim is now unverifiable.' }).waitFor();
    const log = await api.prisma.resolution.findMany({
      where: { claim: { statement: DRONES } },
      orderBy: { recordedAt: 'asc' },
      include: { evidence: { include: { report: true } } },
    });
    assert.deepEqual(
      log[1]!.evidence.map((e) => [e.report.title, e.exact]),
      [['Confirmation', 'officials said']],
    );
    assert.deepEqual(
      log.map((r) => [r.verdict, r.correctsId]),
      [
        ['REFUTED', null],
        ['UNVERIFIABLE', log[0]!.id],
      ],
    );
  });

  it('refuses a write without the session cookie and one from another origin, and stores nothing', async () => {
    const [pending] = (await editor.listProposals(seedReportId, { status: 'PENDING', first: 1 })).nodes;
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const revisions = await api.prisma.revision.count();
    const body = JSON.stringify({ id: pending!.id, version: pending!.version, reportId: seedReportId });
    const post = (headers: Record<string, string>) =>
      fetch(`${web.origin}/desk/actions/reject`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

    const noCookie = await post({ origin: web.origin });
    assert.equal(noCookie.status, 401);
    assert.match(((await noCookie.json()) as { message: string }).message, /sign in/);
    const otherOrigin = await post({ origin: 'http://evil.example', cookie });
    assert.equal(otherOrigin.status, 403);
    const noOrigin = await post({ cookie });
    assert.equal(noOrigin.status, 403);
    const crossSite = await post({ origin: web.origin, cookie, 'sec-fetch-site': 'cross-site' });
    assert.equal(crossSite.status, 403);
    const signInElsewhere = await fetch(`${web.origin}/session`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: `key=${e(api.keys.editor)}`,
      redirect: 'manual',
    });
    assert.equal(signInElsewhere.status, 403);
    assert.equal(signInElsewhere.headers.get('set-cookie'), null);

    assert.equal(await api.prisma.revision.count(), revisions, 'nothing was written');
    const still = await api.prisma.proposal.findUniqueOrThrow({
      where: { id: Buffer.from(pending!.id, 'base64').toString().split(':')[1]! },
    });
    assert.equal(still.status, 'PENDING');
  });

  it('shows each field’s message beside the field when input is refused', async () => {
    await page.goto(`${web.origin}/desk/new`);
    await page.getByRole('button', { name: 'Ingest and review' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was stored' }).waitFor();
    assert.equal(await page.locator('#body-error').innerText(), 'paste the text or upload a .txt file');
    assert.equal(await page.locator('#title-error').innerText(), 'give the report a title');
    assert.match(await page.locator('#published-error').innerText(), /YYYY-MM-DD/);
    assert.equal(await page.locator('#body').getAttribute('aria-invalid'), 'true');
  });

  it('hides a claim from its page: gone from the reader, kept in the database', async () => {
    const accepted = await editor.ingestReport({
      body: 'Pyongyang plans to send 10,000 workers to Donetsk, a South Korean official said on Monday.',
      title: 'To hide',
      published: '2022-09-12',
    });
    const proposal = accepted.proposals[0]!;
    const claimId = (
      await editor.acceptProposal({
        id: proposal.id,
        version: proposal.version,
        newClaim: { statement: 'North Korea plans to send workers to Donetsk.', kind: 'INTENT' },
      })
    ).claim!.id;
    await page.goto(`${web.origin}/claims/${e(claimId)}`);
    await page.locator('.desk-tools[data-ready]').waitFor();
    // Another editor rewords it first: the hide is refused with their words, and a reload.
    const other = await api.graphql(
      'mutation($input: UpdateClaimInput!) { updateClaim(input: $input) { version } }',
      { input: { id: claimId, version: 1, statement: 'North Korea plans to send 10,000 workers to Donetsk.' } },
      { authorization: `Bearer ${api.keys.admin}` },
    );
    assert.equal(other.body.errors, undefined, JSON.stringify(other.body.errors));
    const confirm = (dialog: Dialog) => void dialog.accept();
    page.on('dialog', confirm);
    try {
      await page.getByRole('button', { name: 'Hide this claim' }).click();
      const stale = page.getByRole('alert').filter({ hasText: 'Someone else saved this claim first' });
      await stale.waitFor();
      assert.match(
        await stale.innerText(),
        /it now reads “North Korea plans to send 10,000 workers to Donetsk\.” \(open\)\. Nothing was hidden/,
      );
      await page.getByRole('button', { name: 'Reload the claim' }).click();
      await page.getByRole('heading', { level: 1, name: 'North Korea plans to send 10,000 workers to Donetsk.' }).waitFor();
      await page.getByRole('button', { name: 'Hide this claim' }).click();
      await page.waitForURL(`${web.origin}/desk`);
    } finally {
      page.off('dialog', confirm);
    }
    const gone = await fetch(`${web.origin}/claims/${e(claimId)}`);
    assert.equal(gone.status, 404);
    const row = await api.prisma.claim.findFirstOrThrow({ where: { statement: 'North Korea plans to send 10,000 workers to Donetsk.' } });
    assert.ok(row.hiddenAt, 'hidden, not deleted');
  });

  for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
    it(`has no serious or critical axe violations on the desk pages at the ${viewport} width`, async () => {
      const problems: string[] = [];
      const { context: own, page: p } = await openPage(browser, viewport);
      try {
        await p.goto(`${web.origin}/sign-in`);
        await p.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
        const pages: [string, string, () => Promise<void>][] = [
          ['desk-sign-in', '/sign-in', async () => {}],
          ['desk-queue', '/desk', async () => void (await p.getByRole('heading', { name: 'Reports to review' }).waitFor())],
          ['desk-new', '/desk/new', async () => void (await p.getByLabel('Text of the report').waitFor())],
          ['desk-review', `/desk/reports/${e(seedReportId)}`, async () => void (await p.locator('.proposal-highlight').first().waitFor())],
          [
            'desk-settle',
            `/claims/${e(newClaimId)}`,
            async () => void (await p.getByRole('heading', { name: 'Settle this claim' }).waitFor()),
          ],
        ];
        for (const [name, url, ready] of pages) {
          if (name === 'desk-queue') await signIn(p, web.origin, api.keys.editor);
          await p.goto(`${web.origin}${url}`);
          await ready();
          await screenshot(p, name, viewport);
          for (const violation of await seriousViolations(p)) problems.push(`${name}: ${violation}`);
          const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${name}: ${overflow}px wider than the screen`);
        }
        // The keys' help, open.
        await p.goto(`${web.origin}/desk/reports/${e(seedReportId)}`);
        await p.locator('.review[data-ready]').waitFor();
        await p.keyboard.press('?');
        await p.getByRole('dialog').waitFor();
        await screenshot(p, 'desk-review-help', viewport);
        for (const violation of await seriousViolations(p)) problems.push(`help: ${violation}`);
        // The new claim's form, open.
        await p.keyboard.press('Escape');
        await p.getByRole('dialog').waitFor({ state: 'hidden' });
        await p.keyboard.press('e');
        await p.getByLabel('Statement in English').waitFor();
        await screenshot(p, 'desk-review-form', viewport);
        for (const violation of await seriousViolations(p)) problems.push(`new-claim form: ${violation}`);
      } finally {
        await own.close();
      }
      assert.deepEqual(problems, []);
    });
  }
  it('reviews the rest of the seed report from the keyboard alone, counting the keys', async () => {
    // What an editor decides for each remaining proposal, by the first words of its quote.
    const decisions: [string, { reject: true } | { statement: string; kind?: 'PREDICTION' }][] = [
      ['Die Vereinigten Staaten gaben', { reject: true }],
      ['die Drohnen ernsthafte', { statement: 'The Iranian drones Russia bought have serious technical problems.' }],
      ['das russische Militär', { statement: 'The Russian military suffers from severe supply shortages in Ukraine.' }],
      ['Nordkorea Schritte', { statement: 'North Korea recognised the independence of the Donetsk and Luhansk republics.' }],
      ['Für Pjöngjang', { statement: 'North Korea could face new sanctions over arms exports to Russia.', kind: 'PREDICTION' }],
      ['Der Waffenexport', { statement: "North Korea's arms exports to Russia would violate UN resolutions." }],
      ['Die mögliche Entsendung', { statement: 'Sending North Korean workers to occupied Ukraine would violate a UN resolution.' }],
      ['Es gab den Verdacht', { statement: 'China and Russia have not fully enforced UN sanctions against North Korea.' }],
    ];
    await page.goto(`${web.origin}/desk/reports/${e(seedReportId)}`);
    await page.locator('.review[data-ready]').waitFor();
    keystrokes = 0;
    let typed = 0;
    for (let left = decisions.length; left > 0; left -= 1) {
      const quote = await page.locator('.proposal-quote').innerText();
      const [, decision] = decisions.find(([start]) => quote.startsWith(start)) ?? assert.fail(`no decision for "${quote}"`);
      if ('reject' in decision) await press(page, 'r');
      else {
        await press(page, 'a');
        await page.getByLabel('Statement in English').waitFor();
        await page.keyboard.type(decision.statement);
        typed += decision.statement.length;
        if (decision.kind) {
          await press(page, 'Tab');
          await press(page, 'p');
          assert.equal(await page.locator('#kind').inputValue(), 'PREDICTION');
        }
        await press(page, 'Control+Enter');
      }
      await page.waitForFunction(
        (n) =>
          new Set([...document.querySelectorAll('.report-text .proposal-highlight')].map((el) => el.getAttribute('data-proposal'))).size ===
          n,
        left - 1,
      );
    }
    await page.getByRole('heading', { name: 'Nothing left to decide' }).waitFor();
    // One key to reject, two per new claim (a, then Ctrl+Enter after its statement), two more to make one a prediction.
    assert.equal(keystrokes, 1 + 7 * 2 + 2);
    assert.ok(typed > 400);
    const left = await api.prisma.proposal.count({ where: { report: { title: { startsWith: 'US-Geheimdienst' } }, status: 'PENDING' } });
    assert.equal(left, 0);
    const prediction = await api.prisma.claim.findFirstOrThrow({
      where: { statement: { startsWith: 'North Korea could face new sanctions' } },
    });
    assert.equal(prediction.kind, 'PREDICTION');
    await page.goto(`${web.origin}/desk`);
    assert.equal(await page.getByRole('region', { name: 'Reports to review' }).getByText('US-Geheimdienst').count(), 0);
  });
  it('signs out: the cookie is gone and the desk is closed again', async () => {
    await page.goto(`${web.origin}/desk`);
    await page.getByRole('button', { name: /^Sign out/ }).click();
    await page.waitForURL(`${web.origin}/`);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.getByRole('link', { name: 'Sign in' }).count(), 1);
    await page.goto(`${web.origin}/desk`);
    assert.match(new URL(page.url()).pathname, /^\/sign-in$/);
  });
});
