import { useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { EnvVar } from '../domain/envDiff';
import { parseDotenv, type ParsedEnvFile } from '../domain/envDotenv';
import { defaultChoice, previewImport, type ImportChoice, type ImportRow, type ImportStatus } from '../domain/envImport';
import { parseEnvJson } from '../domain/envJson';
import { TableFrame } from '../../../shared/ui/TableFrame';
import { TextInput } from '../../../shared/ui/TextInput';

/** JSON when it looks like JSON, `.env` otherwise. */
export function parseEnvText(text: string): ParsedEnvFile & { format: '.env' | 'JSON' } {
  const t = text.trim();
  return t.startsWith('{') || t.startsWith('[') ? { ...parseEnvJson(text), format: 'JSON' } : { ...parseDotenv(text), format: '.env' };
}

const MONO = { fontFamily: 'monospace' };
const STATUS_COLOR: Record<ImportStatus, 'success' | 'warning' | 'default' | 'error'> = {
  new: 'success',
  changed: 'warning',
  unchanged: 'default',
  conflict: 'error',
};

/**
 * Paste or upload a `.env` or JSON file, see its errors by line, then decide per key. Nothing is sent:
 * chosen keys join the list to review and apply; keys the file leaves out stay as they are.
 */
export function ImportDialog({
  rows,
  base,
  onApply,
  onClose,
}: {
  rows: EnvVar[];
  base: EnvVar[];
  onApply: (preview: ImportRow[], choices: Record<string, ImportChoice>) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<ImportRow[]>();
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  const [checked, setChecked] = useState<ReturnType<typeof parseEnvText>>();
  const fileRef = useRef<HTMLInputElement>(null);

  const check = (content: string) => {
    const parsed = parseEnvText(content);
    setChecked(parsed);
    if (parsed.errors.length || !parsed.vars.length) return;
    const next = previewImport(rows, base, parsed.vars);
    setPreview(next);
    setChoices(Object.fromEntries(next.map((r) => [r.key, defaultChoice(r)])));
  };

  const counts = useMemo(() => {
    const c: Record<ImportStatus, number> = { new: 0, changed: 0, unchanged: 0, conflict: 0 };
    for (const r of preview ?? []) c[r.status]++;
    return c;
  }, [preview]);
  const chosen = (preview ?? []).filter((r) => choices[r.key] === 'overwrite').length;

  return (
    <Dialog open onClose={onClose} aria-labelledby="env-import-title" fullWidth maxWidth="md">
      <DialogTitle id="env-import-title">Import variables</DialogTitle>
      <DialogContent>
        {!preview ? (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              Paste a <code>.env</code> file (<code>KEY=value</code> per line, <code>#</code> comments, <code>KEY= # secret</code> for a secret kept as stored)
              or JSON exported from here. Keys not in the file are kept.
            </Typography>
            <TextInput
              label="File content"
              fullWidth
              multiline
              rows={8}
              spellCheck={false}
              style={MONO}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setChecked(undefined);
              }}
              autoFocus
            />
            <div>
              <input
                ref={fileRef}
                type="file"
                accept=".env,.json,.txt,text/plain,application/json"
                hidden
                aria-label="Upload a .env or JSON file"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  const content = await file.text();
                  setText(content);
                  check(content);
                  e.target.value = '';
                }}
              />
              <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => fileRef.current?.click()}>
                Upload file
              </Button>
            </div>
            {checked && checked.errors.length > 0 && (
              <Alert severity="error" role="alert">
                <AlertTitle>
                  {checked.errors.length} {checked.errors.length === 1 ? 'line needs' : 'lines need'} fixing in this {checked.format} file
                </AlertTitle>
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {checked.errors.slice(0, 50).map((e) => (
                    <li key={`${e.line}-${e.message}`}>{e.message}</li>
                  ))}
                </Box>
              </Alert>
            )}
            {checked && !checked.errors.length && !checked.vars.length && (
              <Alert severity="info" role="status">
                The file has no variables.
              </Alert>
            )}
          </Stack>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} role="status">
              {counts.new} new · {counts.changed} changed · {counts.unchanged} unchanged · {counts.conflict} {counts.conflict === 1 ? 'conflict' : 'conflicts'}
            </Typography>
            <Box sx={{ maxHeight: 420, overflow: 'auto' }}>
              <TableFrame className="sticky" aria-label="Import preview">
                <thead>
                  <tr>
                    <th scope="col">Key</th>
                    <th scope="col">Status</th>
                    <th scope="col">What happens</th>
                    <th scope="col">Decision</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((r) => (
                    <tr key={r.key}>
                      <td>
                        <code>{r.key}</code>
                      </td>
                      <td>
                        <Chip size="small" variant="outlined" color={STATUS_COLOR[r.status]} label={r.status} />
                      </td>
                      <td>
                        <Typography variant="body2" color="text.secondary">
                          {r.note ?? (r.status === 'unchanged' ? 'Same as now.' : r.status === 'new' ? 'Added.' : 'Value replaced.')}
                        </Typography>
                      </td>
                      <td>
                        {r.canOverwrite ? (
                          <ToggleButtonGroup
                            size="small"
                            exclusive
                            value={choices[r.key]}
                            onChange={(_, v: ImportChoice | null) => v && setChoices((s) => ({ ...s, [r.key]: v }))}
                            aria-label={`Decision for ${r.key}`}
                          >
                            <ToggleButton value="overwrite">Overwrite</ToggleButton>
                            <ToggleButton value="skip">Skip</ToggleButton>
                          </ToggleButtonGroup>
                        ) : (
                          <Typography variant="body2" color="text.secondary">
                            Skipped
                          </Typography>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </TableFrame>
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        {preview ? (
          <>
            <Button onClick={() => setPreview(undefined)}>Back</Button>
            <Button variant="contained" onClick={() => onApply(preview, choices)} disabled={chosen === 0}>
              Add {chosen} to list
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={() => check(text)} disabled={!text.trim()}>
            Preview
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
