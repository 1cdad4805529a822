/**
 * narrative-consistency: the same figure stated twice with different amounts (seed 000: 基本支出
 * 245.23 and 866.01; seed 004: 一般公共预算 400 and 362.9), and projects with performance targets
 * holding more money than 项目支出 (seed 004: 37.3 > 37).
 */
import { topicName, type Amount, type TopicId } from '../../narrative';
import { narrativeMessages } from '../../i18n/narrative-messages';
import { compareValues } from '../../tolerance';
import type { Rule } from '../types';
import { cellOf, fig, narrativeOf } from './shared';

/** Topics that name one figure of the budget (procurement items, changes and shares do not). */
const ONE_FIGURE: TopicId[] = [
  'income-total',
  'expense-total',
  'income-sum',
  'expense-sum',
  'general-budget',
  'basic',
  'project',
  'personnel',
  'public',
  'three-public',
  'outbound',
  'reception',
  'vehicles',
  'vehicle-purchase',
  'vehicle-operation',
  'operating',
];

export const narrativeConsistency: Rule = {
  id: 'narrative-consistency',
  severity: 'error',
  description: { 'zh-CN': '预算说明前后数字一致', en: 'The narrative states each figure the same way everywhere' },
  kinds: 'workbook',
  check(ctx) {
    const doc = narrativeOf(ctx);
    const first = new Map<TopicId, Amount>();
    const reported = new Set<string>();
    for (const a of doc.amounts) {
      if (!a.topic || a.change || !ONE_FIGURE.includes(a.topic)) continue;
      const f = first.get(a.topic);
      if (!f) {
        first.set(a.topic, a);
        continue;
      }
      if (compareValues(fig(a), fig(f)).verdict !== 'mismatch') continue;
      const key = `${a.topic}:${a.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        rule: 'narrative-consistency',
        severity: 'error',
        sheet: a.para.sheet,
        cells: [cellOf(a), ...(f.para.sheet === a.para.sheet && cellOf(f) !== cellOf(a) ? [cellOf(f)] : [])],
        message: narrativeMessages.inconsistent(topicName(a.topic, 'zh-CN'), f.value, `${f.para.sheet} ${cellOf(f)}`, a.value),
        expected: f.value,
        actual: a.value,
      });
    }
    const project = first.get('project');
    for (const t of doc.amounts.filter((a) => a.topic === 'target-projects' && !a.change)) {
      if (!project) break;
      const c = compareValues(fig(t), fig(project));
      if (c.verdict !== 'mismatch' || c.diff < 0) continue;
      ctx.report({
        rule: 'narrative-consistency',
        severity: 'error',
        sheet: t.para.sheet,
        cells: [cellOf(t), cellOf(project)],
        message: narrativeMessages.targetsExceed(t.value, project.value, `${project.para.sheet} ${cellOf(project)}`),
        expected: project.value,
        actual: t.value,
      });
    }
  },
};
