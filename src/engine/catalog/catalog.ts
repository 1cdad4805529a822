/**
 * The catalog in use: the built-in edition, with an imported catalog taking over each
 * classification it provides. Lookups by code and by name, name comparison, the correspondence.
 */
import { normalizeLabel, parseEnumeration } from '../text';
import { CORRESPONDENCE, DEPT_ECONOMIC, ECONOMIC_ALIASES, ECONOMIC_EDITION, GOV_ECONOMIC } from './data/economic';
import { FUNCTION_EDITION, FUNCTION_FORMER, FUNCTION_OUTLINE } from './data/function';
import { levelOfCode, parseOutline } from './parse';
import { SCHEMES, type Catalog, type CatalogEntry, type FormerEntry, type ImportedCatalog, type Scheme, type UnitType } from './types';

function mapOf(entries: Iterable<CatalogEntry>): Map<string, CatalogEntry> {
  const m = new Map<string, CatalogEntry>();
  for (const e of entries) m.set(e.code, e);
  return m;
}

function pairsToEntries(pairs: readonly (readonly [string, string])[], scheme: Scheme): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const [code, name] of pairs) {
    const level = levelOfCode(code, scheme);
    if (level) out.push({ code, name, level });
  }
  return out;
}

/** A name as compared: half-width, no spaces, no quotes, 「（）」 as "()". */
export function nameKey(s: string): string {
  const n = normalizeLabel(s);
  // most names have no brackets: no copy
  return n.includes('[') || n.includes(']') ? n.replace(/\[|\]/g, '') : n;
}

let builtin: Catalog | null = null;

export function builtinCatalog(): Catalog {
  if (builtin) return builtin;
  const aliases = new Map<string, Set<string>>();
  for (const a of ECONOMIC_ALIASES) {
    const k = `${a.scheme}:${a.code}`;
    const set = aliases.get(k) ?? new Set<string>();
    set.add(nameKey(a.name));
    aliases.set(k, set);
  }
  builtin = {
    origin: 'builtin',
    labels: {
      fn: { 'zh-CN': `内置目录（${FUNCTION_EDITION}年版，项级不完整）`, en: `built-in catalog (${FUNCTION_EDITION} edition, items incomplete)` },
      econ: { 'zh-CN': `内置目录（${ECONOMIC_EDITION}）`, en: `built-in catalog (${ECONOMIC_EDITION.replace(/（.*$/, '')} edition)` },
      gov: { 'zh-CN': `内置目录（${ECONOMIC_EDITION}）`, en: `built-in catalog (${ECONOMIC_EDITION.replace(/（.*$/, '')} edition)` },
    },
    entries: {
      fn: mapOf(parseOutline(FUNCTION_OUTLINE)),
      econ: mapOf(pairsToEntries(DEPT_ECONOMIC, 'econ')),
      gov: mapOf(pairsToEntries(GOV_ECONOMIC, 'gov')),
    },
    imported: { fn: false, econ: false, gov: false },
    former: FUNCTION_FORMER.map((f) => ({ scheme: 'fn' as const, ...f })),
    aliases,
    correspondence: CORRESPONDENCE,
  };
  return builtin;
}

const WITH_IMPORTED = new WeakMap<ImportedCatalog, { base: Catalog; catalog: Catalog }>();

/**
 * The built-in catalog with each classification the import provides replaced by the imported one.
 * Made once per import (a batch checks every file with the same one): the catalog and the indexes
 * built on it are reused.
 */
export function withImported(base: Catalog, imp: ImportedCatalog | null | undefined): Catalog {
  if (!imp) return base;
  const known = WITH_IMPORTED.get(imp);
  if (known?.base === base) return known.catalog;
  const catalog = buildWithImported(base, imp);
  WITH_IMPORTED.set(imp, { base, catalog });
  return catalog;
}

