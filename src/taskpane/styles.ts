/**
 * The task pane's styles, shared by its panels.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '2px', marginTop: '6px' },
  finding: {
    display: 'block',
    width: '100%',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
  },
  findingButton: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: 'none',
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
  },
  groupItems: { paddingLeft: '12px' },
  tag: { fontWeight: tokens.fontWeightSemibold, marginRight: '6px', whiteSpace: 'nowrap' },
  errorText: { color: tokens.colorPaletteRedForeground1 },
  warningText: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoText: { color: tokens.colorBrandForeground1 },
  count: { fontWeight: tokens.fontWeightSemibold },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: '6px' },
  small: { color: tokens.colorNeutralForeground3 },
  notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
