import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  /** The name of the navigation landmark. */
  label: string;
  /** i18n prefix holding `page` ("Seite {{page}}") and the controls `first`, `previous`, `next`, `last`. */
  keyPrefix: string;
};

/** The pages of a long list as a named navigation; nothing when the list fits on one page. */
export function Paging({ total, pageSize, page, onChange, label, keyPrefix }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label}>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        getItemProps={(n) => ({ 'aria-label': t(`${keyPrefix}.page`, { page: n }) })}
        getControlProps={(control) => ({ 'aria-label': t(`${keyPrefix}.${control}`) })}
      />
    </nav>
  );
}
