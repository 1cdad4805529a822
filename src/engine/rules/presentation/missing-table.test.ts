import { checkWorkbook } from '../../check';
import { TABLE_KIND_DEFS, type TableKind } from '../../tables/kinds';
import { findProfile } from '../../tables/profiles';
import { workbook, type SheetSpec } from '../../../../test/support/sheet';

/** A minimal recognisable table of a kind: its title and a two-column header. */
function minimal(kind: TableKind, i: number): SheetSpec {
  return { name: `表${i + 1}`, rows: [[`2024年${TABLE_KIND_DEFS[kind].name['zh-CN']}`], ['项目', '金额'], ['合计', 0]] };
}

function missing(kinds: TableKind[], profile: string) {
  const r = checkWorkbook(workbook(...kinds.map(minimal)), { profile, rules: ['missing-table'] });
  return { report: r, findings: r.findings };
}

describe('missing-table', () => {
  test('a complete henan-2024-unit workbook: nothing missing', () => {
    const p = findProfile('henan-2024-unit')!;
    const { report, findings } = missing(p.kinds, p.id);
    expect(report.tables.map((t) => t.kind)).toEqual(p.kinds);
    expect(findings).toEqual([]);
    expect(report.missingTables).toEqual([]);
  });

  test('each absent table is one error finding with sheet null, and listed in missingTables', () => {
    const p = findProfile('mof-9')!;
    const present = p.kinds.filter((k) => k !== 'three-public' && k !== 'gov-fund');
    const { report, findings } = missing(present, 'mof-9');
    expect(report.missingTables).toEqual(['three-public', 'gov-fund']);
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cells])).toEqual([
      ['missing-table', 'error', null, []],
      ['missing-table', 'error', null, []],
    ]);
    expect(findings[0].message['zh-CN']).toContain('三公');
  });

  test('auto picks the profile that explains the tables: 2022 set with 整体绩效 → henan-2022-dept', () => {
    const p = findProfile('henan-2022-dept')!;
    const r = checkWorkbook(workbook(...p.kinds.map(minimal)), { rules: ['missing-table'] });
    expect(r.profile).toBe('henan-2022-dept');
    expect(r.profileAuto).toBe(true);
    expect(r.missingTables).toEqual([]);
  });

  test('auto with the nine MOF tables picks mof-9 (nothing extra required)', () => {
    const r = checkWorkbook(workbook(...findProfile('mof-9')!.kinds.map(minimal)), { rules: ['missing-table'] });
    expect(r.missingTables).toEqual([]);
  });

  describe('a profile picked automatically is confirmed by the tables found', () => {
    const henan = findProfile('henan-2024-unit')!;
    const without = (...absent: TableKind[]) => henan.kinds.filter((k) => !absent.includes(k));
    const auto = (kinds: TableKind[]) => checkWorkbook(workbook(...kinds.map(minimal)), { rules: ['missing-table'] });

    test('two tables short of its set: each is an error', () => {
      const r = auto(without('projects', 'project-performance'));
      expect(r.profile).toBe('henan-2024-unit');
      expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
        ['missing-table', 'error'],
        ['missing-table', 'error'],
      ]);
    });

    test('more than two short (another region’s set, like 江苏’s eleven tables): one notice naming them, no error, and the check said not run', () => {
      const r = auto(without('economic-summary', 'state-capital', 'projects', 'project-performance'));
      expect(r.profile).toBe('henan-2024-unit');
      // not claimed missing (the report's missingTables, whose every entry is an error): named in the notice
      expect(r.missingTables).toEqual([]);
      expect(r.findings.map((f) => [f.rule, f.severity, f.sheet])).toEqual([['missing-table', 'info', null]]);
      expect(r.findings[0].message['zh-CN']).toMatch(/不相符.*4张表.*项目支出预算表/);
      expect(r.checks?.skipped.map((s) => s.rule)).toContain('missing-table');
    });

    test('the same workbook checked against a profile the user chose: every missing table is an error', () => {
      const r = checkWorkbook(workbook(...without('economic-summary', 'state-capital', 'projects', 'project-performance').map(minimal)), { profile: 'henan-2024-unit', rules: ['missing-table'] });
      expect(r.missingTables).toEqual(['economic-summary', 'state-capital', 'projects', 'project-performance']);
      expect(r.findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
    });

    test('no table recognised at all: one warning, not one error per table', () => {
      const r = checkWorkbook(workbook({ name: 'Sheet1', rows: [['说明'], ['本部门2024年预算情况如下。']] }), { rules: ['missing-table'] });
      expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['missing-table', 'warning']]);
      expect(r.findings[0].message['zh-CN']).toContain('没有识别出任何预算公开表');
    });
  });

  test('an unknown profile is refused', () => {
    expect(() => checkWorkbook(workbook(), { profile: 'nowhere-2030' })).toThrow(/unknown profile/);
  });
});
