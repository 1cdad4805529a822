/**
 * code-name: the name written beside a code is not the catalog's name for it. A warning with the
 * catalog's name; an error when the written name is the name of another code close by (the same
 * class or 款, or the only code with that name): then the code is probably what is wrong
 * (seed 002: 302 99 named 商品和服务支出, the name of class 302).
 */
import { entriesNamed, lookup, nameAgrees, nameKey, structurallyValid } from '../../catalog/catalog';
import { stripCode } from '../../catalog/mapping';
import { codeMessages } from '../../i18n/code-messages';
import { CLASSIFIED_KINDS, codeCells, forEachCode, nameColOf } from '../kit/cells';
import { defineRule } from '../types';

export const codeName = defineRule({
  id: 'code-name',
  severity: 'error',
  description: { 'zh-CN': '科目编码与名称不符', en: 'Code and name disagree' },
  needs: { tables: CLASSIFIED_KINDS },
  messages: { nameOfOther: codeMessages.nameOfOther, nameDiffers: codeMessages.nameDiffers },
  check(ctx) {
    forEachCode(ctx, (t, p, r, c) => {
      if (c.matched !== 'code' || !c.code || c.former || !structurallyValid(ctx.catalog, c.scheme, c.code)) return;
      const e = lookup(ctx.catalog, c.scheme, c.code);
      const written = stripCode(c.written).trim();
      if (!e || !written || nameKey(written) === nameKey(e.name)) return;
      const nameCol = nameColOf(p, r, c.scheme);
      // the written name is exactly another code's: the nearest namesake (same 款, else same 类, else the only one)
      const others = entriesNamed(ctx.catalog, c.scheme, written).filter((o) => o.code !== e.code);
      const sameKind = others.find((o) => e.code.length >= 5 && o.code.startsWith(e.code.slice(0, 5)));
      const sameClass = others.find((o) => o.code.slice(0, 3) === e.code.slice(0, 3));
      const other = sameKind ?? sameClass ?? (others.length === 1 ? others[0] : undefined);
      if (!other && nameAgrees(ctx.catalog, c.scheme, e, written)) return;
      const cells = codeCells(r, c, nameCol);
      if (other) ctx.report({ messageId: 'nameOfOther', data: { code: c.code, written, catalogName: e.name, other }, severity: 'error', sheet: t.sheet, cells });
      else ctx.report({ messageId: 'nameDiffers', data: { code: c.code, written, catalogName: e.name, scheme: c.scheme }, severity: 'warning', sheet: t.sheet, cells });
    });
  },
});
