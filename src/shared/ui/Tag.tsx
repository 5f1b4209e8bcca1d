import { styled } from '@mui/material/styles';

/** A small label beside a value ("default", "applying"): a styled span, so a page needs no MUI Chip. */
export const Tag = styled('span', { shouldForwardProp: (prop) => prop !== 'tone' })<{ tone?: 'info' }>(({ theme, tone }) => ({
  display: 'inline-block',
  padding: '0 8px',
  borderRadius: 12,
  fontSize: '0.75rem',
  lineHeight: '22px',
  border: `1px solid ${tone === 'info' ? theme.palette.info.main : theme.palette.divider}`,
  color: tone === 'info' ? theme.palette.info.main : theme.palette.text.primary,
  backgroundColor: tone === 'info' ? 'transparent' : theme.palette.action.selected,
}));
