import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

export interface ErrorLike {
  message: string;
  status?: number;
  requestId?: string;
}

/** An honest failure: what the server said, its request id for support, and a way to try again. */
export function ErrorPanel({
  error,
  title = 'Something went wrong',
  hint,
  onRetry,
  retrying,
}: {
  error: ErrorLike;
  title?: string;
  hint?: string;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {error.message}
      {hint && <Typography variant="body2" sx={{ mt: 0.5 }}>{hint}</Typography>}
      {(error.status !== undefined || error.requestId) && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, opacity: 0.85 }}>
          {error.status ? `HTTP ${error.status}` : 'No answer'}
          {error.requestId && <> · Request ID <code>{error.requestId}</code></>}
        </Typography>
      )}
    </Alert>
  );
}
