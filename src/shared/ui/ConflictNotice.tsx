import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

export interface ConflictField {
  label: string;
  mine: string;
  theirs: string;
}

/**
 * A save that stopped because someone else changed the same fields meanwhile (shared/lib/editMerge): each
 * field with both values, and the two ways on. Nothing typed is lost either way: "Use theirs" puts their
 * values in the form, with every other edit kept, to review again.
 */
export function ConflictNotice({
  fields,
  busy,
  onKeepMine,
  onUseTheirs,
}: {
  fields: ConflictField[];
  busy?: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  return (
    <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
      <AlertTitle>Someone else changed {fields.length === 1 ? 'this setting' : 'these settings'} since you opened the form</AlertTitle>
      <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
        {fields.map((field) => (
          <li key={field.label} style={{ overflowWrap: 'anywhere' }}>
            <strong>{field.label}</strong>: now “{field.theirs}”; yours “{field.mine}”
          </li>
        ))}
      </ul>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="outlined" color="inherit" onClick={onUseTheirs} disabled={busy}>
          Use theirs and review again
        </Button>
        <Button size="small" color="inherit" onClick={onKeepMine} disabled={busy}>
          Save mine over theirs
        </Button>
      </Stack>
    </Alert>
  );
}
