/**
 * The task pane's styles, shared by its panels.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  wrap: { flexWrap: 'wrap' },
  // the findings list scrolls on its own (virtualised: only the lines in view are in the page)
  list: { marginTop: '6px', maxHeight: '60vh', overflowY: 'auto', overflowX: 'hidden' },
  listRow: { position: 'absolute', top: 0, left: 0, width: '100%', paddingBottom: '2px', boxSizing: 'border-box' },
  nested: { paddingLeft: '12px' },
  current: { background: tokens.colorNeutralBackground1Selected },
  grow: { flex: '1 1 140px', minWidth: 0 },
  fill: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
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
  preview: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '6px', padding: '8px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  details: { display: 'flex', flexDirection: 'column', gap: '4px' },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  // the standalone checker page
  page: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '16px', maxWidth: '1100px', margin: '0 auto', boxSizing: 'border-box', overflowWrap: 'anywhere' },
  dropZone: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '16px', border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge },
  chooser: {
    alignSelf: 'flex-start',
    padding: '6px 12px',
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    cursor: 'pointer',
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // visually hidden but focusable (the label above is what is seen)
  fileInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  excerpt: {
    overflowX: 'auto',
    '& table': { borderCollapse: 'collapse', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
    '& td': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', whiteSpace: 'nowrap' },
  },
  excerptHit: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, fontWeight: tokens.fontWeightSemibold },
  notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
