/**
 * What a narrative amount is about, from the words just before it. Order matters: the first match
 * wins (一般公共预算基本支出 is 基本支出; 公务用车购置及运行费 before 公务用车购置费).
 */
export type TopicId =
  | 'income-total'
  | 'expense-total'
  | 'income-sum'
  | 'expense-sum'
  | 'vehicles'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'outbound'
  | 'reception'
  | 'three-public'
  | 'operating'
  | 'meetings'
  | 'training'
  | 'target-projects'
  | 'procurement-goods'
  | 'procurement-works'
  | 'procurement-services'
  | 'procurement'
  | 'personnel'
  | 'public'
  | 'basic'
  | 'project'
  | 'gov-fund'
  | 'state-capital'
  | 'general-budget';

export const TOPICS: readonly { id: TopicId; pattern: RegExp; zh: string; en: string }[] = [
  { id: 'income-total', pattern: /收入总计/, zh: '收入总计', en: 'total revenue' },
  { id: 'expense-total', pattern: /支出总计/, zh: '支出总计', en: 'total expenditure' },
  { id: 'vehicles', pattern: /公务用车购置及运行(维护)?费/, zh: '公务用车购置及运行费', en: 'official vehicles' },
  { id: 'vehicle-purchase', pattern: /公务用车购置费/, zh: '公务用车购置费', en: 'vehicle purchase' },
  { id: 'vehicle-operation', pattern: /公务用车运行(维护)?费/, zh: '公务用车运行维护费', en: 'vehicle operation' },
  { id: 'outbound', pattern: /因公出国/, zh: '因公出国（境）费', en: 'official travel abroad' },
  { id: 'reception', pattern: /公务接待/, zh: '公务接待费', en: 'official reception' },
  { id: 'three-public', pattern: /三公/, zh: '“三公”经费', en: 'the "three public" costs' },
  { id: 'operating', pattern: /(机关|机构)运(行|转)经费/, zh: '机关运行经费', en: 'operating funds' },
  // beside the 三公 costs in 江苏's disclosures (一般公共预算拨款安排的会议费预算支出 …): their own, not the source's
  { id: 'meetings', pattern: /会议费/, zh: '会议费', en: 'meeting costs' },
  { id: 'training', pattern: /培训费/, zh: '培训费', en: 'training costs' },
  // the projects' targets; 整体支出绩效目标 covers the whole budget (江苏: 实行整体支出绩效目标管理，涉及财政性资金合计 …)
  { id: 'target-projects', pattern: /^(?!.*整体).*绩效目标.*(资金|预算)/, zh: '编制绩效目标的项目资金', en: 'projects with performance targets' },
  { id: 'procurement-goods', pattern: /采购货物|货物(采购)?预算/, zh: '政府采购货物', en: 'procurement of goods' },
  { id: 'procurement-works', pattern: /采购工程|工程(采购)?预算/, zh: '政府采购工程', en: 'procurement of works' },
  { id: 'procurement-services', pattern: /采购服务|服务(采购)?预算/, zh: '政府采购服务', en: 'procurement of services' },
  { id: 'procurement', pattern: /政府采购/, zh: '政府采购', en: 'government procurement' },
  { id: 'personnel', pattern: /人员经费/, zh: '人员经费', en: 'personnel funds' },
  { id: 'public', pattern: /公用经费/, zh: '公用经费', en: 'public funds' },
  { id: 'basic', pattern: /基本支出/, zh: '基本支出', en: 'basic expenditure' },
  { id: 'project', pattern: /项目支出/, zh: '项目支出', en: 'project expenditure' },
  { id: 'income-sum', pattern: /收入合计|收入预算/, zh: '收入合计', en: 'revenue of the year' },
  // 支出预算 of one source (政府性基金拨款支出预算 0 万元) is that source's, not the year's expenditure
  { id: 'expense-sum', pattern: /支出合计|^(?!.*(一般公共|政府性基金|国有资本经营|财政专户|财政拨款)).*支出预算/, zh: '支出合计', en: 'expenditure of the year' },
  { id: 'gov-fund', pattern: /政府性基金/, zh: '政府性基金', en: 'government funds' },
  { id: 'state-capital', pattern: /国有资本经营/, zh: '国有资本经营预算', en: 'state capital' },
  { id: 'general-budget', pattern: /一般公共预算/, zh: '一般公共预算', en: 'general public budget' },
];

export function topicName(id: TopicId, lang: 'zh-CN' | 'en'): string {
  const t = TOPICS.find((x) => x.id === id)!;
  return lang === 'en' ? t.en : t.zh;
}
