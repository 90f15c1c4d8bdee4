// The browser's side of the desk's writes: POST JSON to /desk/actions/<name> (same origin, so the
// session cookie goes along; the key itself never reaches this code) and read the answer.
export interface FieldMessage {
  field: string;
  message: string;
}

export type DeskAnswer<T> =
  ({ ok: true } & T) | { ok: false; message: string; fields?: FieldMessage[]; conflict?: boolean; current?: unknown };

export async function postDesk<T extends object>(action: string, body: unknown): Promise<DeskAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(`/desk/actions/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: 'The desk could not reach the server: check the connection and try again. Nothing was saved.' };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) {
    return { ok: false, message: `The server answered ${response.status} without saying why. Nothing was saved; try again.` };
  }
  return (await response.json()) as DeskAnswer<T>;
}

/** The message for a field (matching its last path segment or the whole path), if any. */
export function fieldMessage(fields: FieldMessage[] | undefined, ...names: string[]): string | undefined {
  return fields?.find((f) => names.some((name) => f.field === name || f.field.endsWith(`.${name}`)))?.message;
}
