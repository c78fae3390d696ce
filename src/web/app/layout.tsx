import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconCalendar,
  IconCalendarDue,
  IconCertificate,
  IconChecklist,
  IconClipboardList,
  IconFileImport,
  IconHeartHandshake,
  IconHistory,
  IconList,
  IconLogin,
  IconLogout,
  IconMail,
  IconMessageReport,
  IconSend,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { IconChartLine } from '@tabler/icons-react';
import { IconTarget, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { useLogout } from '../features/auth/api/use-logout';
import { isCertifierRole, isMunicipalityRole, type Me, useSession } from '../lib/session';

type NavItem = { to: string; label: string; icon: ReactNode };

function navItems(me: Me, t: (k: string) => string): NavItem[] {
  const role = me.user.role;
  const items: NavItem[] = [];
  // municipality staff start from their worklist (at-risk cases, callbacks), then all cases
  if (isMunicipalityRole(role)) {
    items.push({ to: '/arbeitsliste', label: t('worklist.nav'), icon: <IconChecklist size={18} aria-hidden /> });
    items.push({ to: '/faelle', label: t('cases.nav'), icon: <IconBriefcase size={18} aria-hidden /> });
    items.push({ to: '/import', label: t('imports.nav'), icon: <IconFileImport size={18} aria-hidden /> });
  }
  items.push({ to: '/verfahren', label: t('nav.assessments'), icon: <IconClipboardList size={18} aria-hidden /> });
  if (role === 'municipality_admin') items.push({ to: '/bewerben', label: t('nav.apply'), icon: <IconSend size={18} aria-hidden /> });
  if (role !== 'platform_admin')
    items.push({ to: '/zertifikate', label: t('nav.certificates'), icon: <IconCertificate size={18} aria-hidden /> });
  // between audits: development goals (both sides) and the municipality's quality representatives
  if (isMunicipalityRole(role) || isCertifierRole(role))
    items.push({ to: '/entwicklungsziele', label: t('goals.nav'), icon: <IconTarget size={18} aria-hidden /> });
  if (isMunicipalityRole(role))
    items.push({ to: '/qualitaetsbeauftragte', label: t('qualityReps.nav'), icon: <IconUsersGroup size={18} aria-hidden /> });
  if (isMunicipalityRole(role))
    items.push({ to: '/beschwerden', label: t('complaints.nav'), icon: <IconMessageReport size={18} aria-hidden /> });
  if (isCertifierRole(role)) items.push({ to: '/protokoll', label: t('nav.auditTrail'), icon: <IconHistory size={18} aria-hidden /> });
  if (role === 'municipality_admin' || role === 'municipality_member')
    items.push({ to: '/kennzahlen', label: t('figures.nav'), icon: <IconChartLine size={18} aria-hidden /> });
  if (isMunicipalityRole(role)) items.push({ to: '/postausgang', label: t('outbox.nav'), icon: <IconMail size={18} aria-hidden /> });
  if (isMunicipalityRole(role)) {
    items.push({ to: '/versprechen', label: t('promises.nav'), icon: <IconHeartHandshake size={18} aria-hidden /> });
    items.push({ to: '/lotsen', label: t('pilots.nav'), icon: <IconUsers size={18} aria-hidden /> });
    items.push({ to: '/kalender', label: t('calendar.nav'), icon: <IconCalendar size={18} aria-hidden /> });
  }
  items.push({ to: '/fristenrechner', label: t('deadlineCalculator.nav'), icon: <IconCalendarDue size={18} aria-hidden /> });
  items.push({ to: '/verzeichnis', label: t('nav.registry'), icon: <IconList size={18} aria-hidden /> });
  return items;
}

/** What everyone may open without logging in. */
function publicNavItems(t: (k: string) => string): NavItem[] {
  return [
    { to: '/verzeichnis', label: t('publicService.nav.registry'), icon: <IconList size={18} aria-hidden /> },
    { to: '/fristenrechner', label: t('publicService.nav.calculator'), icon: <IconCalendarDue size={18} aria-hidden /> },
    { to: '/service', label: t('publicService.nav.promises'), icon: <IconBuildingCommunity size={18} aria-hidden /> },
  ];
}

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const me = session.data ?? null;
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const logout = useLogout();

  return (
    <AppShell
      header={{ height: 60 }}
      // logged out, the public pages sit in the header; on small screens in the navbar behind the burger
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: !me } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header component="header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
            <UnstyledButton component={Link} to="/" aria-label={t('shell.home')}>
              <Text fw={700} size="lg" c="blue.9">
                Siegelwerk
              </Text>
            </UnstyledButton>
            {me && (
              <Text size="sm" c="gray.8" visibleFrom="xs" data-testid="organization-name">
                {me.organization.name}
              </Text>
            )}
            {!me && (
              <Group component="nav" aria-label={t('publicService.nav.label')} gap="md" ml="md" wrap="nowrap" visibleFrom="sm">
                {publicNavItems(t).map((item) => (
                  <Anchor
                    key={item.to}
                    component={Link}
                    to={item.to}
                    size="sm"
                    fw={location.pathname.startsWith(item.to) ? 700 : 500}
                    aria-current={location.pathname === item.to ? 'page' : undefined}
                  >
                    {item.label}
                  </Anchor>
                ))}
              </Group>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {me ? (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconLogout size={16} aria-hidden />}
                onClick={() => logout.mutate()}
                loading={logout.isPending}
              >
                {t('shell.logout')}
              </Button>
            ) : (
              location.pathname !== '/anmelden' && (
                <Button component={Link} to="/anmelden" variant="default" size="xs" leftSection={<IconLogin size={16} aria-hidden />}>
                  {t('shell.login')}
                </Button>
              )
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {(me || opened) && (
        <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.navigation')}>
          <Stack gap={2}>
            {me && (
              <Text size="xs" c="gray.8" px="sm" py={4}>
                {me.user.displayName}
              </Text>
            )}
            {(me ? navItems(me, t) : publicNavItems(t)).map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={item.icon}
                active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
                variant="filled"
                aria-current={location.pathname === item.to ? 'page' : undefined}
                onClick={close}
              />
            ))}
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" component="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
