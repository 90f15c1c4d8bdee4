import { addAppearance, updateAppearance } from '@claimgraph/db/appearances';
import { createClaim, relateClaims, updateClaim, updateClaimRelation } from '@claimgraph/db/claims';
import { recordResolution } from '@claimgraph/db/resolutions';
import { builder } from '../builder';
import { changes, idOf, idsOf, writeContext, present } from '../writes';
import { ActorNode } from './actor';
import { AppearanceNode } from './appearance';
import { ClaimKindEnum, ClaimNode, CredibilityEnum, VerdictEnum } from './claim';
import { ClaimRelationKindEnum, ClaimRelationNode } from './relation';
import { ReportNode } from './report';
import { ResolutionNode } from './resolution';
import { AnchorInput, ChainLinkInput, anchorFromInput, chainFromInput } from './inputs';

const ClaimAppearanceInput = builder.inputType('ClaimAppearanceInput', {
  description: "Where a new claim appears: a report's exact words and the attribution chain the report gives.",
  fields: (t) => ({
    reportId: t.globalID({ required: true, for: ReportNode }),
    anchor: t.field({ type: AnchorInput, required: true }),
    chain: t.field({ type: [ChainLinkInput], required: false, description: 'Nearest first, origin last.' }),
    credibility: t.field({ type: CredibilityEnum, required: false }),
    translation: t.string({ required: false }),
  }),
});

