// JSON Pointers as URI fragments (RFC 6901), where a field error points: "#/contact/email".
// Apart from problem.logic.ts (issues to field errors), so that a widget whose first view only
// points at fields (the survey's store clearing an answer's error) does not carry the rest
// (issue 7, ADR 0075).

/** Escapes one reference token of a JSON Pointer (RFC 6901 §3). */
function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Turns a path of keys into a JSON Pointer fragment: ["contact","email"] → "#/contact/email". */
export function toPointer(keys: ReadonlyArray<unknown>): string {
  return '#' + keys.map((k) => '/' + escapeToken(String(k))).join('');
}

/** The keys of a pointer fragment: "#/contact/email" → ["contact","email"]. */
export function fromPointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
