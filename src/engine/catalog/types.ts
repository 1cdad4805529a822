/**
 * Classification catalogs: 支出功能分类 (fn), 部门预算支出经济分类 (econ), 政府预算支出经济分类 (gov).
 */
import type { LocalizedText } from '../i18n/lang';
import type { CodeLevel } from '../tables/model';

export type Scheme = 'fn' | 'econ' | 'gov';
export const SCHEMES: Scheme[] = ['fn', 'econ', 'gov'];

export interface CatalogEntry {
  code: string;
  name: string;
  level: CodeLevel;
}

/** A name or code of an earlier edition and the current entry it stands for. */
export interface FormerEntry {
  scheme: Scheme;
  code: string;
  name: string;
  current: string;
  since: number;
}

export type UnitType = 'admin' | 'institution';

export interface CorrespondenceRule {
  from: string;
  admin: readonly string[];
  institution: readonly string[];
}

/** A catalog as imported from the official workbook or a CSV: plain data, stored as JSON. */
export interface ImportedCatalog {
  /** What the user imported: the file name, and the edition found in it (年份 in the title). */
  source: string;
  edition: string | null;
  /** When it was imported (ISO date), for the settings display. */
  importedAt: string;
  entries: Record<Scheme, [code: string, name: string][]>;
}

export interface Catalog {
  /** 'builtin', or 'imported' when an imported catalog provides at least one classification. */
  origin: 'builtin' | 'imported';
  /** For messages: which catalog and edition a code was looked up in, per classification. */
  labels: Record<Scheme, LocalizedText>;
  entries: Record<Scheme, ReadonlyMap<string, CatalogEntry>>;
  /** Per classification: whether the entries came from an import. */
  imported: Record<Scheme, boolean>;
  former: readonly FormerEntry[];
  /** Other accepted names per `${scheme}:${code}` (normalised). */
  aliases: ReadonlyMap<string, ReadonlySet<string>>;
  correspondence: readonly CorrespondenceRule[];
}
