/**
 * placeholder: template leftovers in a table — XX / XXXX / xxx / ×× where a name belongs (seed 002:
 * 部门名称 洛阳市 XXXX 局, 备注 市 xxx 局), template alternatives (增加/减少), and a
 * 单位名称： line left blank.
 */
import { cellAt } from '../model/workbook';
import { presentationMessages } from '../i18n/presentation-messages';
import { cellText } from '../text';
import { a1 } from './helpers';
import type { Rule } from './types';

/** Placeholder text: two or more X / x / × not part of a Latin word, or an unresolved alternative. */
export const PLACEHOLDER = /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|增加\/减少|增长\/下降|增加[(（]减少[)）]|[(（]单位名称[)）]/;

export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'warning',
  description: { 'zh-CN': '模板占位内容未替换', en: 'Template placeholders left in' },
  kinds: 'any',
  check(ctx) {
    const sheets = new Map(ctx.workbook.sheets.map((s) => [s.name, s]));
    for (const t of ctx.tables) {
      const s = sheets.get(t.sheet);
      if (!s) continue;
      const seen = new Set<string>();
      // title, meta lines, header and body; notes below the body
      const bottom = Math.max(t.bottom, ...t.notes.map((n) => n.row));
      const right = Math.max(t.right, ...t.notes.map((n) => n.col));
      for (let r = t.titleRow; r <= bottom; r++) {
        for (let c = Math.min(t.left, t.titleCol); c <= right + 3; c++) {
          const v = cellAt(s, r, c).value;
          if (typeof v !== 'string') continue;
          const m = PLACEHOLDER.exec(v);
          if (!m || seen.has(`${r}:${c}`)) continue;
          seen.add(`${r}:${c}`);
          ctx.report({ rule: 'placeholder', severity: 'warning', sheet: t.sheet, cells: [a1(r, c)], message: presentationMessages.placeholder(v.trim().slice(0, 40)) });
        }
      }
      if (t.entityCell && !t.entityName) {
        const label = cellText(cellAt(s, t.entityCell.row, t.entityCell.col).value).trim();
        ctx.report({ rule: 'placeholder', severity: 'warning', sheet: t.sheet, cells: [a1(t.entityCell.row, t.entityCell.col)], message: presentationMessages.blankEntity(label) });
      }
    }
  },
};
