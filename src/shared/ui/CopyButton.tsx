import { useEffect, useRef, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { copyText } from '../lib/clipboard';
import { Tooltip } from './Tooltip';

type CopyState = 'idle' | 'copied' | 'failed';

const FAILED = 'Could not copy. The text is selected: press Ctrl+C (⌘C on a Mac).';

/**
 * Copies a value; the label names what is copied, for screen readers. When the browser will not copy, it
 * says so and offers the value selected in a field, to copy by hand.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const fallback = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== 'failed') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);
  const copy = async () => {
    const copied = await copyText(value);
    setState(copied ? 'copied' : 'failed');
    if (copied) window.setTimeout(() => setState((now) => (now === 'copied' ? 'idle' : now)), 1500);
  };
  return (
    <>
      <Tooltip title={state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy' : label}>
        {(hintId) => (
          <IconButton size="small" aria-label={label} aria-describedby={state === 'idle' ? undefined : hintId} onClick={copy}>
            {state === 'copied' ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
          </IconButton>
        )}
      </Tooltip>
      {state === 'failed' && (
        <input
          readOnly
          aria-label={FAILED}
          value={value}
          ref={fallback}
          onBlur={() => setState('idle')}
          onKeyDown={(event) => event.key === 'Escape' && setState('idle')}
          style={{ font: 'inherit', fontSize: '0.8125rem', maxWidth: 240, marginLeft: 4 }}
        />
      )}
    </>
  );
}
