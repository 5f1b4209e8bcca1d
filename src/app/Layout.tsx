import { Suspense } from 'react';
import { Link as RouterLink, Outlet, useLocation, useParams } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import MenuIcon from '@mui/icons-material/Menu';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import SettingsIcon from '@mui/icons-material/Settings';
import FlightTakeoffIcon from '@mui/icons-material/FlightTakeoff';
import { Loading } from '../components/Loading';
import { Breadcrumbs } from './Breadcrumbs';
import { ModeBanner } from './ModeBanner';
import { OrgSwitcher, WorkspaceSwitcher } from './Switchers';
import { ThemeMenu } from './ThemeMenu';
import { useUi } from './uiStore';
import { paths } from './paths';

const DRAWER_WIDTH = 220;

function NavItem({ to, label, icon, active }: { to: string; label: string; icon: React.ReactNode; active: boolean }) {
  return (
    <ListItem disablePadding>
      <ListItemButton component={RouterLink} to={to} selected={active} aria-current={active ? 'page' : undefined}>
        <ListItemIcon sx={{ minWidth: 36 }}>{icon}</ListItemIcon>
        <ListItemText primary={label} />
      </ListItemButton>
    </ListItem>
  );
}

function Sidebar() {
  const { organizationId, workspaceId } = useParams();
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main">
      <List>
        {organizationId && (
          <NavItem
            to={paths.workspaces(organizationId)}
            label="Workspaces"
            icon={<WorkspacesIcon />}
            active={pathname === paths.workspaces(organizationId)}
          />
        )}
        {organizationId && workspaceId && (
          <NavItem
            to={paths.deployments(organizationId, workspaceId)}
            label="Deployments"
            icon={<RocketLaunchIcon />}
            active={pathname.includes('/deployments')}
          />
        )}
        <NavItem to={paths.settings()} label="Settings" icon={<SettingsIcon />} active={pathname === paths.settings()} />
      </List>
    </nav>
  );
}

export function Layout() {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const { sidebarOpen, toggleSidebar } = useUi();
  const drawerOpen = wide ? sidebarOpen : !sidebarOpen;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppBar position="fixed" color="default" elevation={0} sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 1.5 }}>
          <IconButton edge="start" aria-label="Toggle navigation" onClick={toggleSidebar}>
            <MenuIcon />
          </IconButton>
          <Stack direction="row" spacing={1} component={RouterLink} to={paths.home()} sx={{ alignItems: 'center', color: 'inherit', textDecoration: 'none' }}>
            <FlightTakeoffIcon color="primary" />
            <Typography variant="h6" component="span" sx={{ fontWeight: 700, display: { xs: 'none', sm: 'block' } }}>
              Flightdeck
            </Typography>
          </Stack>
          <Box sx={{ flex: 1 }} />
          <OrgSwitcher />
          <WorkspaceSwitcher />
          <ThemeMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant={wide ? 'persistent' : 'temporary'}
        open={drawerOpen}
        onClose={toggleSidebar}
        sx={{ width: drawerOpen && wide ? DRAWER_WIDTH : 0, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar />
        <Sidebar />
      </Drawer>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Toolbar />
        <ModeBanner />
        <Box component="main" id="main" tabIndex={-1} sx={{ p: { xs: 2, md: 3 }, outline: 'none' }}>
          <Breadcrumbs />
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
    </Box>
  );
}
