/**
 * projects-links: the projects table's 合计 = the expenditure table's 项目支出; and project by
 * project, every project has a performance target with the same amount and every target a project
 * (names compared tolerantly: 大厅标准化配置 ≈ 政务服务大厅标准化配置). Seed 001: 网络维护经费 220.00
 * in one table and 8.00 in the other.
 */
import { nameKey, similarity } from '../../catalog/catalog';
import { compareFacts, projectFacts, totalFact, type Fact } from '../../analysis/facts';
import { crossMessages } from '../../i18n/cross-messages';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule } from '../types';

interface Item {
  name: string;
  key: string;
  fact: Fact;
}

/** Pair projects and targets: the same name, else one name inside the other, else a close name with the same amount. */
export function pairProjects(a: Item[], b: Item[]): { pairs: [Item, Item][]; onlyA: Item[]; onlyB: Item[] } {
  const freeA = new Set(a);
  const freeB = new Set(b);
  const pairs: [Item, Item][] = [];
  const pair = (x: Item, y: Item) => {
    pairs.push([x, y]);
    freeA.delete(x);
    freeB.delete(y);
  };
  // The tolerant passes pair only items of the same amount (within rounding): each project is tried
  // against the free targets whose amount is near its own (sorted by amount, a binary search), in
  // the targets' order, instead of every free target (thousands of projects × thousands of targets).
  const half = (f: Fact) => (f.exact ? 0 : f.step / 2);
  const byValue = b.map((y, i) => ({ y, i })).sort((p, q) => p.y.fact.value - q.y.fact.value);
  const halfB = b.reduce((m, y) => Math.max(m, half(y.fact)), 0);
  const near = (x: Item): Item[] => {
    const w = half(x.fact) + halfB + 1e-5;
    let lo = 0;
    let hi = byValue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byValue[mid].y.fact.value < x.fact.value - w) lo = mid + 1;
      else hi = mid;
    }
    const found: { y: Item; i: number }[] = [];
    for (let k = lo; k < byValue.length && byValue[k].y.fact.value <= x.fact.value + w; k++) found.push(byValue[k]);
    return found.sort((p, q) => p.i - q.i).map((p) => p.y);
  };
  const same = (x: Item, y: Item) => compareFacts(x.fact, y.fact).verdict !== 'mismatch';
  const pass = (ok: (x: Item, y: Item) => boolean) => {
    for (const x of [...freeA]) {
      for (const y of near(x)) {
        if (freeB.has(y) && same(x, y) && ok(x, y)) {
          pair(x, y);
          break;
        }
      }
    }
  };
  // the same name: the first free target of that name, in order (indexed: thousands of projects)
  const byKey = new Map<string, { items: Item[]; next: number }>();
  for (const y of b) {
    const q = byKey.get(y.key);
    if (q) q.items.push(y);
    else byKey.set(y.key, { items: [y], next: 0 });
  }
  for (const x of a) {
    const q = byKey.get(x.key);
    if (q && q.next < q.items.length) pair(x, q.items[q.next++]);
  }
  pass((x, y) => (x.key.includes(y.key) || y.key.includes(x.key)) && Math.min(x.key.length, y.key.length) >= 4);
  pass((x, y) => similarity(x.key, y.key) >= 0.6);
  return { pairs, onlyA: [...freeA], onlyB: [...freeB] };
}

export const projectsLinks = defineRule({
  id: 'projects-links',
  severity: 'error',
  description: { 'zh-CN': '项目支出表与支出预算表、项目绩效目标表一致（逐个项目）', en: 'Projects table agrees with the expenditure table and the project performance table, project by project' },
  needs: { together: true, tables: ['projects', 'project-performance'], reads: ['expenditure'] },
  messages: { ...CROSS_MESSAGES, projectAmount: crossMessages.projectAmount, projectWithoutTarget: crossMessages.projectWithoutTarget, targetWithoutProject: crossMessages.targetWithoutProject },
  check(ctx) {
    const pr = ctx.table('projects');
    const e = ctx.table('expenditure');
    if (pr && e) reportPair(ctx, pr, totalFact(pr, 'total'), e, totalFact(e, 'project'));
    const pp = ctx.table('project-performance');
    if (!pr || !pp) return;
    const items = (t: typeof pr) => projectFacts(t).map((x) => ({ name: x.name, key: nameKey(x.name).replace(/项目$/, ''), fact: x.fact }));
    const { pairs, onlyA, onlyB } = pairProjects(items(pr), items(pp));
    for (const [x, y] of pairs) {
      const cmp = compareFacts(x.fact, y.fact);
      if (cmp.verdict === 'equal') continue;
      ctx.report({
        severity: cmp.verdict === 'rounding' ? 'info' : 'error',
        sheet: pr.sheet,
        cells: x.fact.cells.slice().reverse(),
        messageId: 'projectAmount', data: { name: x.name, amount: x.fact.value / x.fact.factor, otherName: y.name, other: y.fact.value / y.fact.factor, where: `${pp.sheet} ${y.fact.cells[1] ?? y.fact.cells[0]}` },
        expected: y.fact.value / x.fact.factor,
        actual: x.fact.value / x.fact.factor,
        related: [{ sheet: pp.sheet, cells: y.fact.cells.slice().reverse() }],
      });
    }
    for (const x of onlyA) {
      if (x.fact.value === 0) continue;
      ctx.report({ severity: 'warning', sheet: pr.sheet, cells: x.fact.cells.slice(0, 1), messageId: 'projectWithoutTarget', data: { name: x.name, amount: x.fact.value / x.fact.factor } });
    }
    for (const y of onlyB) {
      if (y.fact.value === 0) continue;
      ctx.report({ severity: 'warning', sheet: pp.sheet, cells: y.fact.cells.slice(0, 1), messageId: 'targetWithoutProject', data: { name: y.name, amount: y.fact.value / y.fact.factor } });
    }
  },
});
