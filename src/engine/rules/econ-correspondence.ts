/**
 * econ-correspondence: 部门预算经济分类 → 政府预算经济分类 must follow the correspondence of the
 * unit's type. Not in either correspondence: error (30107 → 50905). Only in the other type's:
 * warning (seed 002: 30107 → 50501 in an administrative department). The same 部门 code mapped to
 * two 政府 codes in one table: warning (seed 001: 30213 → 50502 and 50209).
 */
import { correspondingGov, govFits } from '../catalog/catalog';
import type { MappedCode } from '../catalog/mapping';
import { codeMessages } from '../i18n/code-messages';
import type { TableRow } from '../tables/model';
import { structurallyValid } from './code-invalid';
import { a1 } from './helpers';
import type { Rule } from './types';

export const econCorrespondence: Rule = {
  id: 'econ-correspondence',
  severity: 'error',
  description: { 'zh-CN': '部门经济分类与政府经济分类的对应关系', en: 'Departmental ↔ government economic correspondence' },
  kinds: ['basic-expenditure', 'economic-summary', 'operating-funds'],
  check(ctx) {
    const type = ctx.unitType.type;
    for (const t of ctx.relevant) {
      const seen = new Map<string, { gov: string; row: TableRow; econ: MappedCode; govCode: MappedCode }[]>();
      for (const m of ctx.mapping(t)) {
        const econ = m.codes.find((c) => c.scheme === 'econ' && c.matched === 'code' && c.level === 'kind');
        const gov = m.codes.find((c) => c.scheme === 'gov' && c.matched === 'code' && c.level === 'kind');
        if (!econ?.code || !gov?.code || !structurallyValid(ctx, 'econ', econ.code) || !structurallyValid(ctx, 'gov', gov.code)) continue;
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
          ctx.report({ rule: 'econ-correspondence', severity: 'error', sheet: t.sheet, cells, message: codeMessages.correspondenceNone(econ.code, gov.code, allowed.map((a) => (a.length === 3 ? `${a}xx` : a))) });
        } else if (type && !(type === 'admin' ? fitsAdmin : fitsInst)) {
          ctx.report({ rule: 'econ-correspondence', severity: 'warning', sheet: t.sheet, cells, message: codeMessages.correspondenceOther(econ.code, gov.code, type) });
        }
      }
      for (const [code, list] of seen) {
        const govs = [...new Set(list.map((x) => x.gov))];
        if (govs.length < 2) continue;
        ctx.report({
          rule: 'econ-correspondence',
          severity: 'warning',
          sheet: t.sheet,
          cells: list.map((x) => a1(x.row.row, x.govCode.cols[0])),
          message: codeMessages.mappedTwice(code, govs),
        });
      }
    }
  },
};
