// A Prisma read (findMany / findFirst arguments: select, include, where, orderBy, take, skip) as
// one PostgreSQL statement that builds each row's answer as JSON, nested relations and relation
// counts included, with every list's limit inside its subquery. Prisma's relation joins answer
// the same arguments with JSONB for every related row before its limit and a row-mapping pass in
// the client; docs/performance.md has the figures.
//
// Only what the API's reads use is compiled. Anything else (cursors, distinct, relation ordering,
// list filters, ...) throws Unsupported, and the caller asks Prisma instead: the answer is the
// same either way, which test/json-reads.test.ts and test/json-reads-filters.test.ts check against
// Prisma for each shape compiled.
import { getDatamodel } from '../../generated/pothos-types';

export class Unsupported extends Error {}

interface Field {
  name: string;
  kind: string; // 'scalar' | 'enum' | 'object'
  type: string;
  isList: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

interface Model {
  name: string;
  fields: Map<string, Field>;
}

const models: Map<string, Model> = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    { name, fields: new Map((model.fields as readonly Field[]).map((field) => [field.name, field])) },
  ]),
);

function modelNamed(name: string): Model {
  const model = models.get(name);
  if (!model) throw new Unsupported(`no model ${name}`);
  return model;
}

/** How a relation field joins: `child.childColumn = parent.parentColumn`. Every relation in the schema references `id`. */
interface Join {
  target: Model;
  parentColumn: string;
  childColumn: string;
  many: boolean;
}

function joinOf(model: Model, field: Field): Join {
  const target = modelNamed(field.type);
  const from = field.relationFromFields ?? [];
  if (from.length === 1) return { target, parentColumn: from[0]!, childColumn: 'id', many: false };
  if (from.length > 1) throw new Unsupported(`${model.name}.${field.name} joins on several columns`);
  const other = [...target.fields.values()].find(
    (f) => f.relationName === field.relationName && f !== field && (f.relationFromFields?.length ?? 0) === 1,
  );
  if (!other) throw new Unsupported(`${model.name}.${field.name} has no foreign key on either side`);
  return { target, parentColumn: 'id', childColumn: other.relationFromFields![0]!, many: field.isList };
}

/** The keys of `value` whose values are not undefined (Prisma ignores the others). */
const definedKeys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);

/**
 * A LIKE operand. Prisma passes `%`, `_` and `\` in it on as wildcards and escapes, where a caller
 * would expect them matched literally: operands holding them are left to Prisma.
 */
