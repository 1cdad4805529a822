/**
 * missing-table: every table of the profile must be in the workbook.
 */
import { messages } from '../../i18n/messages';
import { defineRule } from '../types';

export const missingTable = defineRule({
  id: 'missing-table',
  severity: 'error',
  description: { 'zh-CN': '缺少模板规定的公开表', en: 'A standard table of the profile is missing' },
  needs: { tables: 'workbook' },
  messages: { missingTable: messages.missingTable },
  check(ctx) {
    ctx.checked(null, ctx.profile.kinds.length);
    for (const kind of ctx.missingTables) {
      ctx.report({ messageId: 'missingTable', data: { kind, profileName: ctx.profile.name }, sheet: null, cells: [] });
    }
  },
});
