/**
 * narrative-consistency: the same figure stated twice with different amounts (seed 000: 基本支出
 * 245.23 and 866.01; seed 004: 一般公共预算 400 and 362.9), and projects with performance targets
 * holding more money than 项目支出 (seed 004: 37.3 > 37).
 */
import { topicName, type Mention, type TopicId } from '../../narrative';
import { narrativeMessages } from '../../i18n/narrative-messages';
import { compareValues } from '../../tolerance';
import { defineRule } from '../types';
import { cellOf, fig, narrativePresent } from '../kit/narrative';

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

export const narrativeConsistency = defineRule({
  id: 'narrative-consistency',
  severity: 'error',
  description: { 'zh-CN': '预算说明前后数字一致', en: 'The narrative states each figure the same way everywhere' },
  needs: { tables: 'workbook', narrative: true },
  messages: { inconsistent: narrativeMessages.inconsistent, targetsExceed: narrativeMessages.targetsExceed },
  check(ctx) {
    if (!narrativePresent(ctx)) return;
    const doc = ctx.narrative;
    const first = new Map<TopicId, Mention>();
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
        severity: 'error',
        sheet: a.para.sheet,
        cells: [cellOf(a), ...(f.para.sheet === a.para.sheet && cellOf(f) !== cellOf(a) ? [cellOf(f)] : [])],
        messageId: 'inconsistent', data: { topic: topicName(a.topic, 'zh-CN'), a: f.value, aWhere: `${f.para.sheet} ${cellOf(f)}`, b: a.value },
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
        severity: 'error',
        sheet: t.para.sheet,
        cells: [cellOf(t), cellOf(project)],
        messageId: 'targetsExceed', data: { targets: t.value, project: project.value, where: `${project.para.sheet} ${cellOf(project)}` },
        expected: project.value,
        actual: t.value,
      });
    }
  },
});
