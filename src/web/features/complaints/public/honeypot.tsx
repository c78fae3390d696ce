import { useTranslation } from 'react-i18next';

// Off-screen, not announced (aria-hidden) and not focusable (tabIndex -1): people never
// fill it in, form-filling bots usually do, and the server then refuses the submission.
const offScreen = { position: 'absolute', left: '-10000px', top: 'auto', width: '1px', height: '1px', overflow: 'hidden' } as const;

export function Honeypot({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <div aria-hidden="true" style={offScreen}>
      <label htmlFor="complaint-website">{t('complaints.public.honeypot')}</label>
      <input
        id="complaint-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
