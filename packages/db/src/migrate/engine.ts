// Prisma's schema engine compiled to WASM: the native engine that `prisma migrate` downloads is
// out of reach offline (see docs/migrations.md), the WASM build ships in an npm package.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine as WasmSchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';

export type SchemaEngine = WasmSchemaEngine;

/** Nothing is managed outside Prisma's view: `cg_` objects are handled apart (see drift.ts). */
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

const SCHEMA_FILE = 'schema.prisma';

const require = createRequire(import.meta.url);
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

interface WasmBindings {
  SchemaEngine: typeof WasmSchemaEngine;
  __wbg_set_wasm(exports: WasmExports): void;
}

type WasmExports = Record<string, unknown>;
// The package's lib settings carry no WebAssembly types; this is the one call used.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: WasmExports } }>;
};

let bindings: Promise<WasmBindings> | undefined;

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    // A panic inside the engine reports its message through this global before it throws;
    // without it the panic surfaces as "TypeError ... set_message".
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    const previous = registry.PRISMA_WASM_PANIC_REGISTRY;
    registry.PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
        previous?.set_message(message);
      },
    };
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as WasmBindings;
    const wasmBytes = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

let lastPanic: string | undefined;

/** The message of the engine's last panic, if one happened in this process. */
export function lastEnginePanic(): string | undefined {
  return lastPanic;
}

export interface LoadSchemaEngineOptions {
  /**
   * The database the engine reads (diffs `from: schemaDatasource`). Without it the engine gets
   * no database at all, which is enough for diffs between schema texts.
   */
  url?: string;
  /** The Prisma schema text the engine starts from (it must not be empty). */
  datamodel: string;
  /** Receives the engine's log lines. */
  onLog?: (line: string) => void;
}

/**
 * A schema engine connected to `url`. Call `engine.free()` when done; the connection pool closes
 * by itself once idle (`allowExitOnIdle`; `free()` does not close it).
 */
export async function loadSchemaEngine(options: LoadSchemaEngineOptions): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const factory = options.url
    ? new LiveDatabaseReadingPg({ connectionString: options.url, allowExitOnIdle: true, max: 1 })
    : new NoDatabase();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(factory);
  return SchemaEngine.new({ datamodels: [[SCHEMA_FILE, options.datamodel]] }, (line: string) => options.onLog?.(line), adapterFactory);
}

/** The SQL that creates everything `schemaText` declares in an empty database. */
export function schemaSql(schemaText: string): Promise<string> {
  return diffToSchema(schemaText);
}

/**
 * The SQL that takes the database at `fromUrl` (or, without it, an empty one) to what
 * `schemaText` declares.
 */
export async function diffToSchema(schemaText: string, fromUrl?: string): Promise<string> {
  const engine = await loadSchemaEngine({ url: fromUrl, datamodel: schemaText });
  try {
    const files = [{ path: SCHEMA_FILE, content: schemaText }];
    const result = await engine.diff({
      from: fromUrl ? { tag: 'schemaDatasource', files, configDir: '.' } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  } catch (error) {
    throw explainPanic(error);
  } finally {
    engine.free();
  }
}

/**
 * A panic surfaces as "RuntimeError: unreachable"; its message went to the panic registry. The
 * instance is unusable afterwards, so the next engine gets a fresh one.
 */
function explainPanic(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'RuntimeError' || !lastPanic) return error;
  bindings = undefined;
  const explained = new Error(`the schema engine panicked: ${lastPanic}`, { cause: error });
  lastPanic = undefined;
  return explained;
}

/**
 * The stock adapter, fixed for the engine reading a live database's structure:
 * - catalog columns of PostgreSQL's internal `"char"` type (OID 18; `pg_class.relkind`,
 *   `pg_constraint.contype`, ...) have no mapping in `@prisma/adapter-pg` ("Column type 'char'
 *   could not be deserialized"). They are reported as `Character`; `Text` works on PG15 but
 *   makes the engine panic on PG18 (the embedded server).
 * - the stock shadow database would run against the main database (`pg` lets the connection
 *   string override `database`). Nothing here needs one, so asking for it is an error rather
 *   than a silent write to the wrong database.
 * - the stock `executeScript` splits on `;`. The whole script goes in one query instead: a `;`
 *   in a literal or a `$$` body survives, and PostgreSQL runs a multi-statement query atomically.
 */
class LiveDatabaseReadingPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    return patchQueryable(adapter as unknown as PatchableQueryable) as unknown as typeof adapter;
  }

  override async connectToShadowDb(): Promise<never> {
    throw new Error('claimgraph migrations never ask the schema engine for a shadow database');
  }
}

interface PgResultLike {
  fields: { dataTypeID: number }[];
  rows: unknown[];
}

interface PatchableQueryable {
  performIO(query: unknown): Promise<PgResultLike>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[]; rows: unknown[] }>;
  executeScript?(script: string): Promise<void>;
  startTransaction?(isolationLevel?: string): Promise<PatchableQueryable>;
  underlyingDriver?(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
}

function patchQueryable<T extends PatchableQueryable>(queryable: T): T {
  // The positions of `"char"` columns, keyed by the rows array queryRaw passes through unchanged.
  const charColumns = new WeakMap<unknown[], number[]>();
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const positions: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        positions.push(index);
        field.dataTypeID = PG_TEXT_OID;
      }
    });
    if (positions.length > 0) charColumns.set(result.rows, positions);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  if (queryable.executeScript && queryable.underlyingDriver) {
    const driver = queryable.underlyingDriver();
    queryable.executeScript = async (script) => {
      try {
        await driver.query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
  }
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (isolationLevel) => patchQueryable(await startTransaction(isolationLevel));
  }
  return queryable;
}

/**
 * Stands in for a database when the engine only compares schema texts. The engine still asks
 * the server's version once when it starts (to tell PostgreSQL from CockroachDB); that question
 * is answered, any other query fails loudly rather than pretending to succeed.
 */
class NoDatabase implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@claimgraph/no-database';

  async connect(): Promise<SqlDriverAdapter> {
    const refuse = (sql: string): never => {
      throw new Error(`the schema engine wanted a database for: ${sql.slice(0, 200)}; pass a url to loadSchemaEngine`);
    };
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
        if (!/\bversion\(\)/.test(query.sql)) refuse(query.sql);
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, 'PostgreSQL 15.0 (no database: schema texts only)', 150000]],
        };
      },
      executeRaw: async (query: SqlQuery) => refuse(query.sql),
      executeScript: async (script: string) => refuse(script),
      startTransaction: async () => refuse('a transaction'),
      dispose: async () => {},
    };
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.connect();
  }
}
