import { GraphQLError, Kind } from 'graphql';
import { DatePrecision } from '@claimgraph/db';
import { formatPartialDate, type PartialDate } from '@claimgraph/db/shared';
import { builder } from '../builder';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new GraphQLError(`Date must be a calendar day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar day, YYYY-MM-DD (UTC).',
  serialize: (value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with time zone.',
  serialize: (value) => (typeof value === 'string' ? value : value.toISOString()),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new GraphQLError('DateTime must be an ISO 8601 timestamp');
    return value;
  },
});

export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date is known.',
});

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description: 'A date as precise as it is known: "2022-09" stays a month, never the first of the month.',
  fields: (t) => ({
    text: t.string({ description: 'The date as known: YYYY, YYYY-MM or YYYY-MM-DD.', resolve: (d) => formatPartialDate(d) }),
    precision: t.field({ type: DatePrecisionEnum, resolve: (d) => d.precision }),
    start: t.field({ type: 'Date', description: 'First day of the period.', resolve: (d) => d.start }),
  }),
});
