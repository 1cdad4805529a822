/**
 * Worksheet names as Excel accepts them: at most 31 characters, none of [ ] : * ? / \,
 * not starting or ending with an apostrophe, not "History", unique without regard to case.
 */

const SHEET_NAME_MAX = 31;

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let t = s.slice(0, max);
  const last = t.charCodeAt(t.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) t = t.slice(0, -1);
  return t;
}

function trimQuotes(s: string): string {
  return s.replace(/^'+/, '').replace(/'+$/, '');
}

/** A name Excel accepts, as close to the wanted one as possible. */
export function sanitizeSheetName(wanted: string): string {
  let s = '';
  for (const ch of wanted) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x20) continue;
    s += '[]:*?/\\'.includes(ch) ? '_' : ch;
  }
  s = trimQuotes(cut(trimQuotes(s.trim()), SHEET_NAME_MAX)).trim();
  if (s === '') s = 'Sheet';
  if (s.toLowerCase() === 'history') s = 'History_';
  return s;
}

/**
 * Names for new sheets that take none of the existing names (nor each other's):
 * "name", then "name (2)", "name (3)"… with the base shortened to keep 31 characters.
 */
export function uniqueSheetNames(wanted: string[], existing: string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return wanted.map((w) => {
    const base = sanitizeSheetName(w);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = trimQuotes(cut(base, SHEET_NAME_MAX - suffix.length)).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
