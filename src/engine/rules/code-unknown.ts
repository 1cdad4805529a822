/**
 * code-unknown: a well-formed code that the catalog in use does not hold (a retired 款/项, a typo
 * inside a valid class, or an entry the built-in catalog lacks). Warning, naming the catalog.
 */
import { lookup } from '../catalog/catalog';
import { codeMessages } from '../i18n/code-messages';
import { structurallyValid } from './code-invalid';
import { CLASSIFIED_KINDS, codeCells, forEachCode } from './helpers';
import type { Rule } from './types';

export const codeUnknown: Rule = {
  id: 'code-unknown',
  severity: 'warning',
  description: { 'zh-CN': '编码不在所用分类目录中', en: 'Code not in the catalog in use' },
  kinds: CLASSIFIED_KINDS,
  check(ctx) {
    forEachCode(ctx, (t, _p, r, c) => {
      if (c.matched !== 'code' || !c.code || !structurallyValid(ctx, c.scheme, c.code)) return;
      if (lookup(ctx.catalog, c.scheme, c.code)) return;
      ctx.report({ rule: 'code-unknown', severity: 'warning', sheet: t.sheet, cells: codeCells(r, c), message: codeMessages.unknown(c.code, c.scheme, ctx.catalog.labels[c.scheme]) });
    });
  },
};
