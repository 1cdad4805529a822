/**
 * Text normalisation: the one place that turns what people type into what the engine compares.
 */

/** Full-width ASCII (！..～) → half-width; ideographic space → space. */
export function toHalfWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const QUOTES = /["'“”‘’「」『』〝〞＂]/g;

/**
 * For matching labels and titles: half-width, no whitespace (PDF and Excel exports put spaces
 * and line breaks inside words), no quotes, Chinese brackets as ASCII ones, 、 kept.
 */
export function normalizeLabel(s: string): string {
  let n = LABELS.get(s);
  if (n === undefined) {
    n = toHalfWidth(s)
      .replace(/[\s\u00a0\u200b]+/g, '')
      .replace(QUOTES, '')
      .replace(/[【〔［]/g, '[')
      .replace(/[】〕］]/g, ']')
      .replace(/：/g, ':');
    // labels repeat across rows and tables (行政运行, 合计 …): remember a bounded number of them
    if (LABELS.size >= 20000) LABELS.clear();
    LABELS.set(s, n);
  }
  return n;
}

const LABELS = new Map<string, string>();

/** Text of any cell value for label purposes ('' for empty, numbers as written). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object' && 'error' in (v as object)) return String((v as { error: string }).error);
  return String(v);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十九 → 19, 二十一 → 21, 三十四 → 34; undefined when not a Chinese numeral. */
export function chineseNumeral(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else {
      cur = CN_DIGITS[ch];
    }
  }
  return total + cur;
}

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 19 → 十九, 21 → 二十一, 34 → 三十四 (1 … 99): the inverse of chineseNumeral. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`toChineseNumeral: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CN_NUMERALS[tens]}十`}${CN_NUMERALS[ones]}`;
}

export interface Enumeration {
  /** 1 for 一、, 2 for (一), 3 for 1. / 1、, 4 for (1) */
  depth: number;
  /** The number (一 → 1) */
  n: number;
  /** The label without the enumeration */
  rest: string;
}

/** The characters an enumeration can start with: a Chinese numeral, "(" or a digit. */
const ENUMERATION_FIRST = new Set([...'零〇一二两三四五六七八九十百(0123456789'].map((c) => c.charCodeAt(0)));

/** Leading enumeration of a normalised label: 一、 / (一) / 1. / 1、 / (1). */
export function parseEnumeration(label: string): Enumeration | undefined {
  // most labels start otherwise: one lookup instead of four patterns
  if (!ENUMERATION_FIRST.has(label.charCodeAt(0))) return undefined;
  let m = /^([零〇一二两三四五六七八九十百]+)[、.，,]/.exec(label);
  if (m) return { depth: 1, n: chineseNumeral(m[1]) ?? 0, rest: label.slice(m[0].length) };
  m = /^\(([零〇一二两三四五六七八九十百]+)\)[、.]?/.exec(label);
  if (m) return { depth: 2, n: chineseNumeral(m[1]) ?? 0, rest: label.slice(m[0].length) };
  m = /^(\d{1,2})[、.](?!\d)/.exec(label);
  if (m) return { depth: 3, n: Number(m[1]), rest: label.slice(m[0].length) };
  m = /^\((\d{1,2})\)/.exec(label);
  if (m) return { depth: 4, n: Number(m[1]), rest: label.slice(m[0].length) };
  return undefined;
}

/**
 * Control characters that text from a file (cell text, sheet and file names) may hold and that
 * must not act where the text is shown: C0 (incl. TAB, LF, CR), DEL, C1 (incl. CSI), the bidi
 * embeddings, overrides and isolates, the bidi marks. They could move a terminal's cursor, forge a
 * report line or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as a visible escape, e.g. "\u{1b}". */
export function visibleControls(s: string): string {
  return s.replace(UNSAFE_CONTROLS, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
