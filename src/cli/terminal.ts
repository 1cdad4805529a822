/**
 * Terminal safety of the text report: what comes from a file (cell text in messages, sheet and
 * file names, catalog names) could hold control characters that move the cursor, forge a line
 * (CR, LF), recolour or clear the screen (ESC …) or reorder what is shown (bidi controls). They
 * are shown as visible escapes instead, e.g. "\u{1b}" (engine/text.ts visibleControls, which the
 * HTML report uses too). JSON output needs none of this: JSON.stringify already escapes C0 and the
 * document is read by programs.
 */
import { visibleControls } from '../engine/text';

/** The text with every control character shown as \u{hex}. */
export function terminalSafe(s: string): string {
  return visibleControls(s);
}
