// /metrics: yoga's latency histograms and error counter, with labels a caller cannot multiply.
//
// The plugin's own labels grew without bound: every operation name a caller made up and every
// request URL (query string included) was a series of its own; 200 requests with made-up names
// made /metrics 1 MB, and the API's memory grew with it. It also named an operation by the
// document's first definition, which for the SDK's documents is a fragment ("PartyRecordFields"
// for the Source query). Here an operation is named as the executor finds it (getOperationAST),
// and only the SDK's operation names (a fixed set) are labels; any other is "(other)". Error
// paths, which carry a caller's aliases, are not a label either: the log says where an error was.
// (A caller may still name its own query like one of the SDK's: that adds to the SDK's series, not
// a series of its own.)
import { getOperationAST, Kind, type DocumentNode } from 'graphql';
import { createCounter, createHistogram, usePrometheus, type FillLabelsFnParams } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

// A type, not an interface: label sets are records of strings.
export type OperationLabels = {
  /** One of the SDK's operation names, or "(other)". */
  operationName: string;
  operationType: string;
};

/**
 * The labels of the operation a request runs, as the executor picks it: the operation named, else
 * the document's only one. (Yoga's plugin hands over the name of the document's first definition
 * when the request names none, which for the SDK's documents is a fragment's, or "Anonymous".) A
 * request naming an operation the document lacks runs none, and is "(other)".
 */
export function operationLabels(
  document: DocumentNode | undefined,
  operationName: string | null | undefined,
  known: ReadonlySet<string>,
): OperationLabels {
  const unnamed =
    !operationName ||
    operationName === 'Anonymous' ||
    document?.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === operationName);
  const operation = document ? (unnamed ? getOperationAST(document) : getOperationAST(document, operationName)) : null;
  const name = operation?.name?.value;
  return { operationName: name && known.has(name) ? name : '(other)', operationType: operation?.operation ?? 'unknown' };
}

/**
 * operationLabels, kept with each document (yoga hands the same document object for the same query
 * text): every request's metrics ask for them four times.
 */
export function memoizedOperationLabels(known: ReadonlySet<string>) {
  const byDocument = new WeakMap<DocumentNode, Map<string, OperationLabels>>();
  return (document: DocumentNode | undefined, operationName: string | null | undefined): OperationLabels => {
    if (!document) return operationLabels(document, operationName, known);
    let byName = byDocument.get(document);
    if (!byName) byDocument.set(document, (byName = new Map<string, OperationLabels>()));
    const key = operationName ?? '';
    let labels = byName.get(key);
    if (labels) return labels;
    labels = operationLabels(document, operationName, known);
    // A caller may send one document under any number of made-up names: a few are kept.
    if (byName.size < 8) byName.set(key, labels);
    return labels;
  };
}

export function useMetrics({ registry, operationNames }: { registry: Registry; operationNames: ReadonlySet<string> }): Plugin {
  const labelsOf = memoizedOperationLabels(operationNames);
  const labels = (params: FillLabelsFnParams) => labelsOf(params.document, params.operationName);
  return usePrometheus({
    endpoint: '/metrics',
    registry,
    // Yoga turns every other metric on unless told otherwise; some cost on every request
    // (the deprecated-field counter walks each document, the summary computes quantiles).
    metrics: {
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time spent on HTTP connection',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
        },
        fillLabelsFn: (params, { request, response }: { request: Request; response: Response }) => ({
          ...labels(params),
          method: request.method,
          statusCode: response.status,
        }),
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time spent on running the GraphQL operation from parse to execute',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: labels,
        phases: ['execute'],
      }),
      graphql_envelop_phase_execute: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_phase_execute',
          help: 'Time spent on running the GraphQL "execute" function',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: labels,
        phases: ['execute'],
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Counts the amount of errors reported from all phases',
          labelNames: ['operationName', 'operationType', 'phase'],
        },
        fillLabelsFn: (params) => ({ ...labels(params), phase: params.errorPhase ?? 'unknown' }),
      }),
      graphql_envelop_request: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
    },
  });
}