function buildWithImported(base: Catalog, imp: ImportedCatalog): Catalog {
  const entries = { ...base.entries };
  const labels = { ...base.labels };
  const imported = { ...base.imported };
  let any = false;
  for (const s of SCHEMES) {
    const list = imp.entries[s] ?? [];
    if (list.length === 0) continue;
    any = true;
    entries[s] = mapOf(pairsToEntries(list, s));
    imported[s] = true;
    const ed = imp.edition ? `${imp.edition}年` : '';
    labels[s] = { 'zh-CN': `导入目录「${imp.source}」${ed ? `（${ed}）` : ''}`, en: `imported catalog "${imp.source}"${imp.edition ? ` (${imp.edition})` : ''}` };
  }
  return any ? { ...base, origin: 'imported', entries, labels, imported } : base;
}

export function lookup(cat: Catalog, scheme: Scheme, code: string): CatalogEntry | undefined {
  return cat.entries[scheme].get(code);
}

/** Whether a written name is the catalog's name for the code (or an accepted alias). */
export function nameAgrees(cat: Catalog, scheme: Scheme, entry: CatalogEntry, written: string): boolean {
  const w = nameKey(written);
  if (!w) return true;
  const n = nameKey(entry.name);
  if (w === n) return true;
  if (cat.aliases.get(`${scheme}:${entry.code}`)?.has(w)) return true;
  // a name cut short by the layout (at least 5 characters, the start of the catalog's name)
  if (w.length >= 5 && n.startsWith(w)) return true;
  // 支出 added or dropped at the end ("一般公共服务" for 一般公共服务支出)
  const bare = (s: string) => s.replace(/支出$/, '');
  if (bare(w) === bare(n)) return true;
  return similarity(w, n) >= 0.8;
}

/** Dice coefficient over character bigrams (names that differ by a word order or one character). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) {
      const g = s.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let both = 0;
  for (const [g, c] of ga) both += Math.min(c, gb.get(g) ?? 0);
  return (2 * both) / (a.length - 1 + (b.length - 1));
}

/** Catalog entries whose name is exactly this name (normalised). */
export function entriesNamed(cat: Catalog, scheme: Scheme, written: string): CatalogEntry[] {
  const w = nameKey(written);
  if (!w) return [];
  return nameIndex(cat, scheme).get(w) ?? [];
}

const NAME_INDEX = new WeakMap<ReadonlyMap<string, CatalogEntry>, Map<string, CatalogEntry[]>>();

/** Entries by normalised name, built once per catalog classification. */
function nameIndex(cat: Catalog, scheme: Scheme): Map<string, CatalogEntry[]> {
  const entries = cat.entries[scheme];
  let idx = NAME_INDEX.get(entries);
  if (!idx) {
    idx = new Map();
    for (const e of entries.values()) {
      const k = nameKey(e.name);
      const list = idx.get(k);
      if (list) list.push(e);
      else idx.set(k, [e]);
    }
    NAME_INDEX.set(entries, idx);
  }
  return idx;
}

/** A name without a trailing 支出 (一般公共服务 = 一般公共服务支出). */
const bareName = (key: string) => key.replace(/支出$/, '');

const FORMER_INDEX = new WeakMap<readonly FormerEntry[], Map<string, FormerEntry>>();

/** The first former entry per `${scheme}:${bare name key}`, built once per catalog. */
function formerIndex(cat: Catalog): Map<string, FormerEntry> {
  let idx = FORMER_INDEX.get(cat.former);
  if (!idx) {
    idx = new Map();
    for (const f of cat.former) {
      const k = `${f.scheme}:${bareName(nameKey(f.name))}`;
      if (!idx.has(k)) idx.set(k, f);
    }
    FORMER_INDEX.set(cat.former, idx);
  }
  return idx;
}

/**
 * The former entry a written name stands for, if the name is an earlier edition's: the first one
 * whose name is the written one, with or without a trailing 支出.
 */
