/**
 * empty-table-note: a gov-fund, state-capital or "三公" table with no amounts must say why it is
 * empty (…无…安排的支出，故本表无数据 / 故本表为空表 / 本表为空).
 */
import { presentationMessages } from '../../i18n/presentation-messages';
import { a1 } from '../kit/cells';
import { someAmount } from '../../tables/model';
import { defineRule } from '../types';

/** A note that explains an empty table. */
export const EMPTY_NOTE = /(无|没有|未安排|不涉及)[^。；;]{0,40}(支出|经费|安排|预算|数据|收入|收支)|(本|此|该)表(无数据|为空|空表)|空表|无数据/;

export const emptyTableNote = defineRule({
  id: 'empty-table-note',
  severity: 'warning',
  description: { 'zh-CN': '空表应注明原因', en: 'An empty table says why it is empty' },
  needs: { tables: ['gov-fund', 'state-capital', 'three-public'] },
  messages: { emptyWithoutNote: presentationMessages.emptyWithoutNote },
  check(ctx) {
    for (const t of ctx.tables) {
      ctx.checked(t, 1);
      const empty = !someAmount(t.amounts, (a) => a.kind !== 'blank' && !(a.kind === 'number' && a.value === 0));
      if (!empty) continue;
      if (t.notes.some((n) => EMPTY_NOTE.test(n.text))) continue;
      ctx.report({ severity: 'warning', sheet: t.sheet, cells: [a1(t.titleRow, t.titleCol)], messageId: 'emptyWithoutNote', data: { kind: t.kind } });
    }
  },
});
