/**
 * The budget narrative (预算说明): the text cells of the workbook outside the recognised tables,
 * read into paragraphs, sentences and statements — amounts with their topic, year-on-year changes,
 * shares, and lists that must add up.
 */
import { cellText, toHalfWidth } from '../text';
import type { RecognizedTable } from '../tables/model';
import { forEachStored, type CellData, type WorkbookData } from '../model/workbook';
import { TOPICS, type TopicId } from './topics';

export { topicName, type TopicId } from './topics';

export interface Paragraph {
  sheet: string;
  row: number;
  col: number;
  /** As written. */
  text: string;
  /** Half-width, for matching. */
  norm: string;
  /** The numbered section it belongs to (一、… heading), '' before the first. */
  section: string;
}

export interface Mention {
  /** In 万元. */
  value: number;
  /** The rounding step in 万元: 0.01 for "866.01万元" and for "400万元" (whole amounts are exact), 0.1 for "1.5万元". */
  step: number;
  written: string;
  topic: TopicId | null;
  /** A year-on-year change (比上年增加 x 万元), not the topic's own amount. */
  change: 'up' | 'down' | null;
  /** 占 x% right after it. */
  share: { value: number; step: number; written: string } | null;
  /** The text before the amount within its clause. */
  lead: string;
  para: Paragraph;
  /** Index of the sentence within the paragraph, and position in the paragraph text. */
  sentence: number;
  at: number;
  /** Starts a numbered item (1、… / 2.…) of a list. */
  numbered: boolean;
}

export interface NarrativeList {
  /** 其中 / 包括 / 分别是 …, as written. */
  marker: string;
  total: Mention;
  parts: Mention[];
  /** Only the numbered parts (1、… 2、…), when the list numbers its items. */
  numbered: Mention[];
}

export interface NarrativeDoc {
  paragraphs: Paragraph[];
  amounts: Mention[];
  lists: NarrativeList[];
}

// (?<!\d): an amount starts where its digits start (else a long run of digits is tried from each of its digits)
const AMOUNT = /(?<!\d)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)(?!\s*以[上下])/g;
const CHANGE_UP = /(增加|增长|上升|提高)[^，,。；;]{0,4}$/;
const CHANGE_DOWN = /(减少|下降|降低|压减|节约)[^，,。；;]{0,4}$/;
const CHANGE_CONTEXT = /比|较上年|与上年|同比|相比/;
/** A change verb, then what changed as a list ending in 等, right before the amount. */
const CHANGE_LISTED = /(增加|增长|上升|提高|减少|下降|降低|压减|节约)[^，,。；;:：]*等\s*$/;
const LIST_MARKER = /(其中|主要包括|包括|分别是|分别为|主要用于以下方面)\s*[:：,，]?\s*(?=\d|[^\d]|$)/;
const NUMBERED = /^\s*[(（]?\d{1,2}[)）]?\s*[、.．](?!\d)|^\s*[(（]\d{1,2}[)）]/;
const SECTION = /^\s*([一二三四五六七八九十]+)\s*[、.]/;

const CLAUSE_MARKS = '，,；;：:。、';
/** Clause marks without 、, which separates the items of a list inside one clause. */
const LIST_CLAUSE_MARKS = '，,；;：:。';
/** The longest text CHANGE_UP / CHANGE_DOWN can match: a two-character word and up to four more. */
const CHANGE_WINDOW = 6;
/** More items than any budget narrative lists: such a run is not judged as a list (it would cost the square of its length). */
const MAX_LIST_ITEMS = 60;

/** Where the text after the last of `marks` before `at` starts, looking back no further than `stop`. */
function backTo(s: string, at: number, stop: number, marks: string): number {
  for (let i = at - 1; i >= stop; i--) if (marks.includes(s[i])) return i + 1;
  return stop;
}

function isNarrativeCell(text: string): boolean {
  const t = text.trim();
  return t.length >= 15 || /万元|元|%/.test(t) || SECTION.test(t);
}

