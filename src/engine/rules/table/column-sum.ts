/**
 * column-sum: down each amount column, a total row equals the sum of the rows it totals, a 类/款
 * subtotal row the sum of its 款/项 rows, a department row its unit rows, a unit row its detail
 * rows (the row tree built by recognition). Rounding inside the envelope → info.
 *
 * The row tree is a hypothesis: when most places of one kind of sum (the 合计 rows, the 类/款
 * subtotals, the department/unit rows) contradict it, the tree was misread, and one notice says so
 * instead of an error in every column.
 */
import { ALL_BLANK, cellFigure, compareDown, placeDown, PLACE_SKIPPED, PLACE_UNEQUAL, statedColumn } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import type { RecognizedTable, RowIdentity, TablePart } from '../../tables/model';
import { judge, judgedEqual, type Comparison } from '../../tolerance';
import { confirmed, contradicted, tally, tooFew } from '../kit/confirm';
import { a1, isBlankAmount, labelOfColumn, labelOfRow } from '../kit/cells';
import { defineRule } from '../types';

interface Place {
  t: RecognizedTable;
  id: RowIdentity;
  col: number;
  /** null: equal (the comparison is built only where it can be reported). */
  cmp: Comparison | null;
}

/** Other readings of the 合计 rows: the sum of the top-level rows, or of the leaves, in the same columns. */
function totalAlternatives(p: TablePart, list: Place[]): Place[][] {
  const targets = new Set(p.rowIdentities.map((id) => id.target));
  const body = p.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.role === 'detail' || r.role === 'subtotal' || r.role === 'unit' || r.role === 'dept');
  if (body.length === 0) return [];
  const top = Math.min(...body.map(({ r }) => r.level));
  const readings = [body.filter(({ r }) => r.level === top).map(({ i }) => i), body.filter(({ i }) => !targets.has(i)).map(({ i }) => i)];
  const out: Place[][] = [];
  for (const rows of readings) {
    const places: Place[] = [];
    for (const x of list) {
      const cmp = compareDown(x.t, p.rows, x.id.target, rows, x.col);
      if (cmp === null) continue;
      places.push({ ...x, id: { ...x.id, parts: rows }, cmp: cmp === ALL_BLANK ? judge(0, 0, 0) : cmp });
    }
    out.push(places);
  }
  return out;
}

/** The total cell is blank and another amount column of the part states, on the same row, exactly the sum of its parts. */
function statedBeside(t: RecognizedTable, p: TablePart, row: number, col: number, cmp: Comparison): boolean {
  if (!isBlankAmount(t, row, col) || cmp.expected === 0) return false;
  const stated = statedColumn(t, p, row);
  if (!stated || stated.col === col) return false;
  const f = cellFigure(t, row, stated.col);
  return f !== null && judgedEqual(f.value, cmp.expected);
}

export const columnSum = defineRule({
  id: 'column-sum',
  severity: 'error',
  description: {
    'zh-CN': '合计行、类/款汇总行、部门/单位行等于其所属各行之和',
    en: 'Total, class/subclass subtotal and department/unit rows equal the sum of their rows',
  },
  needs: { tables: 'any' },
  messages: { columnSum: messages.columnSum, columnStructure: messages.columnStructure },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.hasFigures) {
        ctx.skipped(t, SKIP_REASONS.noFigures);
        continue;
      }
      if (t.parts.every((p) => p.rowIdentities.length === 0)) {
        ctx.skipped(t, SKIP_REASONS.noRowIdentity);
        continue;
      }
      for (const p of t.parts) {
        // a 机关运行经费 column is no addend across a row (beside the 三公 costs), but down a column its rows add up like any other
        const amountCols = p.columns.filter((c) => c.role === 'amount' && (!c.nonAddend || c.measure === 'operating-costs')).map((c) => c.col);
        const byReason = new Map<RowIdentity['reason'], Place[]>();
        for (const id of p.rowIdentities) {
          for (const col of amountCols) {
            // all blank: nothing to compare; text or an error: reported by their own rules
            const place = placeDown(t.amounts, p.rows, id.target, id.parts, col);
            if (place === PLACE_SKIPPED) continue;
            let list = byReason.get(id.reason);
            if (!list) byReason.set(id.reason, (list = []));
            const cmp = place === PLACE_UNEQUAL ? (compareDown(t, p.rows, id.target, id.parts, col) as Comparison) : null;
            // a blank total whose sum the row states in the part's other breakdown (江苏's 收支预算总表
            // writes 当年支出小计 once, under 支出用途): the same total, confirmed by the figures
            list.push({ t, id, col, cmp: cmp && statedBeside(t, p, p.rows[id.target].row, col, cmp) ? null : cmp });
          }
        }
        // the hierarchy first: when it is not confirmed, the 合计 rows are compared with the leaves
        let hierarchyMisread = false;
        const order = [...byReason.keys()].sort((x, y) => Number(x === 'total' || x === 'grand-total') - Number(y === 'total' || y === 'grand-total'));
        for (const reason of order) {
          const found = byReason.get(reason)!;
          let list = found;
          let tl = tally(list);
          // a hierarchy of a few rows cannot be confirmed by its figures: it is the template's
          if (reason !== 'total' && reason !== 'grand-total' && tooFew(tl)) ctx.noted(t, SKIP_REASONS.fromTemplate);
          if (reason === 'total' && hierarchyMisread) {
            list = totalAlternatives(p, list)[1] ?? list;
            tl = tally(list);
          } else if (reason === 'total' && contradicted(tl)) {
            // a 合计 row that most columns contradict: it may total the top-level rows, or the leaves, rather than every row
            const alt = totalAlternatives(p, list).find((a) => confirmed(tally(a)));
            if (alt) {
              list = alt;
              tl = tally(list);
            }
          }
          // a single total row is one identity however many columns: only the hierarchy's many rows can outvote it
          if (reason !== 'total' && reason !== 'grand-total' && contradicted(tl) && new Set(list.map((x) => x.id)).size >= 3) {
            const firstTarget = p.rows[list[0].id.target];
            ctx.report({
              messageId: 'columnStructure',
              data: { reason, failed: tl.failed, applicable: tl.applicable },
              severity: 'info',
              sheet: t.sheet,
              cells: [a1(firstTarget.row, list[0].col)],
            });
            ctx.skipped(t, SKIP_REASONS.unconfirmed);
            hierarchyMisread = true;
            continue;
          }
          // the equal places: counted as checked at once; the others compared (and reported)
          let equalCells = 0;
          for (let k = 0; k < list.length; k++) {
            const { id, col, cmp } = list[k];
            if (cmp === null || cmp.verdict === 'equal') {
              equalCells += id.parts.length + 1;
              continue;
            }
            const target = p.rows[id.target];
            ctx.compare(t, id.parts.length + 1, cmp, ({ rounding }) => {
              const parts = id.parts.map((i) => p.rows[i]);
              const shown = parts.filter((r) => !isBlankAmount(t, r.row, col));
              return {
                messageId: 'columnSum',
                data: {
                  reason: id.reason,
                  rowLabel: labelOfRow(target),
                  columnLabel: labelOfColumn(p, col),
                  actual: cmp.actual,
                  expected: cmp.expected,
                  partCount: parts.length,
                  diff: cmp.diff,
                  rounding,
                  tolerance: cmp.tolerance,
                },
                sheet: t.sheet,
                cells: [a1(target.row, col), ...shown.map((r) => a1(r.row, col))],
              };
            });
          }
          if (equalCells > 0) ctx.checked(t, equalCells);
        }
      }
    }
  },
});
