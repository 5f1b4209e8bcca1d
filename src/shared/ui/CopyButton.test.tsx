import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyButton } from './CopyButton';

afterEach(() => vi.unstubAllGlobals());

/** A browser without the Clipboard API (an insecure context), or with one that refuses. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined) {
  vi.stubGlobal('navigator', { ...navigator, clipboard });
}

describe('CopyButton', () => {
  it('says it copied only when the clipboard took the text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    render(<CopyButton value="cl-123" label="Copy ID" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy ID' }));
    expect(writeText).toHaveBeenCalledWith('cl-123');
    expect(screen.getByRole('button', { name: 'Copy ID' })).toHaveAccessibleDescription('Copied');
  });

  it.each([
    ['there is no Clipboard API (insecure context)', undefined],
    ['the clipboard refuses (no permission)', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }],
  ])('when %s, says it could not copy and offers the text selected', async (_case, clipboard) => {
    stubClipboard(clipboard);
    render(<CopyButton value="cl-123" label="Copy ID" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy ID' }));
    expect(screen.getByRole('button', { name: 'Copy ID' })).toHaveAccessibleDescription('Could not copy');
    expect(screen.queryByText('Copied')).not.toBeInTheDocument();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: /Could not copy.*Ctrl\+C/ });
    expect(field).toHaveValue('cl-123');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'cl-123'.length]);
  });
});
