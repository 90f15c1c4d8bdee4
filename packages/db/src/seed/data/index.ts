import { actors } from './actors';
import { seedClaims } from './claims';
import { laterClaims, relations } from './later-claims';
import { recordReports } from './record';
import { resolutions } from './resolutions';
import { readSeedReport } from './seed-report';
import { sources } from './sources';
import type { SampleData } from './types';

export type * from './types';
export { SEED_REPORT_KEY } from './seed-report';

/** ClaimGraph's sample data: the German seed report, its claims and what became of them. */
export function sampleData(): SampleData {
  return {
    sources,
    actors,
    reports: [readSeedReport(), ...recordReports],
    claims: [...seedClaims, ...laterClaims],
    resolutions,
    relations,
  };
}
