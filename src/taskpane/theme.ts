/**
 * The pane follows the Office theme (dark included): Office tells its body background colour
 * (Office.context.officeTheme); where it does not, the system's light or dark preference decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance (0 black … 1 white) of "#rrggbb"; null for anything else. */
function luminance(color: string | undefined): number | null {
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) : null;
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's body background is dark; without it, when the system prefers dark. */
export function isDark(officeBackground: string | undefined, systemPrefersDark: boolean): boolean {
  const l = luminance(officeBackground);
  return l === null ? systemPrefersDark : l < 0.2;
}

export function paneTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
