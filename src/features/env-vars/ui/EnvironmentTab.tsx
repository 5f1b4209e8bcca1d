import { startTransition, useCallback, useDeferredValue, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/Upload';
import { isApiError } from '../../../shared/api/errors';
import { useSaveEnvironment } from '../api';
import type { Deployment } from '../../../shared/api/types';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { downloadText } from '../../../shared/lib/download';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { SelectField } from '../../../shared/ui/SelectField';
import { TextInput } from '../../../shared/ui/TextInput';
import { useListState } from '../../../shared/ui/useListState';
import { toggleSort, type ListSpec, type SortDir } from '../../../shared/lib/listState';
import { useToast } from '../../../shared/ui/toast';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { applyMerge, byKey, diffEnv, fromServer, isEdited, mergeEnv, toRequestVars, type EnvMerge, type EnvVar } from '../domain/envDiff';
import { serializeCliDotenv, type CliExport } from '../domain/envCliDotenv';
import { serializeDotenv } from '../domain/envDotenv';
import { hasErrors, listProblems, removeVar, replaceVar, revertVar, setLineage, upsertVar } from '../domain/envEdits';
import { applyImport } from '../domain/envImport';
import { serializeEnvJson } from '../domain/envJson';
import { isLineageEnabled } from '../domain/envKeys';
import { EnvTable, type DisplayRow, type EnvSort } from './EnvTable';
import { ImportDialog } from './ImportDialog';
import { MergeDialog } from './MergeDialog';
import { ReviewDialog } from './ReviewDialog';
import { sameList, useEnvEditor } from './useEnvEditor';
import { VariableDialog } from './VariableDialog';

const ENV_LIST: ListSpec<EnvSort, never> = { sorts: ['order', 'key'], sort: 'order' };
const byKeyName = (a: DisplayRow, b: DisplayRow) => a.key.localeCompare(b.key);
const SEARCH_STYLE = { minWidth: 260 };
const SORT_CHOICES = [
  { value: 'order:asc', label: 'List order' },
  { value: 'key:asc', label: 'Key A–Z' },
  { value: 'key:desc', label: 'Key Z–A' },
] as const;

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; key: string }
  | { kind: 'review' }
  | { kind: 'merge'; merge: EnvMerge; theirs: EnvVar[] }
  | { kind: 'import' }
  | { kind: 'discard' }
  | { kind: 'cli-export' }
  | undefined;

/**
 * The Deployment's environment variables as an editor: edits collect in a list (kept as a draft), are
 * reviewed, then applied in one Deployment update. Secrets are write-only throughout.
 */
