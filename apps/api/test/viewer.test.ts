// viewer: who holds the request's key (null for a reader without one); reviewQueue: the reports
// whose proposals wait for an editor; a proposal's names, the subjects it offers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ok, useApi } from './mutations-support';

const t = useApi();

const VIEWER = '{ viewer { name role recentWrites(first: 5) { entityType entityId action label } } }';
type ViewerData = {
  viewer: {
    name: string;
    role: string;
    recentWrites: { entityType: string; entityId: string; action: string; label: string | null }[];
  } | null;
};
type QueueData = { reviewQueue: { pendingCount: number; evidenceCount: number; report: { id: string; title: string } }[] };
const QUEUE = '{ reviewQueue { pendingCount evidenceCount report { id title } } }';

describe('viewer', () => {
  it("names the key's holder and role", async () => {
    assert.deepEqual(ok(await t.editor<ViewerData>(VIEWER)).viewer, { name: 'test editor', role: 'EDITOR', recentWrites: [] });
    assert.equal(ok(await t.admin<ViewerData>(VIEWER)).viewer?.role, 'ADMIN');
  });

  it('is null without a key and with a key nobody issued (reads stay public)', async () => {
    assert.equal(ok(await t.anonymous<ViewerData>(VIEWER)).viewer, null);
    assert.equal(ok(await t.badKey<ViewerData>(VIEWER)).viewer, null);
  });

  it("lists the key's own writes, newest first, and no one else's", async () => {
    const created = ok(
      await t.editor<{ createSource: { id: string } }>('mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }', {
        input: { name: 'Viewer Test Wire', kind: 'NEWS_AGENCY' },
      }),
    ).createSource;
    const writes = ok(await t.editor<ViewerData>(VIEWER)).viewer!.recentWrites;
    assert.deepEqual(writes[0], { entityType: 'Source', entityId: created.id, action: 'CREATE', label: 'Viewer Test Wire' });
    assert.deepEqual(ok(await t.admin<ViewerData>(VIEWER)).viewer!.recentWrites, []);
    const none = await t.editor<ViewerData>('{ viewer { name role recentWrites(first: 0) { entityId } } }');
    assert.deepEqual(ok(none).viewer!.recentWrites, []);
    assert.ok(none.statements <= 1, `${none.statements} statements: at most the key's look-up, no revisions read`);
  });
});

describe('reviewQueue', () => {
  it('lists a report while its proposals are pending, with the counts, and drops it once all are decided', async () => {
    const before = ok(await t.anonymous<QueueData>(QUEUE)).reviewQueue;
    const ingest = ok(
      await t.editor<{ ingestReport: { report: { id: string }; proposals: { id: string; version: number; evidence: unknown }[] } }>(
        'mutation($input: IngestReportInput!) { ingestReport(input: $input) { report { id } proposals { id version evidence { suggests } } } }',
        {
          input: {
            title: 'Queue test',
            published: '2022-09-06',
            body: 'Moscow is acquiring millions of artillery shells and rockets from North Korea, US officials said on Tuesday.',
          },
        },
      ),
    ).ingestReport;
    assert.ok(ingest.proposals.length > 0);
    const queued = ok(await t.anonymous<QueueData>(QUEUE)).reviewQueue;
    assert.equal(queued.length, before.length + 1);
    assert.deepEqual(queued[0], {
      pendingCount: ingest.proposals.length,
      evidenceCount: ingest.proposals.filter((p) => p.evidence).length,
      report: { id: ingest.report.id, title: 'Queue test' },
    });

    for (const p of ingest.proposals) {
      ok(
        await t.editor('mutation($input: RejectProposalInput!) { rejectProposal(input: $input) { id } }', {
          input: { id: p.id, version: p.version },
        }),
      );
    }
    const after = ok(await t.anonymous<QueueData>(QUEUE)).reviewQueue;
    assert.ok(!after.some((item) => item.report.id === ingest.report.id));
  });
});

describe('Proposal.names', () => {
  it('lists the names inside the words, known actors resolved', async () => {
    const { ingestReport } = ok(
      await t.editor<{ ingestReport: { proposals: { names: { name: string; actor: { slug: string } | null }[] }[] } }>(
        'mutation($input: IngestReportInput!) { ingestReport(input: $input) { proposals { names { name hint actor { slug } } } } }',
        {
          input: {
            title: 'Names test',
            published: '2022-09-07',
            body: 'Pyongyang is selling rockets to Russia, a US official said on Wednesday.',
          },
        },
      ),
    );
    const names = ingestReport.proposals.flatMap((p) => p.names);
    assert.ok(
      names.some((n) => n.actor?.slug === 'russia'),
      JSON.stringify(names),
    );
  });
});
