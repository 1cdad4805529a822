/**
 * missing-table: every table of the profile must be in the workbook. A profile picked from the tables
 * found is a hypothesis, like any structure: when the workbook lacks more than MAX_MISSING_AUTO
 * (analysis) of its tables, it is another set (another region's template: 江苏's eleven tables are
 * closest to 河南's thirteen but are not them), and one notice says so instead of an error per table.
 */
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import { defineRule } from '../types';

export const missingTable = defineRule({
  id: 'missing-table',
  severity: 'error',
  description: { 'zh-CN': '缺少模板规定的公开表', en: 'A standard table of the profile is missing' },
  needs: { tables: 'workbook' },
  messages: { missingTable: messages.missingTable, profileUnconfirmed: messages.profileUnconfirmed, noTablesFound: messages.noTablesFound },
  check(ctx) {
    const unconfirmed = ctx.unconfirmedProfileTables;
    if (unconfirmed.length > 0) {
      if (unconfirmed.length === ctx.profile.kinds.length) ctx.report({ messageId: 'noTablesFound', severity: 'warning', data: { profileName: ctx.profile.name }, sheet: null, cells: [] });
      else ctx.report({ messageId: 'profileUnconfirmed', severity: 'info', data: { kinds: unconfirmed, profileName: ctx.profile.name }, sheet: null, cells: [] });
      ctx.skipped(null, SKIP_REASONS.profileUnconfirmed);
      return;
    }
    ctx.checked(null, ctx.profile.kinds.length);
    for (const kind of ctx.missingTables) {
      ctx.report({ messageId: 'missingTable', data: { kind, profileName: ctx.profile.name }, sheet: null, cells: [] });
    }
  },
});
