/**
 * 插入标准表: which tables, and the year, unit name, amount unit and level of their titles.
 */
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { Lang } from '../../engine/i18n/lang';
import { kindName, profileName } from '../../engine/i18n/labels';
import { TABLE_KINDS, type TableKind } from '../../engine/tables/kinds';
import { templateSet, type TemplateOptions } from '../../engine/templates';
import { t } from '../strings';
import { useStyles } from '../styles';
import type { TemplateChoice } from '../useChecker';

const isUnit = (v: string): v is TemplateOptions['unit'] => v === '万元' || v === '元';
const isLevel = (v: string): v is TemplateOptions['level'] => v === 'unit' || v === 'dept';

export interface InsertPanelProps {
  lang: Lang;
  /** The tables the last check found missing (none before a check). */
  missing: readonly TableKind[];
  /** Whose official templates are inserted (a profile id). */
  profile: string;
  value: TemplateChoice;
  onChange(next: TemplateChoice): void;
  onInsert(): void;
  /** What the last insert did, shown beside the button. */
  notice: string | null;
}

export function InsertPanel({ lang, missing, profile, value, onChange, onInsert, notice }: InsertPanelProps) {
  const s = useStyles();
  const { chosen, options } = value;
  const choose = (next: ReadonlySet<TableKind>) => onChange({ chosen: next, options });
  const set = (patch: Partial<TemplateOptions>) => onChange({ chosen, options: { ...options, ...patch } });
  return (
    <section aria-label="insert">
      <Text weight="semibold">{t('insert', lang)}</Text>
      {missing.length > 0 && (
        <Button size="small" appearance="subtle" onClick={() => choose(new Set(missing))}>
          {t('insertMissing', lang)}
        </Button>
      )}
      <Text block size={200}>
        {t('insertFrom', lang, { profile: profileName(profile, lang) })}
      </Text>
      <div>
        {(templateSet(profile)?.tables.map((x) => x.kind) ?? TABLE_KINDS).map((k) => (
          <Checkbox
            key={k}
            label={kindName(k, lang)}
            checked={chosen.has(k)}
            onChange={(_e, d) => {
              const next = new Set(chosen);
              if (d.checked) next.add(k);
              else next.delete(k);
              choose(next);
            }}
          />
        ))}
      </div>
      <div className={s.row}>
        <Field label={t('year', lang)}>
          <Input type="number" value={String(options.year)} onChange={(_e, d) => set({ year: Number(d.value) || options.year })} />
        </Field>
        <Field label={t('unitName', lang)}>
          <Input value={options.unitName} onChange={(_e, d) => set({ unitName: d.value })} />
        </Field>
      </div>
      <div className={s.row}>
        <Field label={t('unit', lang)}>
          <RadioGroup layout="horizontal" className={s.wrap} value={options.unit} onChange={(_e, d) => isUnit(d.value) && set({ unit: d.value })}>
            <Radio value="万元" label="万元" />
            <Radio value="元" label="元" />
          </RadioGroup>
        </Field>
        <Field label={t('level', lang)}>
          <RadioGroup layout="horizontal" className={s.wrap} value={options.level} onChange={(_e, d) => isLevel(d.value) && set({ level: d.value })}>
            <Radio value="unit" label={t('levelUnit', lang)} />
            <Radio value="dept" label={t('levelDept', lang)} />
          </RadioGroup>
        </Field>
      </div>
      <Button onClick={onInsert} disabled={chosen.size === 0}>
        {t('insertDo', lang)}
      </Button>
      {notice && (
        <Text block role="status">
          {notice}
        </Text>
      )}
    </section>
  );
}
