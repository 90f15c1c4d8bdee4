// Ingest through the SDK: a text in, proposals out, then the editor's decisions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';
import { createClient, ValidationError, type ClaimGraphClient } from '../src/index.ts';
import { claimId } from './support.ts';

let api: TestApi;
let editor: ClaimGraphClient;
before(async () => {
  api = await startTestApi();
  editor = createClient({ url: `${api.origin}/graphql`, apiKey: api.keys.editor });
});
after(() => api?.stop());

describe('ingestReport, listProposals, acceptProposal, rejectProposal', () => {
  it('proposes, lists, accepts as an appearance and rejects', async () => {
    const body =
      'Russia is buying millions of rockets and artillery shells from North Korea, US officials said, citing declassified intelligence. ' +
      'A Kremlin spokesman said Moscow would not comment on the talks in Geneva.';
    const ingested = await editor.ingestReport({ body, published: '2022-09-06' });
    assert.equal(ingested.created, true);
    const [shells, other] = ingested.proposals;
    assert.ok(shells && other, JSON.stringify(ingested.proposals.map((p) => p.quote.exact)));
    assert.equal(shells.matches[0]?.claim?.id, claimId('shells'));

    const page = await editor.listProposals(ingested.report.id, { status: 'PENDING' });
    assert.equal(page.totalCount, ingested.proposals.length);

    const accepted = await editor.acceptProposal({ id: shells.id, version: shells.version, claimId: claimId('shells') });
    assert.equal(accepted.status, 'ACCEPTED');
    const rejected = await editor.rejectProposal({ id: other.id, version: other.version, note: 'not checkable' });
    assert.equal(rejected.status, 'REJECTED');
    assert.equal((await editor.listProposals(ingested.report.id, { status: 'PENDING' })).totalCount, ingested.proposals.length - 2);
  });

  it('bad input is a ValidationError naming the field', async () => {
    await assert.rejects(editor.ingestReport({ body: 'Officials said shells were sold.' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.ok(
        error.fields.some((f) => f.field === 'published'),
        JSON.stringify(error.fields),
      );
      return true;
    });
  });
});
