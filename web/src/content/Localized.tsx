import type { ElementType } from 'react';
import { type LocalizedText, localize } from '../../../shared/template/schema';
import { shownLanguage } from './localized';
import { useLang } from './useLang';

interface Props {
  text: LocalizedText | undefined;
  as?: ElementType;
  className?: string;
  id?: string;
}

/** Guide content in the UI language (French falls back to Spanish, marked with lang="es"). */
export function Localized({ text, as: Tag = 'span', className, id }: Props) {
  const lang = useLang();
  if (!text) return null;
  const shown = shownLanguage(text, lang);
  return (
    <Tag className={className} id={id} lang={shown !== lang ? shown : undefined}>
      {localize(text, lang)}
    </Tag>
  );
}
