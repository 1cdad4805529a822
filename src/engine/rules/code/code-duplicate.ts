/**
 * code-duplicate: the same code (the same combination of codes, under the same unit) twice in one
 * table (seed 001: 30103 奖金 listed twice in the basic-expenditure table). Warning.
 */
import { codeMessages } from '../../i18n/code-messages';
import type { MappedCode, MappedRow } from '../../catalog/mapping';
import type { TablePart, TableRow } from '../../tables/model';
import { a1, CLASSIFIED_KINDS, codesCovered } from '../kit/cells';
import { defineRule } from '../types';

function unitOf(p: TablePart, r: TableRow): string {
  if (r.unitCode) return r.unitCode;
  let i = r.parent;
  while (i !== null) {
    const a = p.rows[i];
    if (a.role === 'unit' || a.role === 'dept') return a.unitCode ?? a.key;
    i = a.parent;
  }
  return '';
}

/** The codes of a mapped row read as codes (not found by name). */
function codedOf(m: MappedRow): MappedCode[] {
  return m.codes.filter((c) => c.matched === 'code' && c.code);
}

export const codeDuplicate = defineRule({
  id: 'code-duplicate',
  severity: 'warning',
  description: { 'zh-CN': '同一编码在一张表中重复出现', en: 'The same code twice in one table' },
  needs: { tables: CLASSIFIED_KINDS.filter((k) => k !== 'summary' && k !== 'fiscal-summary') },
  messages: { duplicate: codeMessages.duplicate },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!codesCovered(ctx, t)) continue;
      // each key's first row alone, a list only when a second row repeats it (most codes appear once)
      const groups = new Map<string, MappedRow | MappedRow[]>();
      const mapping = ctx.mapping(t);
      for (let i = 0; i < mapping.length; i++) {
        const m = mapping[i];
        const coded = codedOf(m);
        if (coded.length === 0) continue;
        const p = t.parts[m.part];
        let key = `${m.part}|${unitOf(p, p.rows[m.index])}`;
        for (let k = 0; k < coded.length; k++) key += `|${coded[k].scheme}:${coded[k].code}`;
        const seen = groups.get(key);
        if (seen === undefined) groups.set(key, m);
        else if (Array.isArray(seen)) seen.push(m);
        else groups.set(key, [seen, m]);
      }
      for (const list of groups.values()) {
        if (!Array.isArray(list)) continue;
        ctx.report({
          severity: 'warning',
          sheet: t.sheet,
          cells: list.flatMap((m) => codedOf(m)[0].cols.slice(0, 1).map((c) => a1(m.row, c))),
          messageId: 'duplicate', data: { code: codedOf(list[0]).map((c) => c.code ?? '').join('→'), count: list.length },
        });
      }
    }
  },
});
