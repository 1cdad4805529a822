/**
 * Terminal safety of the text report: what comes from a file (cell text in messages, sheet and
 * file names, catalog names) could hold control characters that move the cursor, forge a line
 * (CR, LF), recolour or clear the screen (ESC …) or reorder what is shown (bidi controls). They
 * are shown as visible escapes instead, e.g. "\u{1b}". JSON output needs none of this:
 * JSON.stringify already escapes C0 and the document is read by programs.
 */

/** C0 (incl. TAB, LF, CR), DEL, C1 (incl. CSI), the bidi embeddings, overrides and isolates, the bidi marks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as \u{hex}. */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
