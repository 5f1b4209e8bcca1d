import IconButton from '@mui/material/IconButton';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import { Tooltip } from '../shared/ui/Tooltip';
import { useUi, type ThemeChoice } from './uiStore';

const NEXT: Record<ThemeChoice, ThemeChoice> = { light: 'dark', dark: 'system', system: 'light' };
const LOOK = {
  light: { label: 'Light', icon: <LightModeIcon /> },
  dark: { label: 'Dark', icon: <DarkModeIcon /> },
  system: { label: 'System', icon: <SettingsBrightnessIcon /> },
};

/** One button cycles light, dark and the system's choice; its name says the current theme and the next. */
export function ThemeMenu() {
  const theme = useUi((state) => state.theme);
  const setTheme = useUi((state) => state.setTheme);
  const next = NEXT[theme];
  const label = `Theme: ${LOOK[theme].label}. Switch to ${LOOK[next].label}`;
  // The hint repeats the button's name for the eye, so it does not describe the button as well.
  return (
    <Tooltip title={label}>
      {() => (
        <IconButton color="inherit" aria-label={label} onClick={() => setTheme(next)}>
          {LOOK[theme].icon}
        </IconButton>
      )}
    </Tooltip>
  );
}
