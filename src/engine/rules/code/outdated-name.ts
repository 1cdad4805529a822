/**
 * outdated-name: a line under a name of an earlier edition (seed 002: （九）医疗卫生与计划生育支出,
 * 210 卫生健康支出 since 2019). When the template also has the current line, an amount on the old
 * one is a warning (it still counts as the current class in the cross-checks) and an empty old line
 * is a leftover (info); when the old name is the only line for its class, it is the template's
 * wording (info).
 */
import { lookup } from '../../catalog/catalog';
import { codeMessages } from '../../i18n/code-messages';
import { a1, CLASSIFIED_KINDS, forEachCode, rowHasAmount } from '../kit/cells';
import { defineRule } from '../types';

export const outdatedName = defineRule({
  id: 'outdated-name',
  severity: 'warning',
  description: { 'zh-CN': '使用了旧版科目名称', en: 'Outdated classification name' },
  needs: { tables: CLASSIFIED_KINDS },
  messages: { outdated: codeMessages.outdated },
  check(ctx) {
    forEachCode(ctx, (t, p, r, c, m) => {
      if (!c.former || !c.code) return;
      const current = lookup(ctx.catalog, c.scheme, c.code)?.name ?? c.name ?? '';
      // the current line beside it in the same table (the template kept both): the amount belongs there
      const beside = ctx.mapping(t).some((o) => o !== m && o.part === m.part && o.codes.some((x) => x.scheme === c.scheme && x.code === c.code && !x.former));
      const has = beside && rowHasAmount(t, p, r);
      const cells = [a1(r.row, r.labelCol ?? c.cols[0] ?? p.left)];
      ctx.report({
        severity: has ? 'warning' : 'info',
        sheet: t.sheet,
        cells,
        messageId: 'outdated', data: { written: c.former.name, code: c.code, current, since: c.former.since, hasAmount: has, beside },
      });
    });
  },
});
