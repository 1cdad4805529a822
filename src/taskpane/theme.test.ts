import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDark, paneTheme } from './theme';

describe('the pane follows the Office theme', () => {
  test.each([
    ['#262626', false, true], // Office dark grey
    ['#000000', false, true], // black
    ['#ffffff', true, false], // white wins over a dark system
    ['#f3f3f3', true, false], // colourful / light grey
    ['#6a6a6a', false, true], // Office "dark grey": luminance about 0.14
  ])('Office background %s, system dark %s → dark %s', (bg, system, dark) => {
    expect(isDark(bg, system)).toBe(dark);
  });
  test('without an Office colour the system preference decides', () => {
    expect(isDark(undefined, true)).toBe(true);
    expect(isDark(undefined, false)).toBe(false);
    expect(isDark('not a colour', true)).toBe(true);
  });
  test('themes', () => {
    expect(paneTheme(true)).toBe(webDarkTheme);
    expect(paneTheme(false)).toBe(webLightTheme);
  });
});
