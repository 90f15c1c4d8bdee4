export * from './inputs';
export { ingestReport, acceptProposal, rejectProposal } from './writes';
export { proposalsOfReport, proposalView, type ProposalView } from './queries';
export { MATCH_WEIGHTS, scoreMatch, candidateFacts, type ClaimMatch, type MatchParts } from './matching';
export { graphNameIndex } from './names';
