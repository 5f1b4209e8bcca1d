import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import { useUi, type ThemeChoice } from './uiStore';

const CHOICES: { value: ThemeChoice; label: string; icon: React.ReactElement }[] = [
  { value: 'light', label: 'Light', icon: <LightModeIcon fontSize="small" /> },
  { value: 'dark', label: 'Dark', icon: <DarkModeIcon fontSize="small" /> },
  { value: 'system', label: 'System', icon: <SettingsBrightnessIcon fontSize="small" /> },
];

export function ThemeMenu() {
  const { theme, setTheme } = useUi();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = CHOICES.find((choice) => choice.value === theme) ?? CHOICES[2]!;
  return (
    <>
      <Tooltip title={`Theme: ${current.label}`}>
        <IconButton color="inherit" aria-label={`Theme: ${current.label}`} onClick={(e) => setAnchor(e.currentTarget)}>
          {current.icon}
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {CHOICES.map((choice) => (
          <MenuItem
            key={choice.value}
            selected={choice.value === theme}
            onClick={() => {
              setTheme(choice.value);
              setAnchor(null);
            }}
          >
            {choice.icon}&nbsp;{choice.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
