import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeName } from '../src/shared';

describe('names', () => {
  it('fold case and accents so aliases match', () => {
    assert.equal(normalizeName('Pjöngjang'), 'pjongjang');
    assert.equal(normalizeName('  North   KOREA '), 'north korea');
  });
});