export default function EnvironmentTab({ deployment }: { deployment: Deployment }) {
  const editor = useEnvEditor(deployment);
  const { base, rows, setRows } = editor;
  const view = useListState(ENV_LIST);
  const { q, sort, dir } = view.state;
  const query = useDeferredValue(q.trim().toLowerCase());
  const [open, setOpen] = useState<Open>();
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null);
  const [cliFile, setCliFile] = useState<CliExport>();
  const save = useSaveEnvironment(deployment.organizationId, deployment.id);
  const toast = useToast((s) => s.show);

  const { display, total } = useMemo(() => {
    const saved = byKey(base);
    const present = new Set(rows.map((r) => r.key));
    const list: DisplayRow[] = rows.map((v) => {
      const s = saved.get(v.key);
      return { key: v.key, v, state: !s ? 'new' : isEdited(s, v) ? 'changed' : 'saved', problems: editor.problems.get(v.key) };
    });
    for (const b of base) if (!present.has(b.key)) list.push({ key: b.key, v: b, state: 'removed' });
    const shown = query ? list.filter((r) => r.key.toLowerCase().includes(query) || (!r.v.isSecret && (r.v.value ?? '').toLowerCase().includes(query))) : list;
    const sorted = sort === 'key' ? [...shown].sort(dir === 'asc' ? byKeyName : (a, b) => byKeyName(b, a)) : shown;
    return { display: sorted, total: list.length };
  }, [base, rows, editor.problems, query, sort, dir]);

  const onEdit = useCallback((key: string) => setOpen({ kind: 'edit', key }), []);
  const onDelete = useCallback((key: string) => setRows((r) => removeVar(r, key)), [setRows]);
  const onRevert = useCallback((key: string) => setRows((r) => revertVar(r, base, key)), [setRows, base]);

  const { change } = view;
  const tableSort = useMemo(() => ({ sort, dir, onSort: (key: EnvSort) => change(toggleSort({ sort, dir }, key)) }), [sort, dir, change]);

  const blocked = hasErrors(editor.problems);
  const errorCount = [...editor.problems.values()].filter((list) => list.some((p) => p.severity === 'error')).length;

  const apply = () =>
    save.mutate(
      { variables: toRequestVars(rows), unchanged: (fresh) => sameList(base, fromServer(fresh.environmentVariables)) },
      {
        onSuccess: (result) => {
          const server = fromServer(result.deployment.environmentVariables);
          if (result.outcome === 'changed') {
            setOpen({ kind: 'merge', merge: mergeEnv(base, rows, server), theirs: server });
            return;
          }
          const count = editor.changes.length;
          editor.reset(server);
          setOpen(undefined);
          toast(`Applied ${count} ${count === 1 ? 'change' : 'changes'}; ${deployment.name} is restarting its scheduler and workers.`);
        },
      },
    );

  const fieldMessages = useMemo(() => {
    if (!isApiError(save.error)) return [];
    const sent = toRequestVars(rows);
    return save.error.fieldErrors.map((f) => {
      const m = /^environmentVariables\[(\d+)\]/.exec(f.field);
      const key = m ? sent[Number(m[1])]?.key : undefined;
      return key ? `${key}: ${f.message}` : f.message;
    });
  }, [save.error, rows]);

  const exportAs = (format: 'env' | 'cli' | 'json') => {
    setExportAnchor(null);
    const stamp = new Date().toISOString();
    const about = `Environment variables of ${deployment.name} (${deployment.id}), exported ${stamp}.`;
    if (format === 'env') {
      const header = `${about}\nSecret values are never exported: secrets are listed as KEY= # secret.`;
      downloadText(`${deployment.name}.env`, serializeDotenv(editor.server, header), 'text/plain');
    } else if (format === 'cli') {
      const header = `${about}\nFor astro deployment variable create|update --load --env FILE: one KEY=value per line, nothing escaped.\nSecret values are never exported; loading this file keeps the stored ones.`;
      const file = serializeCliDotenv(editor.server, header);
      // What the CLI cannot load as it is, is said before the download, not left for the CLI to mangle.
      setCliFile(file);
      if (file.left.length) setOpen({ kind: 'cli-export' });
      else downloadCliFile(file);
    } else downloadText(`${deployment.name}.env.json`, serializeEnvJson(editor.server), 'application/json');
  };
  const downloadCliFile = (file: CliExport) => downloadText(`${deployment.name}.astro-cli.env`, file.text, 'text/plain');

  // Kept after closing, so the dialog does not change its words while it fades out.
  const cliLeft = cliFile?.left ?? [];
  const editing = open?.kind === 'edit' ? rows.find((r) => r.key === open.key) : undefined;
  const lineage = isLineageEnabled(rows);
  const empty = rows.length === 0 && base.length === 0;

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 640 }}>
          Variables set here override the Dockerfile. Changes collect below and are applied together after a review; applying restarts the scheduler and
          workers. Secret values are write-only.
        </Typography>
        <Tooltip title="Sets OPENLINEAGE_DISABLED (False sends lineage; True stops it, and with it Astro Alerts)">
          {(describedBy) => (
            <FormControlLabel
              control={
                <Switch
                  checked={lineage}
                  onChange={(e) => setRows((r) => setLineage(r, e.target.checked))}
                  slotProps={{ input: { 'aria-describedby': describedBy } }}
                />
              }
              label="Send lineage to Astro"
            />
          )}
        </Tooltip>
      </Stack>

      {deployment.status === 'DEPLOYING' && (
        <Alert severity="info" role="status">
          {deployment.name} is DEPLOYING: the scheduler and workers are restarting with the latest settings.
        </Alert>
      )}
      {editor.restored && (
        <Alert severity="info" role="status" onClose={editor.dismissRestored}>
          Your unsaved changes from earlier in this tab were restored.
          {editor.retype.length > 0 && (
            <>
              {' '}
              Secret values are never kept in drafts; type the new value of{' '}
              {editor.retype.map((k, i) => (
                <span key={k}>
                  {i > 0 && ', '}
                  <code>{k}</code>
                </span>
              ))}{' '}
              again.
            </>
          )}
        </Alert>
      )}
      {editor.serverChanged && (
        <Alert severity="warning" role="status">
          Someone changed these variables after you started editing. When you apply, you will see their changes and yours side by side before anything is sent.
        </Alert>
      )}

      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <TextInput label="Search variables" type="search" value={q} onChange={(e) => view.change({ q: e.target.value })} style={SEARCH_STYLE} />
        <SelectField
          label="Sort"
          value={`${sort}:${sort === 'order' ? 'asc' : dir}`}
          onChange={(value) => {
            const [next, nextDir] = value.split(':') as [EnvSort, SortDir];
            view.change({ sort: next, dir: nextDir });
          }}
        >
          {SORT_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => setOpen({ kind: 'import' })}>
          Import
        </Button>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={(e) => setExportAnchor(e.currentTarget)}
          aria-haspopup="menu"
          disabled={!editor.server.length}
        >
          Export
        </Button>
        <Menu anchorEl={exportAnchor} open={Boolean(exportAnchor)} onClose={() => setExportAnchor(null)}>
          <MenuItem onClick={() => exportAs('env')}>Export saved variables as .env</MenuItem>
          <MenuItem onClick={() => exportAs('cli')}>Export saved variables for the Astro CLI (.env)</MenuItem>
          <MenuItem onClick={() => exportAs('json')}>Export saved variables as JSON</MenuItem>
        </Menu>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen({ kind: 'add' })}>
          Add variable
        </Button>
      </Stack>

      {empty ? (
        <Paper variant="outlined">
          <EmptyState title="No environment variables">This Deployment sets none. Add one, or import a .env file.</EmptyState>
        </Paper>
      ) : display.length === 0 ? (
        <Paper variant="outlined">
          <EmptyState title="No matches">No variable matches “{q}”.</EmptyState>
        </Paper>
      ) : (
        <EnvTable rows={display} sort={tableSort} onEdit={onEdit} onDelete={onDelete} onRevert={onRevert} />
      )}
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
        {display.length === total ? `${rows.length} ${rows.length === 1 ? 'variable' : 'variables'}` : `${display.length} of ${total} shown`}
        {total > rows.length && ` · ${total - rows.length} to be removed`}
      </Typography>

      {editor.dirty && (
        <Paper
          elevation={6}
          component="section"
          aria-label="Unsaved changes"
          sx={{ position: 'sticky', bottom: 16, p: 1.5, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', zIndex: 2 }}
        >
          <Typography sx={{ fontWeight: 600 }}>
            {editor.changes.length} unsaved {editor.changes.length === 1 ? 'change' : 'changes'}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            {blocked
              ? `Fix ${errorCount} ${errorCount === 1 ? 'variable' : 'variables'} marked with an error first.`
              : 'Kept in this tab until you apply or discard them (secret values are not kept).'}
          </Typography>
          <Button onClick={() => setOpen({ kind: 'discard' })}>Discard</Button>
          <Button
            variant="contained"
            disabled={blocked}
            onClick={() => {
              save.reset();
              setOpen({ kind: 'review' });
            }}
          >
            Review and apply
          </Button>
        </Paper>
      )}

      {(open?.kind === 'add' || open?.kind === 'edit') && (
        <VariableDialog
          current={editing}
          saved={editing ? base.find((b) => b.key === editing.key) : undefined}
          otherKeys={new Set(rows.filter((r) => r.key !== editing?.key).map((r) => r.key))}
          onClose={() => setOpen(undefined)}
          onSubmit={(next, previousKey) => {
            setRows((r) => (previousKey ? replaceVar(r, previousKey, next) : upsertVar(r, next)));
            setOpen(undefined);
          }}
        />
      )}
      {open?.kind === 'review' && (
        <ReviewDialog
          deploymentName={deployment.name}
          changes={editor.changes}
          busy={save.isPending}
          error={save.error}
          fieldMessages={fieldMessages}
          onApply={apply}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open?.kind === 'merge' && (
        <MergeDialog
          merge={open.merge}
          onClose={() => setOpen(undefined)}
          onUse={(choices) => {
            const merged = applyMerge(open.theirs, rows, open.merge, choices);
            editor.reset(open.theirs, merged);
            save.reset();
            // Review again only what is still to send, and only once it is valid.
            const left = diffEnv(open.theirs, merged).length > 0;
            setOpen(left && !hasErrors(listProblems(merged, open.theirs)) ? { kind: 'review' } : undefined);
            if (!left) toast('Nothing left to apply: the server already has your changes.', 'info');
          }}
        />
      )}
      {open?.kind === 'import' && (
        <ImportDialog
          rows={rows}
          base={base}
          onClose={() => setOpen(undefined)}
          onApply={(preview, choices) =>
            // Thousands of rows: rendered in slices, with the dialog saying "Adding…" until the list shows them.
            startTransition(() => {
              setRows((r) => applyImport(r, preview, choices));
              setOpen(undefined);
            })
          }
        />
      )}
      <ConfirmDialog
        open={open?.kind === 'cli-export'}
        title={`The Astro CLI cannot load ${cliLeft.length} ${cliLeft.length === 1 ? 'variable' : 'variables'} as stored`}
        confirmLabel="Download without them"
        onConfirm={() => {
          if (cliFile) downloadCliFile(cliFile);
          setOpen(undefined);
        }}
        onClose={() => setOpen(undefined)}
      >
        The CLI reads one line per variable and strips quotes and spaces at both ends, with no escapes, so these would be loaded with another value. The file
        leaves them out (named in a comment): set them here in the console instead.
        <Box component="ul" sx={{ mb: 0, pl: 2.5, maxHeight: 200, overflow: 'auto' }}>
          {cliLeft.map((l) => (
            <li key={l.key}>
              <code>{l.key}</code>: {l.reason}
            </li>
          ))}
        </Box>
      </ConfirmDialog>
      <ConfirmDialog
        open={open?.kind === 'discard'}
        title={`Discard ${editor.changes.length} unsaved ${editor.changes.length === 1 ? 'change' : 'changes'}?`}
        confirmLabel="Discard changes"
        onConfirm={() => {
          editor.reset(editor.server);
          setOpen(undefined);
        }}
        onClose={() => setOpen(undefined)}
      >
        The list goes back to what {deployment.name} has now. Nothing is sent to the Deployment.
      </ConfirmDialog>
    </Stack>
  );
}
