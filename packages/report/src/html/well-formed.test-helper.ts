// Test helpers that read the renderer's own HTML. They rely on what the renderer guarantees: text and
// attribute values are escaped, so every "<" in the page starts a tag.

const VOID = new Set(['meta', 'br', 'img', 'input', 'link', 'hr', 'circle', 'line', 'rect', 'path', 'polyline']);

/** The tag names opened but not closed, or closed out of order; empty when the markup nests. */
export function nestingErrors(html: string): string[] {
  const errors: string[] = [];
  const stack: string[] = [];
  const body = html.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '').replace(/<!doctype html>/i, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing && !VOID.has(name)) stack.push(name);
  }
  for (const name of stack) errors.push(`<${name}> never closed`);
  return errors;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text a reader sees in a fragment: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
}

/** The inner HTML of the first element with this opening-tag prefix, for elements that do not nest in themselves. */
export function innerOf(html: string, openTag: string, closeTag: string): string {
  const start = html.indexOf(openTag);
  if (start < 0) throw new Error(`${openTag} not found`);
  const from = start + openTag.length;
  return html.slice(from, html.indexOf(closeTag, from));
}
