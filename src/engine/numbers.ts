/**
 * The one number parser (docs/DOMAIN.md §2). Returns a number, a blank (a zero shown as blank or a dash),
 * text that is not a number, or a cell error — never a silent zero.
 */
import { isCellError, type CellData, type CellValue } from './model/workbook';
import { toHalfWidth } from './text';

export type Amount =
  | { kind: 'number'; value: number; /** stored as text in the cell */ fromText: boolean; /** shown decimals, when known */ decimals: number | null }
  | { kind: 'blank'; /** '-', '—', '——' rather than an empty cell */ dash: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'error'; code: string }
  /** A formula saved without its result (files written by tools, not Excel): unknown until Excel recalculates it. */
  | { kind: 'uncalculated'; formula: string };

const DASHES = /^[-－—–‒―]{1,3}$/;

/** The two blanks, shared (an amount is never changed once parsed): most cells of a table are one or a number. */
export const BLANK_AMOUNT: Amount = Object.freeze({ kind: 'blank', dash: false });
const DASH: Amount = Object.freeze({ kind: 'blank', dash: true });

/** Decimals shown by a number format such as "#,##0.00" (2), "0" (0); null for General / unknown. */
export function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt) return null;
  // a workbook has a handful of formats over hundreds of thousands of cells: each is read once,
  // and a column's cells share one (the last one asked is checked before the map)
  if (numFmt === lastFormat) return lastDecimals;
  let d = DECIMALS.get(numFmt);
  if (d === undefined) {
    if (DECIMALS.size >= 1000) DECIMALS.clear();
    DECIMALS.set(numFmt, (d = decimalsOf(numFmt)));
  }
  lastFormat = numFmt;
  lastDecimals = d;
  return d;
}

const DECIMALS = new Map<string, number | null>();
let lastFormat: string | undefined;
let lastDecimals: number | null = null;

function decimalsOf(numFmt: string): number | null {
  if (/^general$/i.test(numFmt) || numFmt === '@') return null;
  const section = numFmt.split(';')[0].replace(/"[^"]*"|\\./g, '');
  if (!/[0#?]/.test(section)) return null;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** Parse text that should be an amount. */
export function parseAmountText(raw: string): Amount {
  const t = toHalfWidth(raw).replace(/[\s\u00a0\u200b]+/g, '').replace(/，/g, ',');
  if (t === '') return BLANK_AMOUNT;
  if (DASHES.test(t)) return DASH;
  let s = t;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (/^[-−–]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  // thousands separators only in groups of three
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { kind: 'text', text: raw };
    s = s.replace(/,/g, '');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return { kind: 'text', text: raw };
  const value = Number(s);
  if (!Number.isFinite(value)) return { kind: 'text', text: raw };
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return { kind: 'number', value: negative ? -value : value, fromText: true, decimals };
}

export function parseAmountValue(v: CellValue, numFmt?: string): Amount {
  if (v === null || v === undefined) return BLANK_AMOUNT;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', value: v, fromText: false, decimals: formatDecimals(numFmt) };
  }
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (/^#(REF|VALUE|DIV\/0|N\/A|NAME\?|NUM|NULL|SPILL|CALC|GETTING_DATA)[!?]?$/i.test(v.trim())) {
    return { kind: 'error', code: v.trim().toUpperCase() };
  }
  return parseAmountText(v);
}

export function parseAmount(cell: CellData): Amount {
  if ((cell.value === null || cell.value === undefined) && cell.formula) return { kind: 'uncalculated', formula: cell.formula };
  return parseAmountValue(cell.value, cell.numFmt);
}

/** The numeric value of an amount: blanks are zero; text, errors and uncalculated formulas have none. */
export function amountNumber(a: Amount): number | null {
  if (a.kind === 'number') return a.value;
  if (a.kind === 'blank') return 0;
  return null;
}

/** Round to 10 decimals to keep float noise (0.1 + 0.2) out of comparisons. */
export function clean(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}

/** Format an amount for messages: thousands separators, at least `decimals` decimals. */
export function formatAmount(n: number, decimals = 2): string {
  const d = Math.max(decimals, 0);
  const fixed = Math.abs(n).toFixed(d);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  // thousands separators from the left: the first group holds 1–3 digits, then groups of three
  // (digits only: 1e+21, NaN and Infinity are shown as toFixed writes them)
  let withSep = int;
  if (/^\d+$/.test(int)) {
    withSep = int.slice(0, ((int.length - 1) % 3) + 1);
    for (let i = withSep.length; i < int.length; i += 3) withSep += ',' + int.slice(i, i + 3);
  }
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${withSep}${dot < 0 ? '' : fixed.slice(dot)}`;
}
