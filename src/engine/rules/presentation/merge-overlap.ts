/**
 * merge-overlap: merged areas that overlap another one (some exports write them; Excel itself
 * refuses to create them). The workbook is read anyway, without them; one note per sheet says so.
 */
import { presentationMessages } from '../../i18n/presentation-messages';
import { rangeToA1 } from '../../model/address';
import { defineRule } from '../types';

export const mergeOverlap = defineRule({
  id: 'merge-overlap',
  severity: 'info',
  description: { 'zh-CN': '重叠的合并单元格（已忽略后读取）', en: 'Overlapping merged areas (read without them)' },
  needs: { tables: 'workbook' },
  messages: { overlappingMerges: presentationMessages.overlappingMerges },
  check(ctx) {
    ctx.checked(null, 1);
    for (const s of ctx.ignoredMerges) {
      const cells = s.ranges.slice(0, 12).map(rangeToA1);
      ctx.report({ messageId: 'overlappingMerges', data: { count: s.ranges.length, example: cells[0] }, sheet: s.sheet, cells });
    }
  },
});