/** Every text cell outside the recognised tables' areas (and the tables' long notes stay theirs). */
function paragraphsOf(wb: WorkbookData, tables: RecognizedTable[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of wb.sheets) {
    const areas = tables
      .filter((t) => t.sheet === s.name)
      .map((t) => ({ top: t.titleRow, bottom: Math.max(t.bottom, ...t.notes.map((n) => n.row)), left: Math.min(t.left, t.titleCol), right: t.right + 3 }));
    const inTable = (r: number, c: number) => areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
    let section = '';
    const visit = (r: number, c: number, cell: CellData | null | undefined) => {
      const v = cell?.value;
      if (typeof v !== 'string' || inTable(r, c) || !isNarrativeCell(v)) return;
      const text = cellText(v).trim();
      const norm = toHalfWidth(text);
      if (SECTION.test(norm) && norm.length < 40) section = norm;
      out.push({ sheet: s.name, row: r, col: c, text, norm, section });
    };
    // the stored cells only: a stray far cell must not make this walk the used range's rectangle;
    // a row inside one table's area is read only left and right of it (its cells are the table's)
    forEachStored(s.cells, (line, i) => {
      const r = s.top + i;
      let covering = 0;
      let inside: (typeof areas)[number] | undefined;
      for (const a of areas) {
        if (r >= a.top && r <= a.bottom) {
          covering++;
          inside = a;
        }
      }
      if (covering !== 1 || line.length > 64) {
        forEachStored(line, (cell, j) => visit(r, s.left + j, cell));
        return;
      }
      const before = Math.min(line.length, inside!.left - s.left);
      for (let j = 0; j < before; j++) visit(r, s.left + j, line[j]);
      for (let j = Math.max(0, inside!.right - s.left + 1); j < line.length; j++) visit(r, s.left + j, line[j]);
    });
  }
  return out;
}

