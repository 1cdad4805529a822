/**
 * row-sum: within each row, a total column equals the sum of its part columns
 * (合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费; 三公 合计 = 出国 + 接待 + 用车 …),
 * as the header tree says. Rounding inside the envelope → info.
 *
 * The header's composition is a hypothesis: when most rows contradict it, the columns just right of
 * the total are tried instead (a misread header), and a composition the figures confirm is used;
 * when none is confirmed, one notice says so and no row is reported.
 */
import { ALL_BLANK, cellFigure, compareAcross } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import type { ColumnIdentity, RecognizedTable, TablePart, TableRow } from '../../tables/model';
import type { Comparison } from '../../tolerance';
import { confirmed, contradicted, tally, tooFew } from '../kit/confirm';
import { a1, isBlankAmount, labelOfColumn, labelOfRow, NON_FIGURE_ROLES } from '../kit/cells';
import { defineRule } from '../types';

interface Place {
  row: TableRow;
  cmp: Comparison;
}

/** The identity on every row where all its figures can be read and not all are blank. */
function places(t: RecognizedTable, p: TablePart, id: ColumnIdentity): Place[] {
  const out: Place[] = [];
  for (let i = 0; i < p.rows.length; i++) {
    const row = p.rows[i];
    if (NON_FIGURE_ROLES.has(row.role)) continue;
    // all blank: nothing to compare; text or an error: reported by their own rules
    const cmp = compareAcross(t, row.row, id.target, id.parts);
    if (cmp === null || cmp === ALL_BLANK) continue;
    out.push({ row, cmp });
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
          const first = tally(found.map((x) => x.cmp));
          if (tooFew(first)) ctx.noted(t, SKIP_REASONS.fromTemplate);
          if (contradicted(first)) {
            // the header was misread: a composition the figures confirm, else one notice
            const alt = alternatives(p, header)
              .map((a) => ({ id: a, found: places(t, p, a) }))
              .filter((a) => a.found.some((x) => x.cmp.verdict === 'equal' && x.cmp.actual !== 0) && confirmed(tally(a.found.map((x) => x.cmp))))
              .sort((a, b) => b.found.length - a.found.length || b.id.parts.length - a.id.parts.length)[0];
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
          for (let k = 0; k < found.length; k++) {
            const { row, cmp } = found[k];
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