function likeOperand(operand: unknown): string {
  if (typeof operand !== 'string') throw new Unsupported('a pattern of another kind');
  if (/[\\%_]/.test(operand)) throw new Unsupported('a pattern with wildcards');
  return operand;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const col = (alias: string, name: string) => `${alias}.${ident(name)}`;

/** How the JSON of one row becomes what Prisma would have answered. */
export interface Decoder {
  /** Keys holding a DateTime ("YYYY-MM-DD" for a date column, "YYYY-MM-DDTHH:MM:SS[.fff]" otherwise). */
  dates: string[];
  /** Keys holding a related row or a list of them. */
  nested: [string, Decoder][];
}

const noDecoding = (decoder: Decoder) => decoder.dates.length === 0 && decoder.nested.length === 0;

type Args = Record<string, unknown>;

/** A row reached from `alias`, a row of `model`, by the foreign key `column` to it. */
interface Reached {
  model: Model;
  alias: string;
  column: string;
}
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

class Statement {
  readonly params: unknown[] = [];
  private aliases = 0;

  /** `paramsBefore`: how many parameters the SQL this statement goes into already has. */
  constructor(private readonly paramsBefore = 0) {}

  alias(): string {
    return `j${this.aliases++}`;
  }

  param(value: unknown): string {
    if (typeof value === 'bigint' || (isObject(value) && !(value instanceof Date))) throw new Unsupported('a parameter of another kind');
    this.params.push(value);
    return `$${this.paramsBefore + this.params.length}`;
  }

  /**
   * `json_build_object(...)` of the selected fields of `alias`'s row, and its decoder. `reached`:
   * how the row was reached from the row above it, if by its foreign key to that row.
   */
  object(model: Model, alias: string, args: Args, reached?: Reached): { sql: string; decoder: Decoder } {
    const pairs: string[] = [];
    const decoder: Decoder = { dates: [], nested: [] };
    const add = (key: string, sql: string) => pairs.push(`'${key.replace(/'/g, "''")}', ${sql}`);
    const relation = (field: Field, value: unknown) => {
      const nested = this.related(model, alias, field, value === true ? {} : (value as Args), reached);
      add(field.name, nested.sql);
      if (!noDecoding(nested.decoder)) decoder.nested.push([field.name, nested.decoder]);
    };
    const scalar = (field: Field) => {
      if (!['String', 'Int', 'Boolean', 'DateTime', 'Float', 'Json'].includes(field.type) && field.kind !== 'enum')
        throw new Unsupported(`${model.name}.${field.name} is a ${field.type}`);
      if (field.type === 'DateTime') {
        if (field.isList) throw new Unsupported('a list of dates');
        decoder.dates.push(field.name);
      }
      add(field.name, col(alias, field.name));
    };
    const selection = args.select;
    if (selection !== undefined) {
      if (!isObject(selection) || args.include !== undefined) throw new Unsupported('select beside include');
      if (!Object.values(selection).some(Boolean)) throw new Unsupported('an empty selection');
      for (const [key, value] of Object.entries(selection)) {
        if (!value) continue;
        if (key === '_count') {
          add(key, this.counts(model, alias, value));
          continue;
        }
        const field = model.fields.get(key);
        if (!field) throw new Unsupported(`${model.name} has no field ${key}`);
        if (field.kind === 'object') relation(field, value);
        else if (value === true) scalar(field);
        else throw new Unsupported(`a selection on scalar ${key}`);
      }
    } else {
      for (const field of model.fields.values()) if (field.kind !== 'object') scalar(field);
      if (args.include !== undefined) {
        if (!isObject(args.include)) throw new Unsupported('include');
        for (const [key, value] of Object.entries(args.include)) {
          if (!value) continue;
          if (key === '_count') {
            add(key, this.counts(model, alias, value));
            continue;
          }
          const field = model.fields.get(key);
          if (!field || field.kind !== 'object') throw new Unsupported(`include of ${key}`);
          relation(field, value);
        }
      }
    }
    // json_build_object takes at most 100 arguments.
    if (pairs.length > 50) throw new Unsupported('more than 50 fields');
    return { sql: `json_build_object(${pairs.join(', ')})`, decoder };
  }

  private related(model: Model, parent: string, field: Field, args: Args, reached?: Reached): { sql: string; decoder: Decoder } {
    const join = joinOf(model, field);
    if (!join.many && Object.keys(args).some((key) => key !== 'select' && key !== 'include'))
      throw new Unsupported('arguments on a to-one relation');
    // The row above, reached by this very key (an appearance's report, read from the report's
    // appearances): its columns are at hand, and looking it up again would cost a probe per row.
    if (reached && join.childColumn === 'id' && join.parentColumn === reached.column && join.target === reached.model)
      return this.object(join.target, reached.alias, args);
    const alias = this.alias();
    const on = `${col(alias, join.childColumn)} = ${col(parent, join.parentColumn)}`;
    const below: Reached | undefined = join.parentColumn === 'id' ? { model, alias: parent, column: join.childColumn } : undefined;
    if (!join.many) {
      const { sql, decoder } = this.object(join.target, alias, args, below);
      return { sql: `(SELECT ${sql} FROM ${ident(join.target.name)} ${alias} WHERE ${on} LIMIT 1)`, decoder };
    }
    const { sql, decoder } = this.object(join.target, alias, args, below);
    const list = this.list(join.target, alias, args, [on]);
    const keys = list.orderKeys.map((key, i) => `, ${key} AS o${i}`).join('');
    const aggregateOrder = list.orderKeys.length
      ? ` ORDER BY ${list.orderKeys.map((_, i) => `s.o${i}${list.directions[i]}`).join(', ')}`
      : '';
    return {
      sql: `(SELECT coalesce(json_agg(s.j${aggregateOrder}), '[]'::json) FROM (SELECT ${sql} AS j${keys} FROM ${ident(join.target.name)} ${alias}${list.tail}) s)`,
      decoder,
    };
  }

  /** WHERE, ORDER BY, LIMIT and OFFSET of a list of `model`'s rows as `alias`. */
  list(model: Model, alias: string, args: Args, conditions: string[]) {
    for (const key of Object.keys(args))
      if (!['select', 'include', 'where', 'orderBy', 'take', 'skip'].includes(key)) throw new Unsupported(`${key} on a list`);
    if (args.where !== undefined) conditions.push(this.where(model, alias, args.where));
    const { keys: orderKeys, directions } = this.orderBy(model, alias, args.orderBy);
    const take = args.take;
    const skip = args.skip;
    if (take !== undefined && (typeof take !== 'number' || !Number.isSafeInteger(take) || take < 0))
      throw new Unsupported('take backwards');
    if (skip !== undefined && (typeof skip !== 'number' || !Number.isSafeInteger(skip) || skip < 0)) throw new Unsupported('skip');
    const tail =
      (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '') +
      (orderKeys.length ? ` ORDER BY ${orderKeys.map((key, i) => `${key}${directions[i]}`).join(', ')}` : '') +
      (take !== undefined ? ` LIMIT ${take}` : '') +
      (skip ? ` OFFSET ${skip}` : '');
    return { tail, orderKeys, directions };
  }

  private orderBy(model: Model, alias: string, orderBy: unknown): { keys: string[]; directions: string[] } {
    const items = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
    const keys: string[] = [];
    const directions: string[] = [];
    for (const item of items) {
      if (!isObject(item) || Object.keys(item).length !== 1) throw new Unsupported('an orderBy item of other than one key');
      for (const [name, direction] of Object.entries(item)) {
        const field = model.fields.get(name);
        if (!field || field.kind === 'object' || (direction !== 'asc' && direction !== 'desc')) throw new Unsupported(`orderBy ${name}`);
        keys.push(col(alias, name));
        directions.push(direction === 'desc' ? ' DESC' : '');
      }
    }
    return { keys, directions };
  }

  private counts(model: Model, alias: string, value: unknown): string {
    if (!isObject(value) || !isObject(value.select) || Object.keys(value).length !== 1) throw new Unsupported('_count');
    const pairs = Object.entries(value.select).flatMap(([key, wanted]) => {
      if (!wanted) return [];
      const field = model.fields.get(key);
      if (!field || field.kind !== 'object' || !field.isList) throw new Unsupported(`_count of ${key}`);
      const join = joinOf(model, field);
      const child = this.alias();
      const conditions = [`${col(child, join.childColumn)} = ${col(alias, join.parentColumn)}`];
      if (isObject(wanted)) {
        if (Object.keys(wanted).some((k) => k !== 'where')) throw new Unsupported('_count arguments');
        if (wanted.where !== undefined) conditions.push(this.where(join.target, child, wanted.where));
      }
      return [`'${key}', (SELECT count(*) FROM ${ident(join.target.name)} ${child} WHERE ${conditions.join(' AND ')})`];
    });
    return `json_build_object(${pairs.join(', ')})`;
  }

  /**
   * A Prisma where input on `alias`'s row as SQL. Prisma drops empty conditions, in ways that
   * differ by place (`NOT: {}` is no condition, `OR: []` is false at the top of a where and no
   * condition inside AND): an empty member of AND, OR or NOT, and `OR: []`, are left to Prisma.
   */
  where(model: Model, alias: string, where: unknown): string {
    const parts = this.conditions(model, alias, where);
    return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
  }

  /** The conditions of a where input, none for an empty one. */
  private conditions(model: Model, alias: string, where: unknown): string[] {
    if (!isObject(where)) throw new Unsupported('where');
    const parts: string[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (key === 'AND' || key === 'NOT' || key === 'OR') {
        if (key === 'OR' && (!Array.isArray(value) || value.length === 0)) throw new Unsupported('OR of no array or an empty one');
        const inner = (Array.isArray(value) ? (value as unknown[]) : [value]).map((member) => {
          const conditions = this.conditions(model, alias, member);
          if (!conditions.length) throw new Unsupported(`an empty member of ${key}`);
          return `(${conditions.join(' AND ')})`;
        });
        if (!inner.length) continue;
        // NOT: [a, b] is neither a nor b.
        parts.push(
          key === 'NOT' ? `(${inner.map((sql) => `NOT ${sql}`).join(' AND ')})` : `(${inner.join(key === 'OR' ? ' OR ' : ' AND ')})`,
        );
        continue;
      }
      const field = model.fields.get(key);
      if (!field) throw new Unsupported(`${model.name} has no field ${key}`);
      parts.push(field.kind === 'object' ? this.relationFilter(model, alias, field, value) : this.scalarFilter(alias, field, value));
    }
    return parts;
  }

  private relationFilter(model: Model, alias: string, field: Field, value: unknown): string {
    const join = joinOf(model, field);
    const child = this.alias();
    const exists = (where: unknown, negate = false) =>
      `${negate ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${ident(join.target.name)} ${child} WHERE ${col(child, join.childColumn)} = ${col(alias, join.parentColumn)} AND ${this.where(join.target, child, where ?? {})})`;
    // An undefined or empty filter is no filter to Prisma, not "the related row exists".
    if (isObject(value) && (definedKeys(value).length === 0 || definedKeys(value).length !== Object.keys(value).length))
      throw new Unsupported('an empty relation filter');
    if (join.many) {
      if (!isObject(value) || Object.keys(value).length !== 1) throw new Unsupported('a list filter');
      const [[kind, where]] = Object.entries(value) as [[string, unknown]];
      if (kind === 'some') return exists(where);
      if (kind === 'none') return exists(where, true);
      if (kind === 'every')
        return `NOT EXISTS (SELECT 1 FROM ${ident(join.target.name)} ${child} WHERE ${col(child, join.childColumn)} = ${col(alias, join.parentColumn)} AND NOT ${this.where(join.target, child, where ?? {})})`;
      throw new Unsupported(`${kind} on a list`);
    }
    if (value === null) return join.parentColumn === 'id' ? exists({}, true) : `${col(alias, join.parentColumn)} IS NULL`;
    if (!isObject(value)) throw new Unsupported('a relation filter');
    if ('is' in value || 'isNot' in value) {
      if (Object.keys(value).length !== 1) throw new Unsupported('is beside isNot');
      if ('is' in value) return value.is === null ? this.relationFilter(model, alias, field, null) : exists(value.is);
      return value.isNot === null ? `NOT ${this.relationFilter(model, alias, field, null)}` : exists(value.isNot, true);
    }
    return exists(value);
  }

  private scalarFilter(alias: string, field: Field, value: unknown): string {
    if (field.isList || field.type === 'Json') throw new Unsupported(`a filter on ${field.name}`);
    const column = col(alias, field.name);
    if (!isObject(value)) return this.compare(column, '=', this.operand(field, value));
    const insensitive = value.mode === 'insensitive';
    if (value.mode !== undefined && value.mode !== 'insensitive' && value.mode !== 'default') throw new Unsupported('mode');
    const parts: string[] = [];
    for (const [op, raw] of Object.entries(value)) {
      if (op === 'mode' || raw === undefined) continue;
      // Prisma compares without case under every operator, `not` included; only these are compiled.
      if (insensitive && !['equals', 'contains', 'startsWith', 'endsWith'].includes(op)) throw new Unsupported(`${op} without case`);
      const operand = this.operand(field, raw);
      switch (op) {
        case 'equals':
          // Prisma's insensitive equals is an ILIKE (likeOperand refuses wildcards).
          parts.push(
            insensitive && operand !== null ? `${column} ILIKE ${this.param(likeOperand(operand))}` : this.compare(column, '=', operand),
          );
          break;
        case 'not':
          if (isObject(operand) && definedKeys(operand).length === 0) throw new Unsupported('an empty not');
          parts.push(
            isObject(operand)
              ? `NOT ${this.scalarFilter(alias, field, operand)}`
              : operand === null
                ? `${column} IS NOT NULL`
                : `${column} <> ${this.param(operand)}`,
          );
          break;
        case 'in':
        case 'notIn': {
          if (!Array.isArray(operand)) throw new Unsupported(op);
          const any = `${column} = ANY(${this.param(operand)})`;
          parts.push(op === 'in' ? any : `NOT (${any})`);
          break;
        }
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte':
          if (operand === null) throw new Unsupported(`${op} null`);
          parts.push(`${column} ${{ lt: '<', lte: '<=', gt: '>', gte: '>=' }[op]} ${this.param(operand)}`);
          break;
        case 'contains':
        case 'startsWith':
        case 'endsWith': {
          const text = likeOperand(operand);
          const pattern = op === 'contains' ? `%${text}%` : op === 'startsWith' ? `${text}%` : `%${text}`;
          parts.push(`${column} ${insensitive ? 'ILIKE' : 'LIKE'} ${this.param(pattern)}`);
          break;
        }
        default:
          throw new Unsupported(`filter ${op}`);
      }
    }
    return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
  }

  /** A filter's value as Prisma reads it: a string for a DateTime field is the instant it names. */
  private operand(field: Field, value: unknown): unknown {
    if (field.type !== 'DateTime') return value;
    const instant = (v: unknown) => {
      if (typeof v !== 'string') return v;
      const date = new Date(v);
      if (Number.isNaN(date.getTime())) throw new Unsupported(`"${v}" as a date`);
      return date;
    };
    return Array.isArray(value) ? value.map(instant) : instant(value);
  }

  private compare(column: string, op: '=', operand: unknown): string {
    return operand === null ? `${column} IS NULL` : `${column} ${op} ${this.param(operand)}`;
  }
}

export interface CompiledRead {
  sql: string;
  params: unknown[];
  decoder: Decoder;
}

/**
 * findMany's arguments on `modelName` as one statement, answering one row (column `j`, JSON text)
 * per record. `also`: columns the statement answers besides, from SQL it is put into, which has
 * `paramsBefore` parameters of its own.
 */
export function compileFindMany(modelName: string, args: Args, { also = '', paramsBefore = 0 } = {}): CompiledRead {
  const model = modelNamed(modelName);
  const statement = new Statement(paramsBefore);
  const alias = statement.alias();
  const { sql, decoder } = statement.object(model, alias, args);
  const { tail } = statement.list(model, alias, args, []);
  return {
    sql: `SELECT ${also ? `${also}, ` : ''}${sql}::text AS j FROM ${ident(model.name)} ${alias}${tail}`,
    params: statement.params,
    decoder,
  };
}

/**
 * The rows of `modelName` whose ids `ids` (an SQL expression of a uuid array) lists, in its order,
 * with what `args` selects, as an SQL expression of one JSON array. It goes into a statement that
 * has `paramsBefore` parameters of its own.
 */
export function compileInOrder(modelName: string, args: Args, ids: string, paramsBefore: number): CompiledRead {
  const model = modelNamed(modelName);
  if (Object.keys(args).some((key) => key !== 'select' && key !== 'include'))
    throw new Unsupported('a list by ids takes a selection alone');
  if (model.fields.get('id')?.type !== 'String') throw new Unsupported(`${model.name} has no uuid id`);
  const statement = new Statement(paramsBefore);
  const alias = statement.alias();
  const { sql, decoder } = statement.object(model, alias, args);
  return {
    sql: `(SELECT coalesce(json_agg(${sql} ORDER BY p.n), '[]'::json) FROM unnest(${ids}) WITH ORDINALITY AS p (id, n) JOIN ${ident(model.name)} ${alias} ON ${col(alias, 'id')} = p.id)`,
    params: statement.params,
    decoder,
  };
}

/** PostgreSQL's JSON of a date ("2023-01-01"), a timestamp ("2023-01-01T10:00:00.123", UTC here) or a timestamptz ("…+00:00"). */
function toDate(text: string): Date {
  if (text.length === 10) return new Date(`${text}T00:00:00Z`);
  return new Date(/(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}Z`);
}

/** A row's JSON as Prisma answers it: dates as Date objects. */
export function decode<T>(row: Record<string, unknown>, decoder: Decoder): T {
  for (const key of decoder.dates) {
    const value = row[key];
    if (typeof value === 'string') row[key] = toDate(value);
  }
  for (const [key, nested] of decoder.nested) {
    const value = row[key];
    if (Array.isArray(value)) for (const item of value) decode(item as Record<string, unknown>, nested);
    else if (value) decode(value as Record<string, unknown>, nested);
  }
  return row as T;
}
