// The one SchemaBuilder. Types live in src/schema/, one file each.
//
// The Prisma-backed types read only the columns a query asks for: each field names what it needs
// (a type's `select` is its id). Pothos wraps every field that names a selection, each `expose`
// of such a type included, with a look-up per row of where its data was loaded (the row's
// response path, built as a string). A few small columns nearly every query asks for are read
// with every row instead, in the type's `select`, and resolved from the row unwrapped:
// Report.title, Claim.statement, Actor.name, Resolution.verdict and effective. Alternating builds
// on the benchmark's database, one request at a time: read 1's API CPU per request about 13% lower,
// read 2's about 8% (docs/performance.md).
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type PrismaTypes from '@claimgraph/db/pothos-types';
import { getDatamodel } from '@claimgraph/db/pothos-types';
import { prismaFor, type Context } from './context';
import { env } from './env';
import { isUuid } from '@claimgraph/db/shared';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { editor: boolean; admin: boolean };
  Scalars: {
    Date: { Input: string; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Fields are non-null unless they say otherwise: clients (and the SDK's types) can trust them.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      editor: ctx.viewer.kind === 'key',
      admin: ctx.viewer.kind === 'key' && ctx.viewer.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, ctx, info) => {
      if (ctx.viewer.kind === 'anonymous') {
        const why = ctx.viewer.problem === 'no key' ? 'needs an API key' : 'was sent with an API key that is unknown or revoked';
        return new GraphQLError(
          `${info.fieldName} ${why}: send "Authorization: Bearer <key>" (create one with: npx claimgraph apikey create --role editor)`,
          {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
          },
        );
      }
      return new GraphQLError(`${info.fieldName} needs an admin key; this key's role is ${ctx.viewer.role.toLowerCase()}`, {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    },
  },
  prisma: {
    client: (ctx) => prismaFor(ctx),
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    // A global id is base64("Type:uuid"). Anything else is the caller's mistake, said as such,
    // rather than a database error about uuid syntax.
    decodeGlobalID: (globalID) => {
      const [typename, id, ...rest] = Buffer.from(globalID, 'base64').toString('utf8').split(':');
      if (!typename || !id || rest.length > 0 || !isUuid(id)) {
        const message = `"${globalID}" is not a ClaimGraph id`;
        // Every BAD_USER_INPUT lists its issues in `fields` (see errors.ts); which argument it came in is not known here.
        throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: '(input)', message }] } });
      }
      return { typename, id };
    },
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    defaultConnectionFieldOptions: { nullable: false },
  },
});

builder.queryType({});
builder.mutationType({});