const CreateClaimInput = builder.inputType('CreateClaimInput', {
  fields: (t) => ({
    statement: t.string({ required: true, description: 'One checkable proposition, in English.' }),
    kind: t.field({ type: ClaimKindEnum, required: true }),
    claimed: t.string({ required: true, description: 'When it was claimed, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    credibility: t.field({ type: CredibilityEnum, required: false }),
    claimantIds: t.globalIDList({ required: false, for: ActorNode }),
    subjectIds: t.globalIDList({ required: false, for: ActorNode }),
    resolutionCriteria: t.string({ required: false }),
    resolvableBy: t.string({ required: false, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    appearance: t.field({
      type: ClaimAppearanceInput,
      required: false,
      description: 'Anchor the new claim in a report in the same transaction: the claim and its anchor are stored together or not at all.',
    }),
  }),
});

builder.mutationField('createClaim', (t) =>
  t.field({
    type: ClaimNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createClaim(
        writeContext(ctx),
        present({
          ...input,
          claimantIds: idsOf(input.claimantIds),
          subjectIds: idsOf(input.subjectIds),
          appearance: input.appearance
            ? present({
                ...input.appearance,
                reportId: input.appearance.reportId.id,
                anchor: anchorFromInput(input.appearance.anchor),
                chain: chainFromInput(input.appearance.chain),
              })
            : undefined,
        }),
      ),
  }),
);

const AddAppearanceInput = builder.inputType('AddAppearanceInput', {
  fields: (t) => ({
    claimId: t.globalID({ required: true, for: ClaimNode }),
    reportId: t.globalID({ required: true, for: ReportNode }),
    anchor: t.field({ type: AnchorInput, required: true }),
    chain: t.field({ type: [ChainLinkInput], required: false, description: 'Nearest first, origin last.' }),
    credibility: t.field({ type: CredibilityEnum, required: false }),
    translation: t.string({ required: false }),
  }),
});

builder.mutationField('addAppearance', (t) =>
  t.field({
    type: AppearanceNode,
    authScopes: { editor: true },
    description: "Anchors a claim to a report's exact words, with the attribution chain the report gives.",
    args: { input: t.arg({ type: AddAppearanceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      addAppearance(
        writeContext(ctx),
        present({
          ...input,
          claimId: input.claimId.id,
          reportId: input.reportId.id,
          anchor: anchorFromInput(input.anchor),
          chain: chainFromInput(input.chain),
        }),
      ),
  }),
);

const EvidenceInput = builder.inputType('EvidenceInput', {
  fields: (t) => ({
    reportId: t.globalID({ required: true, for: ReportNode }),
    anchor: t.field({ type: AnchorInput, required: true }),
  }),
});

const RecordResolutionInput = builder.inputType('RecordResolutionInput', {
  fields: (t) => ({
    claimId: t.globalID({ required: true, for: ClaimNode }),
    verdict: t.field({ type: VerdictEnum, required: true }),
    effective: t.string({ required: true, description: 'When the verdict took effect: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    rationale: t.string({ required: true }),
    originalLabel: t.string({ required: false, description: "The publisher's own label, kept beside the normalised verdict." }),
    correctsId: t.globalID({ required: false, for: ResolutionNode, description: 'The resolution this one corrects.' }),
    evidence: t.field({ type: [EvidenceInput], required: false }),
  }),
});

builder.mutationField('recordResolution', (t) =>
  t.field({
    type: ResolutionNode,
    authScopes: { editor: true },
    description: "Appends a dated verdict to a claim's log. Nothing is overwritten: to correct one, name it in correctsId.",
    args: { input: t.arg({ type: RecordResolutionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordResolution(
        writeContext(ctx),
        present({
          ...input,
          claimId: input.claimId.id,
          correctsId: idOf(input.correctsId),
          evidence: input.evidence?.map((e) => ({ reportId: e.reportId.id, anchor: anchorFromInput(e.anchor) })),
        }),
      ),
  }),
);

const RelateClaimsInput = builder.inputType('RelateClaimsInput', {
  fields: (t) => ({
    fromClaimId: t.globalID({ required: true, for: ClaimNode }),
    toClaimId: t.globalID({ required: true, for: ClaimNode }),
    kind: t.field({ type: ClaimRelationKindEnum, required: true }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('relateClaims', (t) =>
  t.field({
    type: ClaimRelationNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: RelateClaimsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      relateClaims(writeContext(ctx), present({ ...input, fromClaimId: input.fromClaimId.id, toClaimId: input.toClaimId.id })),
  }),
);

const UpdateClaimInput = builder.inputType('UpdateClaimInput', {
  description: 'Fields left out stay as they are; null clears an optional field; claimantIds/subjectIds replace the set.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ClaimNode }),
    version: t.int({ required: true }),
    statement: t.string({ required: false }),
    kind: t.field({ type: ClaimKindEnum, required: false }),
    claimed: t.string({ required: false }),
    credibility: t.field({ type: CredibilityEnum, required: false }),
    resolutionCriteria: t.string({ required: false }),
    resolvableBy: t.string({ required: false }),
    claimantIds: t.globalIDList({ required: false, for: ActorNode }),
    subjectIds: t.globalIDList({ required: false, for: ActorNode }),
  }),
});

builder.mutationField('updateClaim', (t) =>
  t.field({
    type: ClaimNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateClaim(
        writeContext(ctx),
        changes({
          ...input,
          id: input.id.id,
          // Like any optional field, a set sent as null is cleared (rather than silently kept).
          claimantIds: input.claimantIds === null ? [] : idsOf(input.claimantIds),
          subjectIds: input.subjectIds === null ? [] : idsOf(input.subjectIds),
        }),
      ),
  }),
);

const UpdateAppearanceInput = builder.inputType('UpdateAppearanceInput', {
  description: 'A new anchor is placed in the same report by the same rules as a new appearance; chain replaces the chain.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: AppearanceNode }),
    version: t.int({ required: true }),
    anchor: t.field({ type: AnchorInput, required: false }),
    chain: t.field({ type: [ChainLinkInput], required: false }),
    credibility: t.field({ type: CredibilityEnum, required: false }),
    translation: t.string({ required: false }),
  }),
});

builder.mutationField('updateAppearance', (t) =>
  t.field({
    type: AppearanceNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateAppearanceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateAppearance(
        writeContext(ctx),
        changes({
          ...input,
          id: input.id.id,
          // null is passed on, not dropped: an anchor cannot be cleared (the write layer says so), a chain can.
          anchor: input.anchor ? anchorFromInput(input.anchor) : input.anchor,
          chain: input.chain === null ? [] : chainFromInput(input.chain),
        }),
      ),
  }),
);

const UpdateClaimRelationInput = builder.inputType('UpdateClaimRelationInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: ClaimRelationNode }),
    version: t.int({ required: true }),
    kind: t.field({ type: ClaimRelationKindEnum, required: false }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('updateClaimRelation', (t) =>
  t.field({
    type: ClaimRelationNode,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateClaimRelationInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateClaimRelation(writeContext(ctx), changes({ ...input, id: input.id.id })),
  }),
);