/** How a numbered paragraph is numbered: （1） and 1． are different levels. */
function numberingStyle(text: string): string {
  return /^\s*[(（]/.test(text) ? 'bracket' : 'plain';
}

function topicOf(lead: string): TopicId | null {
  for (const t of TOPICS) if (t.pattern.test(lead)) return t.id;
  return null;
}

function amountsOf(p: Paragraph): Mention[] {
  const out: Mention[] = [];
  const sentences = p.norm.split(/(?<=[。])/);
  let offset = 0;
  sentences.forEach((sentence, si) => {
    let last = 0;
    for (const m of sentence.matchAll(AMOUNT)) {
      const at = m.index ?? 0;
      // every scan below looks back only to the previous amount (or a few characters): linear in the text
      // the clause: back to the previous amount or clause mark
      const clauseStart = backTo(sentence, at, last, CLAUSE_MARKS);
      const lead = sentence.slice(clauseStart, at);
      // the last 24 characters back to the previous amount or the sentence's start
      const wide = sentence.slice(backTo(sentence, at, Math.max(last, at - 24), '。'), at);
      // 增加 / 减少 … right before the amount: the words and up to 4 characters fit in CHANGE_WINDOW
      const near = sentence.slice(Math.max(0, at - CHANGE_WINDOW), at);
      // …增加人员工资、住房公积金、提租补贴等 3397.18 万元: what increased, listed, then by how much
      const listed = CHANGE_LISTED.exec(sentence.slice(backTo(sentence, at, last, LIST_CLAUSE_MARKS), at));
      const up = CHANGE_UP.test(near) || (CHANGE_CONTEXT.test(lead) && /增/.test(lead)) || (!!listed && /增|升|提/.test(listed[1]));
      const down = CHANGE_DOWN.test(near) || (CHANGE_CONTEXT.test(lead) && /减|降/.test(lead)) || (!!listed && /减|降|压|节/.test(listed[1]));
      const digits = m[1].replace(/,/g, '');
      const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
      const factor = m[2] === '元' ? 1e-4 : 1;
      const after = sentence.slice(at + m[0].length, at + m[0].length + 16);
      const sm = /^\s*[,，]?\s*占[^\d%]{0,8}?(\d+(?:\.\d+)?)\s*%/.exec(after);
      out.push({
        value: Number(digits) * factor,
        // "400万元" means 400.00: a narrative writes whole amounts exactly, not rounded to 万元
        step: Math.min(Math.pow(10, -decimals), 0.01) * factor,
        written: m[0].trim(),
        topic: topicOf(lead) ?? topicOf(wide),
        change: up ? 'up' : down ? 'down' : null,
        share: sm ? { value: Number(sm[1]), step: sm[1].includes('.') ? Math.pow(10, -(sm[1].length - sm[1].indexOf('.') - 1)) : 1, written: `${sm[1]}%` } : null,
        lead,
        para: p,
        sentence: si,
        at: offset + at,
        // "1、…" / "2." between the previous amount and this one: a numbered item
        numbered: /(^|[^\d.])\d{1,2}\s*[、．.](?!\d)/.test(sentence.slice(last, at)),
      });
      last = at + m[0].length;
    }
    offset += sentence.length;
  });
  return out;
}

/** The index of the first mention at or after `pos` (paragraph offset) in mentions sorted by `at`. */
function firstAtOrAfter(ms: Mention[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ms[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The bracket depth of a half-width text, counted from `from` (closing brackets beyond the opened
 * ones ignored), read at increasing positions in one pass: `at(to)` is the depth just before `to`.
 */
function depthWalker(s: string, from: number): { at(to: number): number; lastOpen: number } {
  let i = Math.max(0, from);
  let d = 0;
  const w = {
    lastOpen: -1,
    at(to: number): number {
      for (; i < to && i < s.length; i++) {
        if (s[i] === '(') {
          d++;
          w.lastOpen = i;
        } else if (s[i] === ')' && d > 0) d--;
      }
      return d;
    },
  };
  return w;
}

/**
 * Lists: a total, a marker (其中 / 包括 / 分别是 …), and the amounts after it — in the same sentence,
 * or, when the paragraph ends with the marker, the first amount of each numbered paragraph after it.
 * Linear in the text: mentions are found by binary search, bracket depths in one pass per sentence.
 */
function listsOf(paras: Paragraph[], amounts: Map<Paragraph, Mention[]>): NarrativeList[] {
  const out: NarrativeList[] = [];
  paras.forEach((p, pi) => {
    const own = (amounts.get(p) ?? []).filter((a) => !a.change);
    const bySentence = new Map<number, Mention[]>();
    for (const a of own) {
      const list = bySentence.get(a.sentence);
      if (list) list.push(a);
      else bySentence.set(a.sentence, [a]);
    }
    const sentences = p.norm.split(/(?<=[。])/);
    let offset = 0;
    let prevLast: Mention | undefined;
    sentences.forEach((sentence, si) => {
      const m = LIST_MARKER.exec(sentence);
      const inSentence = bySentence.get(si) ?? [];
      if (m) {
        const markerAt = offset + (m.index ?? 0);
        const k = firstAtOrAfter(inSentence, markerAt);
        // the total is named in the marker's own sentence, or ends the sentence just before a sentence that opens with the marker
        const opensWithMarker = (m.index ?? 0) <= 2;
        const total = inSentence[k - 1] ?? (k === 0 && opensWithMarker ? prevLast : undefined);
        // a 其中 inside brackets belongs to the item before it (购置及运行费 x（其中：购置费 y，运行费 z）): not the list's own items
        const depth = depthWalker(sentence, markerAt - offset);
        let parts: Mention[] = [];
        for (let j = firstAtOrAfter(inSentence, markerAt + 1); j < inSentence.length && parts.length <= MAX_LIST_ITEMS; j++) {
          if (depth.at(inSentence[j].at - offset) === 0) parts.push(inSentence[j]);
        }
        // the list goes on in the numbered paragraphs that follow a paragraph ending with its marker
        const endsWithMarker = si === sentences.length - 1 && /[:：]\s*$/.test(sentence);
        if (total && (parts.length === 0 || endsWithMarker || /分别是|分别为/.test(m[0]))) {
          const first = parts.slice(0, 1);
          const more: Mention[] = [];
          // the items share their numbering style: （1）（2） under 2．, up to the next 3．
          let style: string | undefined;
          for (let k2 = pi + 1; k2 < paras.length && k2 <= pi + MAX_LIST_ITEMS + 1; k2++) {
            const q = paras[k2];
            if (q.sheet !== p.sheet || !NUMBERED.test(q.norm)) break;
            const qs = numberingStyle(q.norm);
            if (style === undefined) style = qs;
            else if (qs !== style) break;
            const a = (amounts.get(q) ?? []).find((x) => !x.change);
            if (a) more.push({ ...a, numbered: true });
          }
          if (more.length) parts = [...first, ...more];
        }
        if (total && parts.length >= 2 && parts.length <= MAX_LIST_ITEMS) out.push({ marker: m[1], total, parts, numbered: parts.filter((a) => a.numbered) });
      }
      // lists inside brackets: （其中：购置费 y，运行费 z） itemises the amount just before the bracket
      const fromStart = depthWalker(sentence, 0);
      let opensBefore: Int32Array | undefined; // opensBefore[i]: how many '(' are in sentence[0, i); closesBefore: ')'
      let closesBefore: Int32Array | undefined;
      let close = sentence.indexOf(')');
      for (const n of sentence.matchAll(new RegExp(LIST_MARKER.source, 'g'))) {
        const at = n.index ?? 0;
        if (fromStart.at(at) === 0) continue;
        const open = fromStart.lastOpen;
        if (close >= 0 && close < at) close = sentence.indexOf(')', at);
        const total = inSentence[firstAtOrAfter(inSentence, offset + open) - 1];
        if (!total) continue;
        // the items: after the marker, before the bracket closes, at depth 1 counted from the open bracket.
        // Between the open bracket and the marker there is no '(' (it is the last one), so the depth is
        // 1 (or 0 when a ')' came between) plus the '(' after the marker: a contiguous run of mentions.
        if (!opensBefore || !closesBefore) {
          opensBefore = new Int32Array(sentence.length + 1);
          closesBefore = new Int32Array(sentence.length + 1);
          for (let i = 0; i < sentence.length; i++) {
            opensBefore[i + 1] = opensBefore[i] + (sentence[i] === '(' ? 1 : 0);
            closesBefore[i + 1] = closesBefore[i] + (sentence[i] === ')' ? 1 : 0);
          }
        }
        const ob = opensBefore;
        const need = closesBefore[at] > closesBefore[open + 1] ? 1 : 0; // '(' needed after the marker to stand at depth 1
        const opened = (j: number) => ob[inSentence[j].at - offset] - ob[at];
        const hi = close < 0 ? inSentence.length : firstAtOrAfter(inSentence, offset + close);
        // the first mention after the marker with `need` brackets opened since (opened only grows)
        let lo = firstAtOrAfter(inSentence, offset + at + 1);
        for (let top = hi; lo < top; ) {
          const mid = (lo + top) >>> 1;
          if (opened(mid) < need) lo = mid + 1;
          else top = mid;
        }
        const parts: Mention[] = [];
        for (let j = lo; j < hi && opened(j) === need && parts.length <= MAX_LIST_ITEMS; j++) parts.push(inSentence[j]);
        if (parts.length >= 2 && parts.length <= MAX_LIST_ITEMS) out.push({ marker: n[1], total, parts, numbered: [] });
      }
      if (inSentence.length) prevLast = inSentence[inSentence.length - 1];
      offset += sentence.length;
    });
  });
  return out;
}

export function readNarrative(wb: WorkbookData, tables: RecognizedTable[]): NarrativeDoc {
  const paragraphs = paragraphsOf(wb, tables);
  const by = new Map<Paragraph, Mention[]>();
  for (const p of paragraphs) by.set(p, amountsOf(p));
  return { paragraphs, amounts: paragraphs.flatMap((p) => by.get(p) ?? []), lists: listsOf(paragraphs, by) };
}
