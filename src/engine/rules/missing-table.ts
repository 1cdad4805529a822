/**
 * missing-table: every table of the profile must be in the workbook.
 */
import { messages } from '../i18n/messages';
import type { Rule } from './types';

export const missingTable: Rule = {
  id: 'missing-table',
  severity: 'error',
  description: { 'zh-CN': '缺少模板规定的公开表', en: 'A standard table of the profile is missing' },
  kinds: 'workbook',
  check(ctx) {
    const found = new Set(ctx.tables.map((t) => t.kind));
    for (const kind of ctx.profile.kinds) {
      if (found.has(kind)) continue;
      ctx.report({
        rule: 'missing-table',
        severity: 'error',
        sheet: null,
        cells: [],
        message: messages.missingTable(kind, ctx.profile.name),
      });
    }
  },
};
