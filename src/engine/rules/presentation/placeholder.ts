/**
 * placeholder: template leftovers in a table — XX / XXXX / xxx / ×× where a name belongs (seed 002:
 * 部门名称 洛阳市 XXXX 局, 备注 市 xxx 局), template alternatives (增加/减少), and a
 * 单位名称： line left blank.
 */
import { presentationMessages } from '../../i18n/presentation-messages';
import { SKIP_REASONS } from '../../i18n/coverage';
import { a1 } from '../kit/cells';
import { defineRule } from '../types';

/** Placeholder text: two or more X / x / × not part of a Latin word, or an unresolved alternative. */
export const PLACEHOLDER = /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|增加\/减少|增长\/下降|增加[(（]减少[)）]|[(（]单位名称[)）]/;

export const placeholder = defineRule({
  id: 'placeholder',
  severity: 'warning',
  description: { 'zh-CN': '模板占位内容未替换', en: 'Template placeholders left in' },
  needs: { tables: 'any' },
  messages: { placeholder: presentationMessages.placeholder, blankEntity: presentationMessages.blankEntity },
  check(ctx) {
    for (const t of ctx.tables) {
      // a blank template has its name line and placeholders still to be filled: nothing is left over yet
      if (ctx.blankWorkbook) {
        ctx.skipped(t, SKIP_REASONS.blankTemplate);
        continue;
      }
      let n = 0;
      for (const x of t.texts) {
        n++;
        if (!PLACEHOLDER.test(x.text)) continue;
        ctx.report({ severity: 'warning', sheet: t.sheet, cells: [a1(x.row, x.col)], messageId: 'placeholder', data: { text: x.text.trim().slice(0, 40) } });
      }
      if (t.entityCell && !t.entityName) {
        n++;
        ctx.report({ severity: 'warning', sheet: t.sheet, cells: [a1(t.entityCell.row, t.entityCell.col)], messageId: 'blankEntity', data: { label: t.entityLabel ?? '' } });
      }
      ctx.checked(t, n);
    }
  },
});
