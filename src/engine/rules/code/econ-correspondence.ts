/**
 * econ-correspondence: 部门预算经济分类 → 政府预算经济分类 must follow the correspondence of the
 * unit's type. Not in either correspondence: error (30107 → 50905). Only in the other type's:
 * warning (seed 002: 30107 → 50501 in an administrative department). The same 部门 code mapped to
 * two 政府 codes in one table: warning (seed 001: 30213 → 50502 and 50209).
 */
import { correspondingGov, govFits, structurallyValid } from '../../catalog/catalog';
import type { MappedCode } from '../../catalog/mapping';
import { codeMessages } from '../../i18n/code-messages';
import type { TableRow } from '../../tables/model';
import { a1, codesCovered } from '../kit/cells';
import { defineRule } from '../types';

export const econCorrespondence = defineRule({
  id: 'econ-correspondence',
  severity: 'error',
  description: { 'zh-CN': '部门经济分类与政府经济分类的对应关系', en: 'Departmental ↔ government economic correspondence' },
  needs: { tables: ['basic-expenditure', 'economic-summary', 'operating-funds'] },
  messages: { correspondenceNone: codeMessages.correspondenceNone, correspondenceOther: codeMessages.correspondenceOther, mappedTwice: codeMessages.mappedTwice },
  check(ctx) {
    const type = ctx.unitType.type;
    for (const t of ctx.tables) {
      if (!codesCovered(ctx, t)) continue;
      const seen = new Map<string, { gov: string; row: TableRow; econ: MappedCode; govCode: MappedCode }[]>();
      for (const m of ctx.mapping(t)) {
        const econ = m.codes.find((c) => c.scheme === 'econ' && c.matched === 'code' && c.level === 'kind');
        const gov = m.codes.find((c) => c.scheme === 'gov' && c.matched === 'code' && c.level === 'kind');
        if (!econ?.code || !gov?.code || !structurallyValid(ctx.catalog, 'econ', econ.code) || !structurallyValid(ctx.catalog, 'gov', gov.code)) continue;
        const r = t.parts[m.part].rows[m.index];
        const cells = [...gov.cols, ...econ.cols].map((c) => a1(r.row, c));
        const list = seen.get(econ.code) ?? [];
        list.push({ gov: gov.code, row: r, econ, govCode: gov });
        seen.set(econ.code, list);
        const admin = correspondingGov(ctx.catalog, econ.code, 'admin');
        const inst = correspondingGov(ctx.catalog, econ.code, 'institution');
        if (!admin || !inst) continue; // no correspondence known for this code
        const fitsAdmin = govFits(admin, gov.code);
        const fitsInst = govFits(inst, gov.code);
        if (!fitsAdmin && !fitsInst) {
          const allowed = type ? (type === 'admin' ? admin : inst) : [...new Set([...admin, ...inst])];
          ctx.report({ severity: 'error', sheet: t.sheet, cells, messageId: 'correspondenceNone', data: { econ: econ.code, gov: gov.code, allowed: allowed.map((a) => (a.length === 3 ? `${a}xx` : a)) } });
        } else if (type && !(type === 'admin' ? fitsAdmin : fitsInst)) {
          ctx.report({ severity: 'warning', sheet: t.sheet, cells, messageId: 'correspondenceOther', data: { econ: econ.code, gov: gov.code, unit: type } });
        }
      }
      for (const [code, list] of seen) {
        const govs = [...new Set(list.map((x) => x.gov))];
        if (govs.length < 2) continue;
        ctx.report({
          severity: 'warning',
          sheet: t.sheet,
          cells: list.map((x) => a1(x.row.row, x.govCode.cols[0])),
          messageId: 'mappedTwice', data: { econ: code, govs },
        });
      }
    }
  },
});
