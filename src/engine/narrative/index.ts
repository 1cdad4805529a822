/**
 * The budget narrative (预算说明): the text cells of the workbook outside the recognised tables,
 * read into paragraphs, sentences and statements — amounts with their topic, year-on-year changes,
 * shares, and lists that must add up.
 */
import { cellText, toHalfWidth } from '../text';
import type { RecognizedTable } from '../tables/model';
import { forEachCell, type WorkbookData } from '../model/workbook';
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

const AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)(?!\s*以[上下])/g;
const CHANGE_UP = /(增加|增长|上升|提高)[^，,。；;]{0,4}$/;
const CHANGE_DOWN = /(减少|下降|降低|压减|节约)[^，,。；;]{0,4}$/;
const CHANGE_CONTEXT = /比|较上年|与上年|同比|相比/;
const LIST_MARKER = /(其中|主要包括|包括|分别是|分别为|主要用于以下方面)\s*[:：,，]?\s*(?=\d|[^\d]|$)/;
const NUMBERED = /^\s*[(（]?\d{1,2}[)）]?\s*[、.．](?!\d)|^\s*[(（]\d{1,2}[)）]/;
const SECTION = /^\s*([一二三四五六七八九十]+)\s*[、.]/;

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
    // the stored cells only: a stray far cell must not make this walk the used range's rectangle
    forEachCell(s, (r, c, cell) => {
      const v = cell.value;
      if (typeof v !== 'string' || inTable(r, c) || !isNarrativeCell(v)) return;
      const text = cellText(v).trim();
      const norm = toHalfWidth(text);
      if (SECTION.test(norm) && norm.length < 40) section = norm;
      out.push({ sheet: s.name, row: r, col: c, text, norm, section });
    });
  }
  return out;
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
      const before = sentence.slice(0, at);
      // the clause: back to the previous amount or clause mark
      const clauseStart = Math.max(last, before.search(/[^，,；;：:。、]*$/));
      const lead = sentence.slice(clauseStart, at);
      const wide = sentence.slice(Math.max(last, before.lastIndexOf('。') + 1), at);
      const up = CHANGE_UP.test(before) || (CHANGE_CONTEXT.test(lead) && /增/.test(lead));
      const down = CHANGE_DOWN.test(before) || (CHANGE_CONTEXT.test(lead) && /减|降/.test(lead));
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
        topic: topicOf(lead) ?? topicOf(wide.slice(-24)),
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

/** How many brackets are open at `to`, counted from `from` (half-width text). */
function bracketDepth(s: string, from: number, to: number): number {
  let d = 0;
  for (let i = Math.max(0, from); i < to && i < s.length; i++) {
    if (s[i] === '(') d++;
    else if (s[i] === ')' && d > 0) d--;
  }
  return d;
}

/**
 * Lists: a total, a marker (其中 / 包括 / 分别是 …), and the amounts after it — in the same sentence,
 * or, when the paragraph ends with the marker, the first amount of each numbered paragraph after it.
 */
function listsOf(paras: Paragraph[], amounts: Map<Paragraph, Mention[]>): NarrativeList[] {
  const out: NarrativeList[] = [];
  paras.forEach((p, pi) => {
    const own = (amounts.get(p) ?? []).filter((a) => !a.change);
    const sentences = p.norm.split(/(?<=[。])/);
    let offset = 0;
    let prevLast: Mention | undefined;
    sentences.forEach((sentence, si) => {
      const m = LIST_MARKER.exec(sentence);
      const inSentence = own.filter((a) => a.sentence === si);
      if (m) {
        const markerAt = offset + (m.index ?? 0);
        const before = inSentence.filter((a) => a.at < markerAt);
        // the total is named in the marker's own sentence, or ends the sentence just before a sentence that opens with the marker
        const opensWithMarker = (m.index ?? 0) <= 2;
        const total = before[before.length - 1] ?? (before.length === 0 && opensWithMarker ? prevLast : undefined);
        // a 其中 inside brackets belongs to the item before it (购置及运行费 x（其中：购置费 y，运行费 z）): not the list's own items
        let parts = inSentence.filter((a) => a.at > markerAt && bracketDepth(sentence, markerAt - offset, a.at - offset) === 0);
        // the list goes on in the numbered paragraphs that follow a paragraph ending with its marker
        const endsWithMarker = si === sentences.length - 1 && /[:：]\s*$/.test(sentence);
        if (total && (parts.length === 0 || endsWithMarker || /分别是|分别为/.test(m[0]))) {
          const first = parts.slice(0, 1);
          const more: Mention[] = [];
          for (let k = pi + 1; k < paras.length; k++) {
            const q = paras[k];
            if (q.sheet !== p.sheet || !NUMBERED.test(q.norm)) break;
            const a = (amounts.get(q) ?? []).find((x) => !x.change);
            if (a) more.push({ ...a, numbered: true });
          }
          if (more.length) parts = [...first, ...more];
        }
        if (total && parts.length >= 2) out.push({ marker: m[1], total, parts, numbered: parts.filter((a) => a.numbered) });
      }
      // lists inside brackets: （其中：购置费 y，运行费 z） itemises the amount just before the bracket
      for (const n of sentence.matchAll(new RegExp(LIST_MARKER.source, 'g'))) {
        const at = n.index ?? 0;
        const depth = bracketDepth(sentence, 0, at);
        if (depth === 0) continue;
        const open = sentence.lastIndexOf('(', at);
        const total = inSentence.filter((a) => a.at - offset < open).pop();
        const close = sentence.indexOf(')', at);
        const parts = inSentence.filter((a) => a.at - offset > at && (close < 0 || a.at - offset < close) && bracketDepth(sentence, open, a.at - offset) === 1);
        if (total && parts.length >= 2) out.push({ marker: n[1], total, parts, numbered: [] });
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
