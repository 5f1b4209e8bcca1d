import { createTheme } from '@mui/material/styles';

/** The accessible name of a menu's button (or a select's label), for the menu's landmark. */
function anchorName(anchor: unknown): string {
  const found = typeof anchor === 'function' ? (anchor as () => unknown)() : anchor;
  if (!(found instanceof Element)) return 'Menu';
  // A select anchors its list to the field's frame: the name is on the combobox inside.
  const el = found.matches('[aria-label], [aria-labelledby]') ? found : (found.querySelector('[aria-label], [aria-labelledby]') ?? found);
  const labelledBy = el.getAttribute('aria-labelledby')?.split(' ')[0];
  const label = el.getAttribute('aria-label') ?? (labelledBy && el.ownerDocument.getElementById(labelledBy)?.textContent) ?? el.textContent;
  return label?.trim() || 'Menu';
}

/**
 * An open menu (MUI Menu, a select's list) is rendered at the end of body, outside every landmark, where
 * screen readers listing landmarks do not find it. It stays there, so MUI locks the page's scroll while it is
 * open and it stays by its button (inside main it would lock main's overflow instead, and float off as the
 * page scrolls); its root becomes a region named after the button that opened it.
 */
const popupLandmark = ({ anchorEl }: { anchorEl?: unknown }) => ({ role: 'region', 'aria-label': anchorName(anchorEl) });

export function buildTheme(mode: 'light' | 'dark') {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#4a3aff' : '#9d94ff' },
      secondary: { main: mode === 'light' ? '#00796b' : '#4db6ac' },
      // Darker than MUI's defaults in light mode, so small coloured text keeps a 4.5:1 contrast (WCAG AA).
      ...(mode === 'light' && {
        info: { main: '#01579b' },
        warning: { main: '#a04100' },
        success: { main: '#1b5e20' },
        error: { main: '#c62828' },
      }),
      background: mode === 'light' ? { default: '#f6f7fb', paper: '#ffffff' } : { default: '#0f1117', paper: '#171a23' },
    },
    shape: { borderRadius: 8 },
    typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
    components: {
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTooltip: { defaultProps: { arrow: true } },
      // MUI makes every subtitle an h6 and every accordion title an h3, whatever the page's outline: a subtitle
      // is a heading only where a page says so (component="h2"), and an accordion is one of the page's sections.
      MuiPopover: { defaultProps: { slotProps: { root: popupLandmark as never } } },
      MuiTypography: { defaultProps: { variantMapping: { subtitle1: 'p', subtitle2: 'p' } } },
      MuiAccordion: { defaultProps: { slotProps: { heading: { component: 'h2' } } } },
      // MUI greys a disabled field's helper text (text.disabled, 2.7:1 on white) with the field, but it still
      // says something to read ("Fixed after creation"): the secondary text colour keeps 4.5:1.
      MuiFormHelperText: { styleOverrides: { root: ({ theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) } },
    },
  });
}
