// Reading proposals back: a report's, by status, in the order of the text; and the shape the
// command line's --json prints (issue 14).
import type { Proposal } from '../../generated/prisma/client';
import { parseInput } from '../shared/errors';
import type { Tx } from '../shared/revisions';
import type { PrismaClient } from '../client';
import { proposalFilter, type ProposalFilter } from './inputs';
import type { ClaimMatch } from './matching';

export async function proposalsOfReport(db: Tx | PrismaClient, filter: ProposalFilter): Promise<Proposal[]> {
  const { reportId, status } = parseInput(proposalFilter, filter);
  return db.proposal.findMany({ where: { reportId, ...(status ? { status } : {}) }, orderBy: [{ start: 'asc' }, { end: 'asc' }] });
}

export interface ProposalView {
  id: string;
  status: Proposal['status'];
  version: number;
  quote: { exact: string; start: number; end: number; prefix: string; suffix: string };
  statement: string;
  cue: string;
  rule: string;
  credibility: Proposal['credibility'];
  claimants: { name: string; actorId: string | null }[];
  chain: { name: string; sourceId: string | null; actorId: string | null; role: string }[];
  matches: Pick<ClaimMatch, 'claim' | 'score' | 'parts' | 'via'>[];
  evidence: { claimId: string; suggests: 'CONFIRMS' | 'REFUTES' } | null;
  claimId: string | null;
  appearanceId: string | null;
}

/** A stored proposal with its Json snapshots typed, as the API and the command line show it. */
export function proposalView(p: Proposal): ProposalView {
  return {
    id: p.id,
    status: p.status,
    version: p.version,
    quote: { exact: p.exact, start: p.start, end: p.end, prefix: p.prefix, suffix: p.suffix },
    statement: p.statement,
    cue: p.cue,
    rule: p.rule,
    credibility: p.credibility,
    claimants: p.claimants as ProposalView['claimants'],
    chain: p.chain as ProposalView['chain'],
    matches: (p.matches as unknown as ClaimMatch[]).map(({ claim, score, parts, via }) => ({ claim, score, parts, via })),
    evidence: (p.evidence ?? null) as ProposalView['evidence'],
    claimId: p.claimId,
    appearanceId: p.appearanceId,
  };
}
