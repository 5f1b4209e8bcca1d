import type { CSSObject } from '@emotion/react';
import type { Theme } from '@mui/material/styles';

/** The look shared by the light native controls (TextInput, SelectField): one border, hover and focus ring. */
export function nativeControl(theme: Theme): CSSObject {
  return {
    font: 'inherit',
    fontSize: '0.9375rem',
    color: theme.palette.text.primary,
    background: theme.palette.background.paper,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    '&:hover': { borderColor: theme.palette.text.primary },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
  };
}
