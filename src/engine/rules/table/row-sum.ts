/**
 * row-sum: within each row, a total column equals the sum of its part columns
 * (合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费; 三公 合计 = 出国 + 接待 + 用车 …),
 * as the header tree says. Rounding inside the envelope → info.
 *
 * The header's composition is a hypothesis: when most rows contradict it, the columns just right of
 * the total are tried instead (a misread header), and a composition the figures confirm is used;
 * when none is confirmed, one notice says so and no row is reported.
 */
import { cellFigure, compareAcross, placeAcross, PLACE_EQUAL_NONZERO, PLACE_SKIPPED, PLACE_UNEQUAL } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import type { ColumnIdentity, RecognizedTable, TablePart, TableRow } from '../../tables/model';
import type { Comparison } from '../../tolerance';
import { confirmed, contradicted, tooFew, type Tally } from '../kit/confirm';
import { a1, isBlankAmount, labelOfColumn, labelOfRow, NON_FIGURE_ROLES } from '../kit/cells';
import { defineRule } from '../types';

interface Place {
  row: TableRow;
  cmp: Comparison;
}

/** An identity over a part's rows: the tally, and the places that were not equal (the only ones that can be reported). */
interface Places extends Tally {
  /** Whether some row confirms the identity with a figure other than zero. */
  confirmsNonZero: boolean;
  /** Places within or beyond the rounding envelope, in row order. */
  unequal: Place[];
}

/**
 * The identity on every row where all its figures can be read and not all are blank (text/error
 * cells are reported by their own rules). A large table has hundreds of thousands of places, nearly
 * all equal: only the others are kept.
 */
function places(t: RecognizedTable, p: TablePart, id: ColumnIdentity): Places {
  const out: Places = { applicable: 0, failed: 0, confirmsNonZero: false, unequal: [] };
  for (let i = 0; i < p.rows.length; i++) {
    const row = p.rows[i];
    if (NON_FIGURE_ROLES.has(row.role)) continue;
    const place = placeAcross(t.amounts, row.row, id.target, id.parts);
    if (place === PLACE_SKIPPED) continue;
    out.applicable++;
    if (place !== PLACE_UNEQUAL) {
      if (place === PLACE_EQUAL_NONZERO) out.confirmsNonZero = true;
      continue;
    }
    const cmp = compareAcross(t, row.row, id.target, id.parts) as Comparison;
    if (cmp.verdict === 'mismatch') out.failed++;
    out.unequal.push({ row, cmp });
  }
  return out;
}

/** Other compositions of a total: the next 1…n addend columns to its right. */
function alternatives(p: TablePart, id: ColumnIdentity): ColumnIdentity[] {
  const cols = p.columns.filter((c) => c.role === 'amount' && !c.nonAddend && c.col > id.target).map((c) => c.col);
  const out: ColumnIdentity[] = [];
  for (let k = 1; k <= Math.min(cols.length, 8); k++) {
    const parts = cols.slice(0, k);
    if (parts.length !== id.parts.length || parts.some((c, i) => c !== id.parts[i])) out.push({ target: id.target, parts });
  }
  return out;
}

const identityText = (p: TablePart, id: ColumnIdentity) => `${labelOfColumn(p, id.target)} = ${id.parts.map((c) => labelOfColumn(p, c)).join(' + ')}`;

export const rowSum = defineRule({
  id: 'row-sum',
  severity: 'error',
  description: {
    'zh-CN': '同一行中，合计栏等于其组成栏之和（合计 = 基本支出 + 项目支出 等）',
    en: 'Within a row, a total column equals the sum of its part columns',
  },
  needs: { tables: 'any' },
  messages: { rowSum: messages.rowSum, rowStructure: messages.rowStructure },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.hasFigures) {
        ctx.skipped(t, SKIP_REASONS.noFigures);
        continue;
      }
      if (t.parts.every((p) => p.columnIdentities.length === 0)) {
        ctx.skipped(t, SKIP_REASONS.noColumnIdentity);
        continue;
      }
      for (const p of t.parts) {
        for (const header of p.columnIdentities) {
          let id = header;
          let found = places(t, p, id);
          const first: Tally = { applicable: found.applicable, failed: found.failed };
          if (tooFew(first)) ctx.noted(t, SKIP_REASONS.fromTemplate);
          if (contradicted(first)) {
            // the header was misread: a composition the figures confirm, else one notice
            const alt = alternatives(p, header)
              .map((a) => ({ id: a, found: places(t, p, a) }))
              .filter((a) => a.found.confirmsNonZero && confirmed(a.found))
              .sort((a, b) => b.found.applicable - a.found.applicable || b.id.parts.length - a.id.parts.length)[0];
            if (!alt) {
              ctx.report({
                messageId: 'rowStructure',
                data: { identity: identityText(p, header), failed: first.failed, applicable: first.applicable },
                severity: 'info',
                sheet: t.sheet,
                cells: [a1(p.rows.find((r) => !NON_FIGURE_ROLES.has(r.role))?.row ?? t.headerBottom, header.target)],
              });
              ctx.skipped(t, SKIP_REASONS.unconfirmed);
              continue;
            }
            id = alt.id;
            found = alt.found;
          }
          // the equal places: counted as checked; the others compared (and reported)
          const equal = found.applicable - found.unequal.length;
          if (equal > 0) ctx.checked(t, equal * (id.parts.length + 1));
          for (let k = 0; k < found.unequal.length; k++) {
            const { row, cmp } = found.unequal[k];
            ctx.compare(t, id.parts.length + 1, cmp, ({ rounding }) => {
              const shownParts = id.parts.filter((c) => !isBlankAmount(t, row.row, c));
              return {
                messageId: 'rowSum',
                data: {
                  rowLabel: labelOfRow(row),
                  target: { label: labelOfColumn(p, id.target), value: cmp.actual },
                  parts: (shownParts.length ? shownParts : id.parts).map((c) => ({ label: labelOfColumn(p, c), value: cellFigure(t, row.row, c)!.value })),
                  diff: cmp.diff,
                  rounding,
                  tolerance: cmp.tolerance,
                },
                sheet: t.sheet,
                cells: [a1(row.row, id.target), ...shownParts.map((c) => a1(row.row, c))],
              };
            });
          }
        }
      }
    }
  },
});
