// Sentences the site writes around what a student typed: names are read for what they are, and
// slots are joined so that no punctuation doubles up. Organization names are read in org-name.ts.

/** Text with runs of spaces and line breaks made one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes bracketed asides, innermost first: "Figma (UX intern (summer))" → "Figma". */
export function withoutAsides(text: string): string {
  let out = text;
  for (let i = 0; i < 5; i += 1) {
    const next = out.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\})/g, '');
    if (next === out) break;
    out = next;
  }
  // An aside that was never closed runs to the end; a closing bracket alone is dropped.
  return out.replace(/\s*[([{].*$/, '').replace(/[)\]}]/g, '');
}

/** Punctuation around a short field that a sentence adds itself, and quotes that wrap the whole field. */
export function trimEdges(text: string): string {
  const bare = text
    .replace(/^[\s,;:.\-–—]+/u, '')
    .replace(/[\s,;:\-–—]+$/u, '')
    .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof))[.!?]+$/u, '')
    .trim();
  const wrapped = /^["“'‘«](.*)["”'’»]$/u.exec(bare);
  return wrapped ? trimEdges(wrapped[1] ?? '') : bare;
}

/** A person's name for a sentence: one line, without bracketed asides or trailing commas ('' if none left). */
export function personName(name: string): string {
  const line = oneLine(name);
  const bare = trimEdges(withoutAsides(line));
  return /[\p{L}\p{N}]/u.test(bare) ? bare : trimEdges(line);
}

/** True for a title said before a name ("Dr", "Ms."), which is not a first name on its own. */
export function isTitle(word: string): boolean {
  return /^(?:dr|mr|mrs|ms|mx|prof|professor)\.?$/iu.test(word);
}

/** The first name for a friendly greeting ("Hi Sam"), or the whole name when it has one word. */
export function firstName(name: string): string {
  const clean = personName(name);
  const first = clean.split(' ')[0] ?? '';
  // "Dr Lee", "Ms Park": a title alone is not a first name, so keep the whole name; so too a name
  // that is only an aside, "(not sure)", whose first word would leave a bracket open.
  return isTitle(first) || /[([{]/u.test(first) ? clean : first;
}

const STOPS = /[.,;:!?…]+$/u;

/**
 * A sentence from a template with slots: each slot is made one line, and where a slot ends in
 * punctuation and the template goes on with a stop, only one is kept ("Next step: Call Sam?"
 * not "Call Sam?.", "at Acme Inc." not "Acme Inc..").
 */
export function say(strings: TemplateStringsArray, ...slots: readonly string[]): string {
  let out = strings[0] ?? '';
  slots.forEach((raw, i) => {
    let slot = oneLine(raw);
    let next = strings[i + 1] ?? '';
    if (/^[.,;:!?]/.test(next) && STOPS.test(slot)) {
      if (/[?!…]$/u.test(slot) && next.startsWith('.')) next = next.slice(1);
      else slot = slot.replace(/[.,;:]+$/u, '');
    }
    out += slot + next;
  });
  return out;
}
