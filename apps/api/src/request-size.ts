// A cap on what one request may weigh, as yoga's own (`maxRequestBodySize`, which this replaces)
// but without its cost on every request: yoga pipes each body through a counting stream, which
// took a tenth of the CPU of a small query. Arriving through Node's HTTP server, a Content-Length
// is the body's framing (Node's parser reads exactly that many bytes and refuses a request that
// also says chunked, or gives two lengths), so such a request is judged by it alone; any other
// body (chunked, or handed to the app by other means, where a header proves nothing) is counted
// as it arrives.
import { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const tooLarge = (maxBytes: number) =>
  new GraphQLError(`The request body is larger than ${maxBytes / 1_000_000} MB.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

/** Register last: it wraps whichever request parser the plugins before it chose. */
export function useRequestLimit({ maxBytes }: { maxBytes: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, serverContext }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        // One non-negative integer, nothing else (comma-joined values are a smuggling attempt).
        if (!/^\d+$/.test(length))
          throw new GraphQLError('The Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        if (Number(length) > maxBytes) throw tooLarge(maxBytes);
        if (framedByNode(serverContext)) return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((unframed) => parse(counted(unframed, maxBytes, fetchAPI)));
    },
  };
}

const framedByNode = (serverContext: unknown) =>
  typeof serverContext === 'object' && serverContext !== null && (serverContext as { req?: unknown }).req instanceof IncomingMessage;

type FetchAPI = Parameters<NonNullable<Plugin['onRequestParse']>>[0]['fetchAPI'];

function counted(request: Request, maxBytes: number, fetchAPI: FetchAPI): Request {
  let bytes = 0;
  // A native body needs the native TransformStream, a ponyfilled one the ponyfill (as in yoga).
  const Transform = request.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) controller.error(tooLarge(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    duplex: 'half',
  } as RequestInit);
}
