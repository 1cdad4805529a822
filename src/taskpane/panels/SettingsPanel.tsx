/**
 * 设置: the profile, the unit type, the classification catalog (import or drop), the language.
 */
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import { catalogCounts } from '../../engine/catalog/import';
import type { Scheme } from '../../engine/catalog/types';
import { profileName, SCHEME_LABELS } from '../../engine/i18n/labels';
import type { Lang } from '../../engine/i18n/lang';
import { PROFILES } from '../../engine/tables/profiles';
import type { PickedFile } from '../../hosts/file/browser';
import { isLang, isUnitTypeChoice, type PaneSettings, type SimpleSetting } from '../settings';
import { t } from '../strings';
import type { PendingCatalog } from '../useChecker';
import { useStyles } from '../styles';

export interface SettingsPanelProps {
  settings: PaneSettings;
  onChange<K extends SimpleSetting>(key: K, value: PaneSettings[K]): void;
  onImportCatalog(file: PickedFile | undefined): void;
  /** A catalog read and waiting for the user's word. */
  pending: PendingCatalog | null;
  onConfirmCatalog(): void;
  onDropCatalog(): void;
  onRestoreCatalog(): void;
}

/** What an imported catalog holds, and a warning where it is far smaller than what it replaces; confirm or drop. */
function CatalogPreview({ pending, lang, onConfirm, onDrop }: { pending: PendingCatalog; lang: Lang; onConfirm(): void; onDrop(): void }) {
  const s = useStyles();
  const scheme = (x: Scheme) => SCHEME_LABELS[x][lang];
  return (
    <div className={s.preview} role="group" aria-label={t('catalogImport', lang)}>
      <Text block size={200}>
        {t('catalogFound', lang, { file: pending.catalog.source })}
        {pending.shape.map((x) => t('catalogShape', lang, { scheme: scheme(x.scheme), count: x.count, ...x.byLevel })).join(lang === 'en' ? '; ' : '；')}
      </Text>
      {pending.shape
        .filter((x) => x.small)
        .map((x) => (
          <MessageBar key={x.scheme} intent="warning">
            <MessageBarBody>{t('catalogSmall', lang, { scheme: scheme(x.scheme), count: x.count, builtin: x.builtin })}</MessageBarBody>
          </MessageBar>
        ))}
      <div className={s.row}>
        <Button size="small" appearance="primary" onClick={onConfirm}>
          {t('catalogConfirm', lang)}
        </Button>
        <Button size="small" onClick={onDrop}>
          {t('catalogCancel', lang)}
        </Button>
      </div>
    </div>
  );
}

export function SettingsPanel({ settings, onChange, onImportCatalog, pending, onConfirmCatalog, onDropCatalog, onRestoreCatalog }: SettingsPanelProps) {
  const s = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { lang, profile, unitType, catalog } = settings;
  return (
    <section aria-label="settings">
      <Text weight="semibold">{t('settings', lang)}</Text>
      <Field label={t('profile', lang)}>
        <Dropdown
          value={profile === 'auto' ? t('auto', lang) : profileName(profile, lang)}
          selectedOptions={[profile]}
          onOptionSelect={(_e, d) => onChange('profile', d.optionValue ?? 'auto')}
        >
          <Option value="auto">{t('auto', lang)}</Option>
          {PROFILES.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.name[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('unitType', lang)}>
        <RadioGroup layout="horizontal" className={s.wrap} value={unitType} onChange={(_e, d) => isUnitTypeChoice(d.value) && onChange('unitType', d.value)}>
          <Radio value="auto" label={t('unitTypeAuto', lang)} />
          <Radio value="admin" label={t('unitAdmin', lang)} />
          <Radio value="institution" label={t('unitInstitution', lang)} />
        </RadioGroup>
      </Field>
      <Field label={t('catalog', lang)}>
        <Text block size={200}>
          {catalog
            ? `${t('catalogImported', lang)}${catalog.source}${catalog.edition ? `（${catalog.edition}）` : ''}：${t('catalogCounts', lang, catalogCounts(catalog))}`
            : t('catalogBuiltin', lang)}
        </Text>
        <div className={s.row}>
          <Button size="small" onClick={() => fileInput.current?.click()}>
            {t('catalogImport', lang)}
          </Button>
          {catalog && (
            <Button size="small" appearance="subtle" onClick={onRestoreCatalog}>
              {t('catalogRestore', lang)}
            </Button>
          )}
        </div>
        {pending && <CatalogPreview pending={pending} lang={lang} onConfirm={onConfirmCatalog} onDrop={onDropCatalog} />}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv"
          aria-label={t('catalogImport', lang)}
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            onImportCatalog(f);
          }}
        />
      </Field>
      <Field label={t('language', lang)}>
        <RadioGroup layout="horizontal" className={s.wrap} value={lang} onChange={(_e, d) => isLang(d.value) && onChange('lang', d.value)}>
          <Radio value="zh-CN" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <Text size={200} className={s.small}>
        {t('privacy', lang)}
      </Text>
    </section>
  );
}
