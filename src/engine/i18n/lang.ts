/**
 * The one language module: the languages the tool speaks and bilingual text (zh-CN first, en
 * second). Every message, label and error that reaches a user is a LocalizedText, picked at the
 * edge (the CLI's report, the pane) in the user's language.
 */

export type Lang = 'zh-CN' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A text in both languages; zh-CN first. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** Fill `{name}` placeholders of a template in one language; unknown names stay as written. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A bilingual template with `{name}` placeholders. */
export type TextTemplate = LocalizedText;

/** Fill a bilingual template in both languages. */
export function fillText(template: TextTemplate, vars: Readonly<Record<string, string | number>> = {}): LocalizedText {
  return { 'zh-CN': fill(template['zh-CN'], vars), en: fill(template.en, vars) };
}

/** The same text in both languages (a name, a code, a path). */
export function same(s: string): LocalizedText {
  return { 'zh-CN': s, en: s };
}
