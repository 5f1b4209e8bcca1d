import { useId, type ReactElement, type ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { oncePerTheme } from './oncePerTheme';

const Wrap = styled('span')(
  oncePerTheme((theme) => ({
    position: 'relative',
    display: 'inline-flex',
    '& > [role="tooltip"]': {
      position: 'absolute',
      left: 0,
      bottom: 'calc(100% + 6px)',
      zIndex: theme.zIndex.tooltip,
      width: 'max-content',
      maxWidth: 320,
      padding: '4px 8px',
      borderRadius: 4,
      fontSize: '0.75rem',
      lineHeight: 1.4,
      color: theme.palette.common.white,
      background: theme.palette.grey[800],
      pointerEvents: 'none',
      opacity: 0,
      visibility: 'hidden',
      transition: 'opacity 120ms',
    },
    '&:hover > [role="tooltip"], &:focus-within > [role="tooltip"]': { opacity: 1, visibility: 'visible' },
  })),
);

/**
 * A plain-CSS tooltip for short hints in long lists: shown on hover and keyboard focus, and tied to its
 * trigger with aria-describedby. It costs no JavaScript positioning engine, unlike MUI's Tooltip.
 */
export function Hint({ title, children }: { title: ReactNode; children: (describedBy: string) => ReactElement }) {
  const id = useId();
  return (
    <Wrap>
      {children(id)}
      <span role="tooltip" id={id}>
        {title}
      </span>
    </Wrap>
  );
}
