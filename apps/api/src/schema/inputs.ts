// Input shapes shared by several mutations.
import { builder } from '../builder';
import { ActorNode } from './actor';
import { SourceNode } from './source';

export const AnchorInput = builder.inputType('AnchorInput', {
  description: 'Where the words are: the exact quote and either its offsets or enough context (prefix/suffix) to find it once.',
  fields: (t) => ({
    exact: t.string({ required: true }),
    prefix: t.string({ required: false }),
    suffix: t.string({ required: false }),
    start: t.int({ required: false, description: 'UTF-16 offset (JavaScript string index) of the first character.' }),
    end: t.int({ required: false, description: 'Exclusive end offset.' }),
  }),
});

export const ChainLinkInput = builder.inputType('ChainLinkInput', {
  description: 'One link of an attribution chain: exactly one of sourceId and actorId.',
  fields: (t) => ({
    sourceId: t.globalID({ required: false, for: SourceNode }),
    actorId: t.globalID({ required: false, for: ActorNode }),
    relation: t.string({ required: false }),
  }),
});

export function chainFromInput(
  chain: readonly { sourceId?: { id: string } | null; actorId?: { id: string } | null; relation?: string | null }[] | null | undefined,
) {
  return chain?.map((link) => ({
    sourceId: link.sourceId?.id ?? null,
    actorId: link.actorId?.id ?? null,
    relation: link.relation ?? null,
  }));
}

export function anchorFromInput(anchor: {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
  start?: number | null;
  end?: number | null;
}) {
  return {
    exact: anchor.exact,
    ...(anchor.prefix != null ? { prefix: anchor.prefix } : {}),
    ...(anchor.suffix != null ? { suffix: anchor.suffix } : {}),
    ...(anchor.start != null ? { start: anchor.start } : {}),
    ...(anchor.end != null ? { end: anchor.end } : {}),
  };
}
