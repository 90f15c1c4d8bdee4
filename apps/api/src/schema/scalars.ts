import { GraphQLError, Kind, print, type ValueNode } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { InvalidDateError, parseDay } from '@claimgraph/dates';
import { DatePrecision } from '@claimgraph/db';
import { formatPartialDate, type PartialDate } from '@claimgraph/db/shared';
import { builder } from '../builder';

// graphql-scalars' Date, reading input with the one day parser (@claimgraph/dates) that the data
// layer and the reader use too: resolvers get the day as written, and a day that is not on the
// calendar is refused in the same words as in a write. The argument it came in is named by
// input-refusals.ts, which knows the operation.
function dayInput(text: string, node?: ValueNode): string {
  try {
    return parseDay(text);
  } catch (error) {
    if (!(error instanceof InvalidDateError)) throw error;
    throw new GraphQLError(error.message, { nodes: node, originalError: error, extensions: { code: 'BAD_USER_INPUT' } });
  }
}

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar day, YYYY-MM-DD (UTC).',
  parseValue: (value) => dayInput(typeof value === 'string' ? value : JSON.stringify(value)),
  parseLiteral: (ast) => dayInput(ast.kind === Kind.STRING ? ast.value : print(ast), ast),
});

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A point in time, ISO 8601 with time zone.',
});

const DatePrecisionEnum = builder.enumType(DatePrecision, {
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
