import { Link as RouterLink } from '../../../../shared/routes/Link';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import BedtimeIcon from '@mui/icons-material/Bedtime';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import WbSunnyIcon from '@mui/icons-material/WbSunny';
import type { Deployment } from '../../../../shared/api/types';
import { paths } from '../../../../shared/routes/paths';

export type Action = 'hibernate' | 'wake' | 'delete';

/** The menu behind "More actions"; its own chunk, fetched when the button is first pointed at or pressed. */
export default function ActionsMenu({
  deployment: d,
  anchor,
  onClose,
  choose,
}: {
  deployment: Deployment;
  anchor: HTMLElement | null;
  onClose: () => void;
  choose: (action: Action) => void;
}) {
  const hibernating = d.status === 'HIBERNATING' || d.scalingStatus?.hibernationStatus?.isHibernating === true;
  return (
    <Menu id="deployment-actions" anchorEl={anchor} open={Boolean(anchor)} onClose={onClose}>
      <MenuItem component={RouterLink} to={paths.deployment(d.organizationId, d.workspaceId, d.id, 'details')} onClick={onClose}>
        <ListItemIcon>
          <EditIcon fontSize="small" />
        </ListItemIcon>
        Edit settings
      </MenuItem>
      {d.isDevelopmentMode &&
        (hibernating ? (
          <MenuItem onClick={() => choose('wake')}>
            <ListItemIcon>
              <WbSunnyIcon fontSize="small" />
            </ListItemIcon>
            Wake up…
          </MenuItem>
        ) : (
          <MenuItem onClick={() => choose('hibernate')} disabled={d.status === 'CREATING'}>
            <ListItemIcon>
              <BedtimeIcon fontSize="small" />
            </ListItemIcon>
            Hibernate…
          </MenuItem>
        ))}
      <Divider />
      <MenuItem onClick={() => choose('delete')} sx={{ color: 'error.main' }}>
        <ListItemIcon>
          <DeleteIcon fontSize="small" color="error" />
        </ListItemIcon>
        Delete Deployment…
      </MenuItem>
    </Menu>
  );
}
