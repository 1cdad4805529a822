/**
 * code-unknown: a well-formed code that the catalog in use does not hold (a retired 款/项, a typo
 * inside a valid class, or an entry the built-in catalog lacks). Warning, naming the catalog.
 */
import { lookup, structurallyValid } from '../../catalog/catalog';
import { codeMessages } from '../../i18n/code-messages';
import { CLASSIFIED_KINDS, codeCells, forEachCode } from '../kit/cells';
import { defineRule } from '../types';

export const codeUnknown = defineRule({
  id: 'code-unknown',
  severity: 'warning',
  description: { 'zh-CN': '编码不在所用分类目录中', en: 'Code not in the catalog in use' },
  needs: { tables: CLASSIFIED_KINDS },
  messages: { unknown: codeMessages.unknown },
  check(ctx) {
    forEachCode(ctx, (t, _p, r, c) => {
      if (c.matched !== 'code' || !c.code || !structurallyValid(ctx.catalog, c.scheme, c.code)) return;
      if (lookup(ctx.catalog, c.scheme, c.code)) return;
      ctx.report({ severity: 'warning', sheet: t.sheet, cells: codeCells(r, c), messageId: 'unknown', data: { code: c.code, scheme: c.scheme, catalog: ctx.catalog.labels[c.scheme] } });
    });
  },
});
