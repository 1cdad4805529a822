/**
 * The selected cell and the classification codes of its row.
 */
import { Button, Text } from '@fluentui/react-components';
import type { MappedCode } from '../../engine/catalog/mapping';
import { CODE_LEVEL_LABELS, MATCHED_LABELS, SCHEME_LABELS } from '../../engine/i18n/labels';
import type { Lang } from '../../engine/i18n/lang';
import type { CellRef } from '../../hosts/host';
import { t } from '../strings';
import { useStyles } from '../styles';

export interface CellInfoPanelProps {
  lang: Lang;
  selected: CellRef | null;
  /** The codes of the selected cell's row; null or [] when it has none. */
  codes: MappedCode[] | null;
  /** False when the host cannot follow the selection: the panel offers a button to ask for it. */
  selectionEvents: boolean;
  onAsk(): void;
}

export function CellInfoPanel({ lang, selected, codes, selectionEvents, onAsk }: CellInfoPanelProps) {
  const s = useStyles();
  return (
    <section aria-label="cell">
      <Text weight="semibold">{t('cellInfo', lang)}</Text>
      {!selectionEvents && (
        <Button size="small" appearance="subtle" onClick={onAsk}>
          {t('cellInfoAsk', lang)}
        </Button>
      )}
      {!selected ? (
        <Text block size={200} className={s.small}>
          {t('cellInfoHint', lang)}
        </Text>
      ) : (
        <div>
          <Text block>
            {selected.sheet}!{selected.cell}
          </Text>
          {!codes || codes.length === 0 ? (
            <Text block>{t('cellInfoNone', lang)}</Text>
          ) : (
            codes.map((c, i) => (
              <Text block key={i}>
                {SCHEME_LABELS[c.scheme][lang]} {c.code ?? '—'}
                {c.level ? `（${CODE_LEVEL_LABELS[c.level][lang]}）` : ''} {c.name ?? t('notInCatalog', lang)} · {MATCHED_LABELS[c.matched][lang]}
              </Text>
            ))
          )}
        </div>
      )}
    </section>
  );
}
