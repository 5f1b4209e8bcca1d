import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/** A multi-select filter whose label and chosen values are read out by screen readers. */
export function MultiFilter({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => {
        const next = event.target.value as unknown as string[] | string;
        onChange(typeof next === 'string' ? next.split(',') : next);
      }}
      sx={{ minWidth: 150 }}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => {
            const chosen = selected as string[];
            return chosen.length ? chosen.map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ') : 'All';
          },
          displayEmpty: true,
        },
        inputLabel: { shrink: true },
      }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          <Checkbox size="small" checked={value.includes(option.value)} tabIndex={-1} disableRipple />
          <ListItemText primary={option.label} />
        </MenuItem>
      ))}
    </TextField>
  );
}

export const STATUS_OPTIONS = [
  { value: 'HEALTHY', label: 'Healthy' },
  { value: 'UNHEALTHY', label: 'Unhealthy' },
  { value: 'CREATING', label: 'Creating' },
  { value: 'DEPLOYING', label: 'Deploying' },
  { value: 'HIBERNATING', label: 'Hibernating' },
  { value: 'UNKNOWN', label: 'Unknown' },
] as const;

export const EXECUTOR_OPTIONS = [
  { value: 'CELERY', label: 'Celery' },
  { value: 'KUBERNETES', label: 'Kubernetes' },
  { value: 'ASTRO', label: 'Astro' },
] as const;

export const TYPE_OPTIONS = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'DEDICATED', label: 'Dedicated' },
  { value: 'HYBRID', label: 'Hybrid' },
] as const;
