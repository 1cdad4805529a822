/**
 * code-duplicate: the same code (the same combination of codes, under the same unit) twice in one
 * table (seed 001: 30103 奖金 listed twice in the basic-expenditure table). Warning.
 */
import { codeMessages } from '../../i18n/code-messages';
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

export const codeDuplicate = defineRule({
  id: 'code-duplicate',
  severity: 'warning',
  description: { 'zh-CN': '同一编码在一张表中重复出现', en: 'The same code twice in one table' },
  needs: { tables: CLASSIFIED_KINDS.filter((k) => k !== 'summary' && k !== 'fiscal-summary') },
  messages: { duplicate: codeMessages.duplicate },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!codesCovered(ctx, t)) continue;
      const groups = new Map<string, { row: TableRow; cols: number[]; codes: string[] }[]>();
      for (const m of ctx.mapping(t)) {
        const coded = m.codes.filter((c) => c.matched === 'code' && c.code);
        if (coded.length === 0) continue;
        const p = t.parts[m.part];
        const r = p.rows[m.index];
        let key = `${m.part}|${unitOf(p, r)}`;
        for (const c of coded) key += `|${c.scheme}:${c.code}`;
        const list = groups.get(key) ?? [];
        list.push({ row: r, cols: coded[0].cols, codes: coded.map((c) => c.code ?? '') });
        groups.set(key, list);
      }
      for (const list of groups.values()) {
        if (list.length < 2) continue;
        ctx.report({
          severity: 'warning',
          sheet: t.sheet,
          cells: list.flatMap((x) => x.cols.slice(0, 1).map((c) => a1(x.row.row, c))),
          messageId: 'duplicate', data: { code: list[0].codes.join('→'), count: list.length },
        });
      }
    }
  },
});