export function formerNamed(cat: Catalog, scheme: Scheme, written: string): FormerEntry | undefined {
  // the same names come back on every unit of a department: each written name is looked up once
  let asked = FORMER_ASKED.get(cat.former);
  if (!asked) FORMER_ASKED.set(cat.former, (asked = new Map()));
  const k = `${scheme}:${written}`;
  let found = asked.get(k);
  if (found === undefined) {
    found = formerIndex(cat).get(`${scheme}:${bareName(nameKey(written))}`) ?? null;
    if (asked.size >= 20000) asked.clear();
    asked.set(k, found);
  }
  return found ?? undefined;
}

const FORMER_ASKED = new WeakMap<readonly FormerEntry[], Map<string, FormerEntry | null>>();

/** Whether a class code exists in the catalog (the class list is complete in every edition shipped). */
export function classExists(cat: Catalog, scheme: Scheme, cls: string): boolean {
  return cat.entries[scheme].has(cls) || builtinCatalog().entries[scheme].has(cls);
}

/** The first digit of every code of a classification: 2 functional, 3 departmental economic, 5 government economic. */
export const SCHEME_DIGIT: Record<Scheme, string> = { fn: '2', econ: '3', gov: '5' };

/** Whether a code is structurally valid for its column: right first digit and an existing class. */
export function structurallyValid(cat: Catalog, scheme: Scheme, code: string): boolean {
  return code[0] === SCHEME_DIGIT[scheme] && classExists(cat, scheme, code.slice(0, 3));
}

const FN_CLASSES = new WeakMap<ReadonlyMap<string, CatalogEntry>, { entry: CatalogEntry; bare: string }[]>();

/** The functional 类 entries with their bare name keys, listed once per catalog. */
function fnClasses(cat: Catalog): { entry: CatalogEntry; bare: string }[] {
  let list = FN_CLASSES.get(cat.entries.fn);
  if (!list) {
    list = [...cat.entries.fn.values()].filter((e) => e.level === 'class').map((entry) => ({ entry, bare: bareName(nameKey(entry.name)) }));
    FN_CLASSES.set(cat.entries.fn, list);
  }
  return list;
}

/**
 * A summary line (一、一般公共服务支出 / （十）卫生健康支出) → its 类: by name first (current or
 * former), the number (类 = 200 + n) deciding between close names.
 */
export function classOfLine(cat: Catalog, label: string): { entry: CatalogEntry; by: 'name' | 'former-name' | 'number'; former?: string } | null {
  const en = parseEnumeration(normalizeLabel(label));
  const text = nameKey(en ? en.rest : label);
  if (!text) return null;
  const classes = fnClasses(cat);
  const written = bareName(text);
  const exact = classes.find((c) => c.bare === written)?.entry;
  if (exact) return { entry: exact, by: 'name' };
  const f = formerNamed(cat, 'fn', text);
  if (f && f.code.length === 3) {
    const cur = cat.entries.fn.get(f.current);
    if (cur) return { entry: cur, by: 'former-name', former: f.name };
  }
  // close names (文化体育旅游与传媒 ≈ 文化旅游体育与传媒; 灾害防治及应急管理 ≈ …支出): the best above 0.6,
  // and the number must agree when there is one
  let best: CatalogEntry | null = null;
  let bestScore = 0.6;
  for (const { entry: e, bare } of classes) {
    const sc = similarity(bare, written);
    if (sc > bestScore) {
      best = e;
      bestScore = sc;
    }
  }
  if (best && (!en || en.n + 200 === Number(best.code) || bestScore >= 0.8)) return { entry: best, by: en && en.n + 200 === Number(best.code) ? 'number' : 'name' };
  return null;
}

/** Government codes a department code may map to, for a unit type. */
export function correspondingGov(cat: Catalog, econ: string, type: UnitType): readonly string[] | null {
  const exact = cat.correspondence.find((c) => c.from === econ);
  const byClass = exact ?? cat.correspondence.find((c) => c.from === econ.slice(0, 3));
  if (byClass) return type === 'admin' ? byClass.admin : byClass.institution;
  return null;
}

export function govFits(allowed: readonly string[], gov: string): boolean {
  return allowed.some((a) => (a.length === 3 ? gov.startsWith(a) : gov === a));
}
