// Ids and names of the sample data, as the API gives them, for exact expectations.
import { globalId } from '@claimgraph/api/testing';
import { sampleData, sampleId, SEED_REPORT_KEY } from '@claimgraph/db/seed';

export const claimId = (key: string) => globalId('Claim', sampleId(`claim:${key}`));
export const reportId = (key: string) => globalId('Report', sampleId(`report:${key}`));
export const sourceId = (slug: string) => globalId('Source', sampleId(`source:${slug}`));
export const actorId = (slug: string) => globalId('Actor', sampleId(`actor:${slug}`));
export const seedReportId = reportId(SEED_REPORT_KEY);

const keysById = new Map(sampleData().claims.map((c) => [claimId(c.key), c.key]));

/** The sample-data key of a claim id, or the id itself for a claim the test created. */
export const claimKey = (id: string | undefined) => (id && keysById.get(id)) ?? id;

export const SAMPLE_CLAIM_COUNT = sampleData().claims.length;
