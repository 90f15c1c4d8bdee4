// The benchmark's peer: PostGraphile v5 (Amber preset, simplified inflection, a pool of 10) over
// the benchmark database. Run as `node --import ./polyfill.mjs --import tsx peer.ts` with
// DATABASE_URL and PORT.
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql' },
};
const serv = postgraphile(preset).createServ(grafserv);
const server = http.createServer();
await serv.addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('peer: listening'));
process.on('SIGTERM', () => {
  server.close();
  void serv.release().then(() => pool.end());
});
