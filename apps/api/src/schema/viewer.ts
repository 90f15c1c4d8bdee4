// Who is asking: the holder of the API key the request carries (its name and role, and the writes
// it made), or null for an anonymous reader. The reader's sign-in checks a key with this query.
import { builder } from '../builder';
import { prismaFor, writerName, type Context } from '../context';

type KeyViewer = Extract<Context['viewer'], { kind: 'key' }>;

const ViewerRoleEnum = builder.enumType('ViewerRole', { values: ['EDITOR', 'ADMIN'] as const });

interface WriteRow {
  entityType: string;
  entityId: string;
  action: string;
  at: Date;
  after: unknown;
  before: unknown;
}

const Write = builder.objectRef<WriteRow>('Write').implement({
  description: 'One write a key made, as the revision log recorded it.',
  fields: (t) => ({
    entityType: t.exposeString('entityType', { description: 'Claim, Resolution, Proposal, Report, ...' }),
    entityId: t.id({
      description: 'The global id of what was written (Relay node id for node types).',
      resolve: (w) => Buffer.from(`${w.entityType}:${w.entityId}`).toString('base64'),
    }),
    action: t.exposeString('action', { description: 'CREATE, UPDATE, HIDE, ACCEPT, ... as the log names it.' }),
    at: t.expose('at', { type: 'DateTime' }),
    label: t.string({
      nullable: true,
      description: 'A few words naming what was written (its statement, title, name or verdict), when the log has them.',
      resolve: (w) => labelOf(w.after) ?? labelOf(w.before),
    }),
  }),
});

const ViewerRef = builder.objectRef<KeyViewer>('Viewer').implement({
  description: "The holder of the request's API key.",
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name the key was created with.' }),
    role: t.field({ type: ViewerRoleEnum, resolve: (v) => v.role }),
    recentWrites: t.field({
      type: [Write],
      description: 'Writes made with this key, newest first.',
      args: { first: t.arg.int({ required: false, description: 'At most 50; 10 when left out.' }) },
      resolve: async (_viewer, { first }, ctx) => {
        const take = Math.max(0, Math.min(first ?? 10, 50));
        // The reader asks with first: 0 on every page an editor opens: no statement for that.
        if (take === 0) return [];
        return prismaFor(ctx).revision.findMany({ where: { actor: writerName(ctx) }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take });
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The holder of the API key sent with the request; null without a key, or with an unknown or revoked one.',
    resolve: (_root, _args, ctx) => (ctx.viewer.kind === 'key' ? ctx.viewer : null),
  }),
);

function labelOf(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const row = value as Record<string, unknown>;
  for (const field of ['statement', 'title', 'name', 'verdict', 'exact']) {
    const text = row[field];
    if (typeof text === 'string' && text.trim()) return text.length > 160 ? `${text.slice(0, 159)}…` : text;
  }
  return null;
}
