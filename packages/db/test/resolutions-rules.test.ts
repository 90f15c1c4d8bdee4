import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { certainlyBefore, evidenceAfterVerdict, verdictBeforeClaim } from '../src/resolutions';
import { parsePartialDate } from '../src/shared';

const d = parsePartialDate;

describe('resolution date rules', () => {
  it('one period is before another only when it ends before the other starts', () => {
    assert.equal(certainlyBefore(d('2022-08-31'), d('2022-09-01')), true);
    assert.equal(certainlyBefore(d('2022-09-01'), d('2022-09-01')), false, 'the same day is not before');
    assert.equal(certainlyBefore(d('2022-08'), d('2022-09-01')), true);
    assert.equal(certainlyBefore(d('2022-09'), d('2022-09-30')), false, 'a month overlaps its days');
    assert.equal(certainlyBefore(d('2022-09-30'), d('2022-09')), false, 'a day overlaps its month');
    assert.equal(certainlyBefore(d('2021'), d('2022-01-01')), true);
    assert.equal(certainlyBefore(d('2022'), d('2022-12')), false, 'a year overlaps its months');
  });

  it('a verdict of 2022-09 on a claim of 2022-09-05 is not before it', () => {
    assert.equal(verdictBeforeClaim(d('2022-09'), d('2022-09-05')), null);
    assert.equal(verdictBeforeClaim(d('2022'), d('2022-09-05')), null);
    assert.equal(verdictBeforeClaim(d('2022-09-05'), d('2022-09-05')), null, 'a verdict on the day of the claim');
    assert.equal(verdictBeforeClaim(d('2022-09-04'), d('2022-09')), null);
  });

  it('a verdict certainly earlier than its claim is refused, both dates named', () => {
    assert.match(verdictBeforeClaim(d('2022-09-04'), d('2022-09-05')) ?? '', /2022-09-04, before the claim was made \(2022-09-05\)/);
    assert.match(verdictBeforeClaim(d('2022-08'), d('2022-09-05')) ?? '', /2022-08, before .*2022-09-05/);
    assert.match(verdictBeforeClaim(d('2021'), d('2022')) ?? '', /2021, before .*2022/);
  });

  it('evidence published by the time the verdict takes effect is accepted, overlaps included', () => {
    assert.equal(evidenceAfterVerdict(d('2022-11-02'), d('2022-11-02')), null, 'published the same day');
    assert.equal(evidenceAfterVerdict(d('2022-11-01'), d('2022-11-02')), null);
    assert.equal(evidenceAfterVerdict(d('2022-11'), d('2022-11-02')), null, 'a report of that month may predate it');
    assert.equal(evidenceAfterVerdict(d('2022-11-30'), d('2022-11')), null, 'a verdict of that month may follow it');
  });

  it('evidence certainly published after the verdict is refused, both dates named', () => {
    assert.match(
      evidenceAfterVerdict(d('2022-11-03'), d('2022-11-02')) ?? '',
      /published on 2022-11-03, after the verdict takes effect \(2022-11-02\)/,
    );
    assert.match(evidenceAfterVerdict(d('2022-12'), d('2022-11-02')) ?? '', /2022-12, after .*2022-11-02/);
    assert.match(evidenceAfterVerdict(d('2023'), d('2022-11')) ?? '', /2023, after .*2022-11/);
  });
});
