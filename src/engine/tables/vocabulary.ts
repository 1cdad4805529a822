/**
 * Words of the tables, as typed data: what marks a total, a sub-item, a side, a label column,
 * a note, a unit line. Recognition reads these; rules never match raw text themselves.
 * Every pattern is tested against normalizeLabel() text (half-width, no spaces, no quotes).
 */
import type { Scheme } from '../catalog/types';

/** A body row whose label matches is a total row. */
export const TOTAL_ROW = /^(合计|总计|共计|小计|(本年|当年)(收入|支出)(合计|小计)|(收入|支出)(合计|总计)|收支总计|[^、()]{0,6}(合计|总计))$/;

/** A row or header that is only a part of its neighbour ("其中：财政拨款"): never an addend. */
export const OF_WHICH = /^其中[:：]?/;

/** A header cell that is the subtotal of its group. */
export const SUBTOTAL_HEADER = /^(小计|合计|总计|资金总额|预算总额|金额合计|.*经费合计)$/;

/** Header texts of columns that stand beside the total but are not part of it (per kind where needed). */
export const NON_ADDEND_HEADERS: RegExp[] = [OF_WHICH, /^机关运行经费/, /^备注$/, /^说明$/];

/** Side markers of two-sided tables: 收入 | 支出, 本年收入 | 本年支出, 收入项目 | 支出项目, 预算收入 | 预算支出, 财政拨款收入 | 财政拨款支出. */
export const SIDE_INCOME = /^(本年|预算|财政拨款)?收入/;
export const SIDE_EXPENSE = /^(本年|预算|财政拨款)?支出/;

