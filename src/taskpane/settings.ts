/**
 * The task pane's settings: their keys (only here), what they hold, and where they are kept: the
 * workbook's settings through the host, and for an imported catalog also the browser's storage,
 * so that it serves every workbook on this machine.
 */
import { asImportedCatalog } from '../engine/catalog/import';
import type { ImportedCatalog, UnitType } from '../engine/catalog/types';
import { LANGS, type Lang } from '../engine/i18n/lang';
import type { WorkbookHost } from '../hosts/host';

export const SETTING_KEYS = {
  profile: 'budgetChecker.profile',
  lang: 'budgetChecker.lang',
  unitType: 'budgetChecker.unitType',
  catalog: 'budgetChecker.catalog',
} as const;

export type UnitTypeChoice = UnitType | 'auto';

export interface PaneSettings {
  /** A profile id, or 'auto'. */
  profile: string;
  lang: Lang;
  unitType: UnitTypeChoice;
  catalog: ImportedCatalog | null;
}

export const DEFAULT_SETTINGS: PaneSettings = { profile: 'auto', lang: 'zh-CN', unitType: 'auto', catalog: null };

export function isLang(v: unknown): v is Lang {
  return LANGS.some((l) => l === v);
}

export function isUnitTypeChoice(v: unknown): v is UnitTypeChoice {
  return v === 'admin' || v === 'institution' || v === 'auto';
}

/** The catalog kept in the browser's storage, null when none (or storage is unavailable). */
function storedCatalog(): ImportedCatalog | null {
  try {
    const raw = globalThis.localStorage?.getItem(SETTING_KEYS.catalog);
    return raw ? asImportedCatalog(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

function storeCatalog(c: ImportedCatalog | null): void {
  try {
    if (c) globalThis.localStorage?.setItem(SETTING_KEYS.catalog, JSON.stringify(c));
    else globalThis.localStorage?.removeItem(SETTING_KEYS.catalog);
  } catch {
    /* storage full or disabled: the workbook setting still holds it */
  }
}

/**
 * The settings the workbook holds (the catalog falls back to the browser's storage). Read in
 * order; when one cannot be read, it and those after it are left out (their defaults stay).
 */
export async function loadSettings(host: WorkbookHost): Promise<Partial<PaneSettings>> {
  const out: Partial<PaneSettings> = {};
  try {
    const profile = await host.getSetting<unknown>(SETTING_KEYS.profile);
    if (profile && typeof profile === 'string') out.profile = profile;
    const lang = await host.getSetting<unknown>(SETTING_KEYS.lang);
    if (isLang(lang)) out.lang = lang;
    const unitType = await host.getSetting<unknown>(SETTING_KEYS.unitType);
    if (isUnitTypeChoice(unitType)) out.unitType = unitType;
    out.catalog = asImportedCatalog(await host.getSetting<unknown>(SETTING_KEYS.catalog)) ?? storedCatalog();
  } catch {
    /* settings unreadable: keep defaults */
  }
  return out;
}

/** The settings kept in the workbook only. */
export type SimpleSetting = 'profile' | 'lang' | 'unitType';

/** Keep one of the simple settings in the workbook. */
export function saveSetting<K extends SimpleSetting>(host: WorkbookHost, key: K, value: PaneSettings[K]): Promise<void> {
  return host.setSetting(SETTING_KEYS[key], value);
}

/** Keep an imported catalog in the workbook and the browser, or (null) drop it from both. */
export async function saveCatalog(host: WorkbookHost, c: ImportedCatalog | null): Promise<void> {
  await host.setSetting(SETTING_KEYS.catalog, c ?? undefined);
  storeCatalog(c);
}
