import { styled } from '@mui/material/styles';

const Group = styled('div')(({ theme }) => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 6,
  '& .label': { minWidth: 56, fontSize: '0.75rem', color: theme.palette.text.secondary },
  '& button': {
    font: 'inherit',
    fontSize: '0.8125rem',
    height: 24,
    padding: '0 10px',
    borderRadius: 12,
    cursor: 'pointer',
    color: theme.palette.text.primary,
    background: 'transparent',
    border: `1px solid ${theme.palette.divider}`,
    '&:hover': { background: theme.palette.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
    '&[aria-pressed="true"]': {
      color: theme.palette.primary.contrastText,
      background: theme.palette.primary.main,
      borderColor: theme.palette.primary.main,
    },
  },
}));

/** A filter as a row of toggle buttons: one click to add or drop a value, every choice visible at once. */
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
    <Group role="group" aria-label={label}>
      <span className="label" aria-hidden>
        {label}
      </span>
      {options.map((option) => {
        const on = value.includes(option.value);
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={on}
            onClick={() => onChange(on ? value.filter((v) => v !== option.value) : [...value, option.value])}
          >
            {option.label}
          </button>
        );
      })}
    </Group>
  );
}
