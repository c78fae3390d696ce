import { Alert, createTheme, Notification } from '@mantine/core';

// Darker shades than Mantine's default so that white text on filled controls and
// link colours on white reach WCAG AA contrast; alert titles use the text colour
// (the icon and border carry the colour).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  // people who ask their system for less motion get no transitions (WCAG 2.3.3)
  respectReducedMotion: true,
  components: {
    Alert: Alert.extend({
      styles: {
        title: { color: 'var(--mantine-color-text)' },
        message: { color: 'var(--mantine-color-text)' },
      },
    }),
    Notification: Notification.extend({
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
  },
});
