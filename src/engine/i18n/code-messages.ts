/**
 * Finding messages of the classification rules, zh-CN first and en second.
 * (messages.ts holds the arithmetic ones; nothing else words a finding.)
 */
import type { LocalizedText } from './lang';
import type { Scheme, UnitType } from '../catalog/types';
import { formatAmount } from '../numbers';

const SCHEME_ZH: Record<Scheme, string> = { fn: '支出功能分类', econ: '部门预算经济分类', gov: '政府预算经济分类' };
const SCHEME_EN: Record<Scheme, string> = { fn: 'functional', econ: 'departmental economic', gov: 'government economic' };
const UNIT_ZH: Record<UnitType, string> = { admin: '行政单位', institution: '事业单位' };
const UNIT_EN: Record<UnitType, string> = { admin: 'administrative unit', institution: 'public institution' };

const entry = (code: string, name: string | null) => (name ? `${code} ${name}` : code);

export const codeMessages = {
  /** A code of another classification in this column (20107 in 部门经济分类, 30101 in 功能分类). */
  wrongScheme({ code, column, belongs, belongsName, suggestion }: { code: string; column: Scheme; belongs: Scheme | null; belongsName: string | null; suggestion: { code: string; name: string } | null }): LocalizedText {
    const what = belongs ? `${SCHEME_ZH[belongs]}的编码${belongsName ? `（${entry(code, belongsName)}）` : ''}` : '不属于任何支出分类的编码';
    const whatEn = belongs ? `a ${SCHEME_EN[belongs]} code${belongsName ? ` (${entry(code, belongsName)})` : ''}` : 'not a code of any expenditure classification';
    const sug = suggestion ? `；按名称应为 ${entry(suggestion.code, suggestion.name)}` : '';
    const sugEn = suggestion ? `; by its name it should be ${entry(suggestion.code, suggestion.name)}` : '';
    return {
      'zh-CN': `编码 ${code} 填在${SCHEME_ZH[column]}栏，但它是${what}${sug}`,
      en: `Code ${code} is in the ${SCHEME_EN[column]} column but is ${whatEn}${sugEn}`,
    };
  },

  noSuchClass({ code, scheme }: { code: string; scheme: Scheme }): LocalizedText {
    return {
      'zh-CN': `编码 ${code} 无效：${SCHEME_ZH[scheme]}没有 ${code.slice(0, 3)} 类`,
      en: `Code ${code} is invalid: the ${SCHEME_EN[scheme]} classification has no class ${code.slice(0, 3)}`,
    };
  },

  badLength({ text, scheme }: { text: string; scheme: Scheme }): LocalizedText {
    const want = scheme === 'fn' ? '类 3 位、款 5 位、项 7 位' : '类 3 位、款 5 位';
    const wantEn = scheme === 'fn' ? 'class 3 digits, kind 5, item 7' : 'class 3 digits, kind 5';
    return {
      'zh-CN': `编码「${text}」位数不对：${SCHEME_ZH[scheme]}应为${want}`,
      en: `Code "${text}" has the wrong number of digits: ${SCHEME_EN[scheme]} codes are ${wantEn}`,
    };
  },

  /** 302 99 → 502 with no 款. */
  incomplete({ code, scheme, other, otherScheme }: { code: string; scheme: Scheme; other: string; otherScheme: Scheme }): LocalizedText {
    return {
      'zh-CN': `${SCHEME_ZH[scheme]}只填了类 ${code}，缺少款（同一行${SCHEME_ZH[otherScheme]}为款级 ${other}）`,
      en: `The ${SCHEME_EN[scheme]} code is only the class ${code}; the kind is missing (the row's ${SCHEME_EN[otherScheme]} code is the kind ${other})`,
    };
  },

  unknown({ code, scheme, catalog }: { code: string; scheme: Scheme; catalog: LocalizedText }): LocalizedText {
    return {
      'zh-CN': `编码 ${code} 不在${catalog['zh-CN']}的${SCHEME_ZH[scheme]}中：请核对科目是否存在或已调整${catalog['zh-CN'].startsWith('内置') ? '；可导入当年官方《政府收支分类科目》后复核' : ''}`,
      en: `Code ${code} is not in the ${SCHEME_EN[scheme]} classification of the ${catalog.en}: check that it exists and is current${catalog.en.startsWith('built-in') ? '; import the official catalog of the year to be sure' : ''}`,
    };
  },

  nameDiffers({ code, written, catalogName, scheme }: { code: string; written: string; catalogName: string; scheme: Scheme }): LocalizedText {
    return {
      'zh-CN': `科目名称与编码不符：${code} 在${SCHEME_ZH[scheme]}中为「${catalogName}」，表中写作「${written}」`,
      en: `Name and code disagree: ${code} is "${catalogName}" in the ${SCHEME_EN[scheme]} classification; the table says "${written}"`,
    };
  },

  nameOfOther({ code, written, catalogName, other }: { code: string; written: string; catalogName: string; other: { code: string; name: string } }): LocalizedText {
    return {
      'zh-CN': `编码可能填错：「${written}」是 ${other.code} 的名称，而 ${code} 是「${catalogName}」`,
      en: `The code is probably wrong: "${written}" is the name of ${other.code}, while ${code} is "${catalogName}"`,
    };
  },

  outdated({ written, code, current, since, hasAmount, beside }: { written: string; code: string; current: string; since: number; hasAmount: boolean; beside: boolean }): LocalizedText {
    const when = since ? `${since}年起` : '现行';
    const whenEn = since ? `since ${since}` : 'now';
    if (hasAmount) {
      return {
        'zh-CN': `「${written}」是旧科目名称，${when}为 ${code}「${current}」；表中已有现行科目行，金额应填在那一行（交叉核对时按 ${code} 计）`,
        en: `"${written}" is an outdated name; ${whenEn} it is ${code} "${current}", which has its own line in this table: put the amount there (cross-checks count it as ${code})`,
      };
    }
    if (beside) {
      return {
        'zh-CN': `「${written}」是旧科目名称（${when}为 ${code}「${current}」），与现行科目行并列的模板遗留空行`,
        en: `"${written}" is an outdated name (${whenEn} ${code} "${current}"): an empty template leftover beside the current line`,
      };
    }
    return {
      'zh-CN': `「${written}」是旧科目名称，${when}为 ${code}「${current}」`,
      en: `"${written}" is an outdated name; ${whenEn} it is ${code} "${current}"`,
    };
  },

  correspondenceOther({ econ, gov, unit }: { econ: string; gov: string; unit: UnitType }): LocalizedText {
    const other: UnitType = unit === 'admin' ? 'institution' : 'admin';
    return {
      'zh-CN': `经济分类对应关系不符：${UNIT_ZH[unit]}的部门经济分类 ${econ} 不应对应政府经济分类 ${gov}（这是${UNIT_ZH[other]}的对应关系）`,
      en: `Economic correspondence: for an ${UNIT_EN[unit]}, departmental code ${econ} should not map to government code ${gov} (that is the mapping of a ${UNIT_EN[other]})`,
    };
  },

  correspondenceNone({ econ, gov, allowed }: { econ: string; gov: string; allowed: string[] }): LocalizedText {
    return {
      'zh-CN': `经济分类对应关系错误：部门经济分类 ${econ} 不能对应政府经济分类 ${gov}${allowed.length ? `（应为 ${allowed.join(' 或 ')}）` : ''}`,
      en: `Economic correspondence error: departmental code ${econ} cannot map to government code ${gov}${allowed.length ? ` (expected ${allowed.join(' or ')})` : ''}`,
    };
  },

  mappedTwice({ econ, govs }: { econ: string; govs: string[] }): LocalizedText {
    return {
      'zh-CN': `同一部门经济分类 ${econ} 在本表中对应了不同的政府经济分类：${govs.join('、')}`,
      en: `Departmental code ${econ} maps to different government codes in this table: ${govs.join(', ')}`,
    };
  },

  wrongColumn({ code, name, column, amount, expected }: { code: string; name: string; column: string; amount: number; expected: string }): LocalizedText {
    return {
      'zh-CN': `${entry(code, name)} 的金额 ${formatAmount(amount)} 填在「${column}」栏，${code.slice(0, 3)} 类应列入${expected}`,
      en: `${entry(code, name)}: ${formatAmount(amount)} is in the "${column}" column; class ${code.slice(0, 3)} belongs under ${expected === '人员经费' ? 'personnel (人员经费)' : 'public funds (公用经费)'}`,
    };
  },

  missingCode({ label, scheme, byName }: { label: string; scheme: Scheme; byName: { code: string; name: string } | null }): LocalizedText {
    return {
      'zh-CN': `「${label || '（无名称）'}」有金额但没有${SCHEME_ZH[scheme]}编码${byName ? `（按名称应为 ${entry(byName.code, byName.name)}）` : ''}`,
      en: `"${label || '(no name)'}" has an amount but no ${SCHEME_EN[scheme]} code${byName ? ` (by its name: ${entry(byName.code, byName.name)})` : ''}`,
    };
  },

  duplicate({ code, count }: { code: string; count: number }): LocalizedText {
    return {
      'zh-CN': `编码 ${code} 在本表中出现 ${count} 次：同一科目应合并为一行`,
      en: `Code ${code} appears ${count} times in this table: one line per code`,
    };
  },
};
