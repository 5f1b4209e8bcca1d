import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** A filter as a row of toggle chips: one click to add or drop a value, every choice visible at once. */
export function ToggleChips({
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
    <Stack direction="row" spacing={0.75} useFlexGap role="group" aria-label={label} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="caption" color="text.secondary" aria-hidden sx={{ minWidth: 56 }}>
        {label}
      </Typography>
      {options.map((option) => {
        const on = value.includes(option.value);
        return (
          <Chip
            key={option.value}
            size="small"
            label={option.label}
            clickable
            color={on ? 'primary' : 'default'}
            variant={on ? 'filled' : 'outlined'}
            aria-pressed={on}
            onClick={() => onChange(on ? value.filter((v) => v !== option.value) : [...value, option.value])}
          />
        );
      })}
    </Stack>
  );
}
