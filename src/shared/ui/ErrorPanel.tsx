import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ErrorIcon from '@mui/icons-material/ErrorOutlined';

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
    <Box
      role="alert"
      sx={(theme) => ({
        display: 'flex',
        gap: 1.5,
        alignItems: 'flex-start',
        p: 2,
        borderRadius: 1,
        border: 1,
        borderColor: 'error.main',
        bgcolor: theme.palette.mode === 'light' ? '#fdeded' : 'rgba(244, 67, 54, 0.12)',
        color: 'text.primary',
      })}
    >
      <ErrorIcon color="error" sx={{ mt: 0.25 }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography component="p" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography variant="body2" component="p">
          {error.message}
        </Typography>
        {hint && (
          <Typography variant="body2" component="p" sx={{ mt: 0.5 }}>
            {hint}
          </Typography>
        )}
        {(error.status !== undefined || error.requestId) && (
          <Typography variant="caption" component="p" sx={{ mt: 0.5, color: 'text.secondary' }}>
            {error.status ? `HTTP ${error.status}` : 'No answer'}
            {error.requestId && (
              <>
                {' '}
                · Request ID <code>{error.requestId}</code>
              </>
            )}
          </Typography>
        )}
      </Box>
      {onRetry && (
        <Button color="error" variant="outlined" size="small" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      )}
    </Box>
  );
}
