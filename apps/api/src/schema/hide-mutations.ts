// Deleting hides: any hideable node, by its global id and the version you read.
import * as write from '@claimgraph/db/shared';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { writeContext } from '../writes';
import type { Context } from '../context';

const handlers = {
  Report: { hide: write.hideReport, unhide: write.unhideReport },
  Source: { hide: write.hideSource, unhide: write.unhideSource },
  Actor: { hide: write.hideActor, unhide: write.unhideActor },
  Claim: { hide: write.hideClaim, unhide: write.unhideClaim },
  Appearance: { hide: write.hideAppearance, unhide: write.unhideAppearance },
  ClaimRelation: { hide: write.hideClaimRelation, unhide: write.unhideClaimRelation },
} as const;

type Hideable = keyof typeof handlers;

const HideResultRef = builder.objectRef<{ id: string; typename: Hideable; version: number; hidden: boolean }>('HideResult').implement({
  description: 'The hidden (or restored) node. A hidden node no longer appears in reads; nothing is destroyed.',
  fields: (t) => ({
    id: t.id({ resolve: (r) => Buffer.from(`${r.typename}:${r.id}`).toString('base64') }),
    typename: t.exposeString('typename'),
    version: t.exposeInt('version'),
    hidden: t.exposeBoolean('hidden'),
  }),
});

async function run(action: 'hide' | 'unhide', args: { id: string | number; version: number }, ctx: Context) {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(args.id));
  } catch {
    throw new write.ValidationError([{ field: 'id', message: 'is not a ClaimGraph id' }]);
  }
  const handler = handlers[decoded.typename as Hideable];
  if (!handler) {
    throw new write.ValidationError([
      { field: 'id', message: `a ${decoded.typename} cannot be hidden (hideable: ${Object.keys(handlers).join(', ')})` },
    ]);
  }
  const row = (await handler[action](writeContext(ctx), { id: decoded.id, version: args.version })) as { id: string; version: number };
  return { id: row.id, typename: decoded.typename as Hideable, version: row.version, hidden: action === 'hide' };
}

for (const action of ['hide', 'unhide'] as const) {
  builder.mutationField(action, (t) =>
    t.field({
      type: HideResultRef,
      authScopes: { editor: true },
      description: action === 'hide' ? 'Hides a report, source, actor, claim, appearance or claim relation.' : 'Restores a hidden node.',
      args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
      resolve: (_root, args, ctx) => run(action, args, ctx),
    }),
  );
}
