/**
 * code-invalid: a classification code that cannot be right whatever the catalog — a code of another
 * classification in the column (seed 001: 20107 绩效工资 in the 部门经济分类 column), a class that
 * does not exist, a code of the wrong length, or a 政府经济分类 left at its class beside a 款-level
 * 部门 code (seed 002: 302 99 → 502).
 */
import { classExists, entriesNamed, lookup, SCHEME_DIGIT } from '../../catalog/catalog';
import { stripCode } from '../../catalog/mapping';
import type { Scheme } from '../../catalog/types';
import { codeMessages } from '../../i18n/code-messages';
import { a1, CLASSIFIED_KINDS, codeCells, codeColumnsOf, forEachCode, nameColOf } from '../kit/cells';
import { defineRule } from '../types';

const SCHEME_OF_DIGIT: Record<string, Scheme> = { '2': 'fn', '3': 'econ', '5': 'gov' };

export const codeInvalid = defineRule({
  id: 'code-invalid',
  severity: 'error',
  description: {
    'zh-CN': '编码结构错误：位数不对、类不存在、填错分类栏（功能分类与经济分类混填）、政府经济分类缺款',
    en: 'Structurally invalid code: wrong length, no such class, a code of another classification, a government code without its kind',
  },
  needs: { tables: CLASSIFIED_KINDS },
  messages: { badLength: codeMessages.badLength, wrongScheme: codeMessages.wrongScheme, noSuchClass: codeMessages.noSuchClass, incomplete: codeMessages.incomplete },
  check(ctx) {
    forEachCode(ctx, (t, p, r, c, m) => {
      if (c.matched !== 'code' || !c.code) {
        if (c.raw && r.role === 'detail') {
          const cells = codeColumnsOf(p, c.scheme).map((col) => a1(r.row, col));
          ctx.report({ severity: 'error', sheet: t.sheet, cells, messageId: 'badLength', data: { text: c.raw, scheme: c.scheme } });
        }
        return;
      }
      const code = c.code;
      if (code[0] !== SCHEME_DIGIT[c.scheme]) {
        const belongs = SCHEME_OF_DIGIT[code[0]] ?? null;
        const belongsName = belongs ? (lookup(ctx.catalog, belongs, code)?.name ?? null) : null;
        const named = entriesNamed(ctx.catalog, c.scheme, stripCode(c.written));
        const suggestion = named.find((e) => e.code.slice(1) === code.slice(1)) ?? (named.length === 1 ? named[0] : null);
        ctx.report({
          severity: 'error',
          sheet: t.sheet,
          cells: codeCells(r, c, nameColOf(p, r, c.scheme)),
          messageId: 'wrongScheme', data: { code, column: c.scheme, belongs, belongsName, suggestion: suggestion ? { code: suggestion.code, name: suggestion.name } : null },
        });
        return;
      }
      if (!classExists(ctx.catalog, c.scheme, code.slice(0, 3))) {
        ctx.report({ severity: 'error', sheet: t.sheet, cells: codeCells(r, c), messageId: 'noSuchClass', data: { code, scheme: c.scheme } });
        return;
      }
      // an economic pair at different depths on a leaf row: 302 99 beside 502
      if (r.role === 'detail' && c.level === 'class' && (c.scheme === 'gov' || c.scheme === 'econ')) {
        const other = m.codes.find((o) => o !== c && (o.scheme === 'gov' || o.scheme === 'econ') && o.matched === 'code' && o.level === 'kind');
        if (other?.code) {
          ctx.report({ severity: 'error', sheet: t.sheet, cells: codeCells(r, c), messageId: 'incomplete', data: { code, scheme: c.scheme, other: other.code, otherScheme: other.scheme } });
        }
      }
    });
  },
});