/** A note under a table. */
export const NOTE_ROW = /^(注|备注|说明|附注)[:：\d(（]|^注释|故(此|本)表(无数据|为空)|本表为空|此表无数据|本表无数据/;

/** The unit line: 单位：万元 / 金额单位:元 / (单位：万元) */
export const UNIT_LINE = /(金额)?单位[:：]?\(?(万元|元)\)?/;
export const UNIT_ONLY = /^\(?(万元|元)\)?$/;

/**
 * The entity line: 单位名称 / 部门名称 / 部门（单位）名称 (colon optional), or 编制单位 / 编制部门 /
 * 预算单位 / 填报单位 / 主管部门 with a colon, as exports and PDFs print it; the name may follow in
 * the same cell (group 1) or in the next one.
 */
export const ENTITY_LINE = /^(?:(?:预算|编制|填报)?(?:单位|部门|部门\(单位\))名称[:：]?|(?:编制单位|编制部门|预算单位|填报单位|预算主管部门|主管部门)[:：]|(?:部门|单位)[:：](?!\(?(?:金额)?(?:万元|元)\)?$))(.*)$/;

/** The year line under some titles: (2024年度) */
export const YEAR_LINE = /^\(?(\d{4})年度?\)?$/;

/** Roles of label (non-amount) columns, recognised from their header path (joined with '›'). */
export type LabelRole =
  | 'fn-class'
  | 'fn-kind'
  | 'fn-item'
  | 'fn-code'
  | 'econ-class'
  | 'econ-kind'
  | 'econ-code'
  | 'gov-class'
  | 'gov-kind'
  | 'gov-code'
  | 'unit-code'
  | 'name'
  | 'gov-name'
  | 'project-type'
  | 'project-unit'
  | 'text';

export interface LabelColumnRule {
  role: LabelRole;
  /** Tested against the whole path joined with '›' */
  path: RegExp;
}

/** Order matters: the first match wins. */
export const LABEL_COLUMN_RULES: LabelColumnRule[] = [
  { role: 'gov-class', path: /政府(预算)?(支出)?经济分类.*›类$/ },
  { role: 'gov-kind', path: /政府(预算)?(支出)?经济分类.*›款$/ },
  { role: 'gov-code', path: /政府(预算)?(支出)?经济分类.*(编码|代码)$/ },
  { role: 'gov-name', path: /政府(预算)?(支出)?经济分类.*(名称|科目)$/ },
  { role: 'econ-class', path: /(部门(预算)?(支出)?)?经济分类.*›类$/ },
  { role: 'econ-kind', path: /(部门(预算)?(支出)?)?经济分类.*›款$/ },
  { role: 'econ-code', path: /经济分类.*(编码|代码)$/ },
  { role: 'name', path: /经济分类.*(名称|科目)$/ },
  { role: 'fn-class', path: /(^|›)类$/ },
  { role: 'fn-kind', path: /(^|›)款$/ },
  { role: 'fn-item', path: /(^|›)项$/ },
  { role: 'fn-code', path: /(功能分类)?科目(编码|代码)$|^功能分类(编码|代码)$/ },
  { role: 'unit-code', path: /(单位|部门)(\(单位\))?(代码|编码)|^单位编码\(项目编码\)$|^项目编码$/ },
  { role: 'project-type', path: /^(项目)?类型$|^项目类别$/ },
  { role: 'project-unit', path: /^项目单位$/ },
  {
    role: 'name',
    path: /科目名称|单位\(科目名称\)|部门\(单位\)名称|(项目|单位)?名称$|^项目单位\(项目名称\)$|(^|›)项目$|^项目名称$|^支出项目$|^收入项目$|^功能分类科目$|^经济分类科目$|^科目$/,
  },
  { role: 'text', path: /指标|绩效目标|年度目标|目标值|说明|备注|内容|任务|用途|依据|标准|^资金性质$/ },
];

/** An organisation name (unit rows): ends with an organ word, possibly with (本级). */
export const ORG_NAME = /(局|中心|委员会|委|办公室|办|政府|院|所|站|队|馆|厅|处|部|科|校|学|园|社|台|场|公司|集团|会|街道|镇|乡|区|市|县|本级|机关)(\(本级\))?$/;

/** Unit / department codes: 3 digits (department) or 6 digits (unit), sometimes longer with a suffix. */
export const UNIT_CODE = /^\d{6}$|^\d{3}$/;

/** What an amount column measures, from its header path (the data cross-table rules address columns by). */
export type Measure =
  | 'total'
  | 'basic'
  | 'personnel'
  | 'public'
  | 'wages'
  | 'family'
  | 'goods'
  | 'capital'
  | 'project'
  | 'project-operating'
  | 'project-specific'
  | 'general-budget'
  | 'fiscal'
  | 'gov-fund'
  | 'state-capital'
  | 'special-account'
  | 'business-income'
  | 'business-operating'
  | 'superior-subsidy'
  | 'subsidiary-remit'
  | 'other-income'
  | 'unit-funds'
  | 'carryover'
  | 'outbound'
  | 'reception'
  | 'vehicles'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'operating-costs';

/** Tested against one header text (normalised); the first match wins. */
export const MEASURE_RULES: { measure: Measure; text: RegExp }[] = [
  { measure: 'fiscal', text: /^其中[:：]?财政拨款|^财政拨款(资金)?$/ },
  { measure: 'carryover', text: /上年结转|结转结余$/ },
  { measure: 'basic', text: /^基本支出$/ },
  { measure: 'personnel', text: /^人员经费/ },
  { measure: 'public', text: /^(日常)?公用经费/ },
  { measure: 'wages', text: /^工资福利支出$/ },
  { measure: 'family', text: /^对个人和家庭的补助$/ },
  { measure: 'goods', text: /^商品和服务支出$/ },
  { measure: 'capital', text: /^资本性支出/ },
  { measure: 'project', text: /^项目支出$/ },
  { measure: 'project-operating', text: /^其他运转类$/ },
  { measure: 'project-specific', text: /^特定目标类$/ },
  { measure: 'general-budget', text: /^一般公共预算/ },
  { measure: 'gov-fund', text: /^政府性基金/ },
  { measure: 'state-capital', text: /^国有资本经营/ },
  { measure: 'special-account', text: /^财政专户/ },
  { measure: 'business-operating', text: /^事业单位经营收入/ },
  { measure: 'business-income', text: /^事业收入/ },
  { measure: 'superior-subsidy', text: /^上级补助收入/ },
  { measure: 'subsidiary-remit', text: /^附属单位上缴收入/ },
  { measure: 'other-income', text: /^其他收入/ },
  { measure: 'unit-funds', text: /^单位资金/ },
  { measure: 'outbound', text: /^因公出国/ },
  { measure: 'reception', text: /^公务接待费/ },
  // under 公务用车购置及运行费 the Shanghai template writes just 购置费 / 运行费
  { measure: 'vehicle-purchase', text: /^(公务用车)?购置费$/ },
  { measure: 'vehicle-operation', text: /^(公务用车)?运行(维护)?费$/ },
  { measure: 'vehicles', text: /^公务用车购置及运行(维护)?费$/ },
  { measure: 'operating-costs', text: /^机关运行经费/ },
  { measure: 'total', text: /^(合计|总计|金额|本年收入|本年支出|三公经费合计|资金总额|预算总额)$/ },
];

/** The code columns of each classification (支出功能分类, 部门 and 政府经济分类). */
export const SCHEME_ROLES: Record<Scheme, LabelRole[]> = {
  fn: ['fn-class', 'fn-kind', 'fn-item', 'fn-code'],
  econ: ['econ-class', 'econ-kind', 'econ-code'],
  gov: ['gov-class', 'gov-kind', 'gov-code'],
};
