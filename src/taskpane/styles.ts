/**
 * The task pane's styles, shared by its panels.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: 'none',
    background: 'transparent',
    cursor: 'pointer',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    ':hover': { background: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: '6px' },
  small: { color: tokens.colorNeutralForeground3 },
  notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
