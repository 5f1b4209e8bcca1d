import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { EnvVar } from '../domain/envDiff';
import { defaultChoice, type ImportChoice, type ImportRow, type ImportStatus } from '../domain/envImport';
import { checkImport, type ImportCheck, type ImportProgress } from '../domain/envImportCheck';
import type { Column } from '../../../shared/ui/DataTable';
import { TextInput } from '../../../shared/ui/TextInput';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { VirtualDataTable } from '../../../shared/ui/VirtualDataTable';
import { afterPaint, runInSteps } from './runInSteps';

const MONO = { fontFamily: 'monospace' };
const STATUS_COLOR: Record<ImportStatus, 'success' | 'warning' | 'default' | 'error'> = {
  new: 'success',
  changed: 'warning',
  unchanged: 'default',
  conflict: 'error',
  refused: 'error',
};
/** A paste this long into the empty field goes straight to the preview: a textarea of 10,000 lines takes the browser most of a second to lay out. */
const LARGE_PASTE_LINES = 1000;
const ROW_HEIGHT = 76;
const TABLE_HEIGHT = 420;

interface PreviewLine {
  row: ImportRow;
  choice: ImportChoice;
}

const lineKey = (line: PreviewLine) => line.row.key;

/** Three lines at most, so every row has the one height the virtualiser counts on; the whole text stays in the DOM. */
const Note = styled('span')({ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' });

function whatHappens(row: ImportRow): string {
  const base = row.note ?? (row.status === 'unchanged' ? 'Same as now.' : row.status === 'new' ? 'Added.' : 'Value replaced.');
  return row.notices?.length ? `${base} ${row.notices.join(' ')}` : base;
}

function previewColumns(choose: (key: string, choice: ImportChoice) => void): Column<PreviewLine>[] {
  return [
    {
      header: 'Key',
      width: '30%',
      rowHeader: true,
      cell: ({ row }) => (
        <Tooltip title={row.key}>
          {() => (
            <Typography component="code" noWrap sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.875rem' }}>
              {row.key}
            </Typography>
          )}
        </Tooltip>
      ),
    },
    {
      header: 'Status',
      width: 112,
      cell: ({ row }) => <Chip size="small" variant="outlined" color={STATUS_COLOR[row.status]} label={row.status} />,
    },
    {
      header: 'What happens',
      cell: ({ row }) => (
        <Typography variant="body2" color="text.secondary" component={Note}>
          {whatHappens(row)}
        </Typography>
      ),
    },
    {
      header: 'Decision',
      width: 196,
      cell: ({ row, choice }) =>
        row.canOverwrite ? (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={choice}
            onChange={(_, v: ImportChoice | null) => v && choose(row.key, v)}
            aria-label={`Decision for ${row.key}`}
            sx={DECISION_STYLE}
          >
            <ToggleButton value="overwrite">Overwrite</ToggleButton>
            <ToggleButton value="skip">Skip</ToggleButton>
          </ToggleButtonGroup>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Skipped
          </Typography>
        ),
    },
  ];
}

// The unselected button's default grey (action.active) falls under 4.5:1 on a striped row.
const DECISION_STYLE = { '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' } };

const PreviewFrame = styled('div')({ '& table': { minWidth: 720 } });

function progressText(p: ImportProgress): string {
  const n = (x: number) => x.toLocaleString('en');
  return p.phase === 'reading' ? `Reading line ${n(p.done)} of ${n(p.total)}…` : `Comparing ${n(p.done)} of ${n(p.total)} variables…`;
}

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
  const [checked, setChecked] = useState<ImportCheck>();
  const [progress, setProgress] = useState<ImportProgress | 'started'>();
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  const [applying, setApplying] = useState(false);
  const run = useRef<{ cancelled: boolean }>(undefined);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(
    () => () => {
      if (run.current) run.current.cancelled = true;
    },
    [],
  );

  /**
   * `large`: the text is not in the field (a long paste or a file), and the progress shows at once. Otherwise
   * it shows only once reading takes more than one step, so a short file keeps the field and its focus.
   */
  const check = async (content: string, large = false) => {
    if (run.current) run.current.cancelled = true;
    const current = { cancelled: false };
    run.current = current;
    setChecked(undefined);
    if (large) setProgress('started');
    const result = await runInSteps(checkImport(content, rows, base), setProgress, current);
    if (!result) return;
    // A transition: React renders the preview in slices between which the page stays responsive.
    startTransition(() => {
      setText(content);
      setProgress(undefined);
      setChecked(result);
      setChoices(Object.fromEntries((result.preview ?? []).map((r) => [r.key, defaultChoice(r)])));
    });
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const field = event.currentTarget;
    const replacesAll = field.selectionStart === 0 && field.selectionEnd === field.value.length;
    if (!replacesAll || pasted.split('\n', LARGE_PASTE_LINES + 1).length <= LARGE_PASTE_LINES) return;
    event.preventDefault();
    void check(pasted, true);
  };

  const preview = checked?.preview;
  const counts = useMemo(() => {
    const c: Record<ImportStatus, number> = { new: 0, changed: 0, unchanged: 0, conflict: 0, refused: 0 };
    for (const r of preview ?? []) c[r.status]++;
    return c;
  }, [preview]);
  const lines = useMemo(() => (preview ?? []).map((row) => ({ row, choice: choices[row.key] ?? defaultChoice(row) })), [preview, choices]);
  const chosen = useMemo(() => lines.filter((l) => l.row.canOverwrite && l.choice === 'overwrite').length, [lines]);
  const choose = useCallback((key: string, choice: ImportChoice) => setChoices((s) => ({ ...s, [key]: choice })), []);
  const columns = useMemo(() => previewColumns(choose), [choose]);

  const apply = async () => {
    if (!preview || applying) return;
    setApplying(true);
    // The busy label is painted before the list takes the rows.
    await afterPaint();
    onApply(preview, choices);
  };

  const errors = checked?.errors ?? [];
  return (
    <Dialog open onClose={applying ? undefined : onClose} aria-labelledby="env-import-title" fullWidth maxWidth="md">
      <DialogTitle id="env-import-title">Import variables</DialogTitle>
      <DialogContent>
        {progress ? (
          <Stack spacing={1} sx={{ py: 2 }}>
            <Typography variant="body2" role="status">
              {progress === 'started' ? 'Reading the file…' : progressText(progress)}
            </Typography>
            <LinearProgress
              aria-label="Reading the file"
              variant={progress === 'started' ? 'indeterminate' : 'determinate'}
              value={progress === 'started' ? undefined : (100 * progress.done) / progress.total}
            />
          </Stack>
        ) : !preview ? (
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
              onPaste={onPaste}
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
                  e.target.value = '';
                  await check(content, true);
                }}
              />
              <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => fileRef.current?.click()}>
                Upload file
              </Button>
            </div>
            {errors.length > 0 && (
              <Alert severity="error" role="alert">
                <AlertTitle>
                  {errors.length} {errors.length === 1 ? 'line needs' : 'lines need'} fixing in this {checked!.format} file
                </AlertTitle>
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {errors.slice(0, 50).map((e) => (
                    <li key={`${e.line}-${e.message}`}>{e.message}</li>
                  ))}
                </Box>
                {errors.length > 50 && `and ${errors.length - 50} more.`}
              </Alert>
            )}
            {checked && !errors.length && !checked.vars.length && (
              <Alert severity="info" role="status">
                The file has no variables.
              </Alert>
            )}
          </Stack>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} role="status">
              {counts.new} new · {counts.changed} changed · {counts.unchanged} unchanged · {counts.conflict} {counts.conflict === 1 ? 'conflict' : 'conflicts'}
              {counts.refused > 0 && ` · ${counts.refused} refused by the editor’s rules`}
            </Typography>
            <PreviewFrame>
              <VirtualDataTable aria-label="Import preview" columns={columns} rows={lines} rowKey={lineKey} rowHeight={ROW_HEIGHT} height={TABLE_HEIGHT} />
            </PreviewFrame>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={applying}>
          Cancel
        </Button>
        {preview ? (
          <>
            <Button onClick={() => setChecked(undefined)} disabled={applying}>
              Back
            </Button>
            <Button variant="contained" onClick={() => void apply()} disabled={chosen === 0 || applying}>
              {applying ? `Adding ${chosen} to list…` : `Add ${chosen} to list`}
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={() => void check(text)} disabled={!text.trim() || Boolean(progress)}>
            Preview
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
