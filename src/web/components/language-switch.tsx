import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const LANGUAGES = [
  { code: 'de', label: 'DE', name: 'Deutsch' },
  { code: 'en', label: 'EN', name: 'English' },
] as const;

/** Two toggle buttons "DE" / "EN"; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language.startsWith('en') ? 'en' : 'de';
  return (
    <div role="group" aria-label={t('shell.language')}>
      <Button.Group>
        {LANGUAGES.map((l) => (
          <Button
            key={l.code}
            size="xs"
            variant={current === l.code ? 'filled' : 'default'}
            aria-pressed={current === l.code}
            title={l.name}
            lang={l.code}
            onClick={() => void i18n.changeLanguage(l.code)}
          >
            {l.label}
          </Button>
        ))}
      </Button.Group>
    </div>
  );
}
