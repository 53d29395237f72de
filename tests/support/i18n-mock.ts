import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * browser.i18n for component tests: reads the real locale files, so a test sees
 * exactly what a reader of that locale would.
 */
export function localeMessages(lang: 'en' | 'zh_CN') {
  const messages = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  return (key: string, substitutions?: string | (string | number)[]) => {
    const subs =
      substitutions === undefined
        ? []
        : ([] as (string | number)[]).concat(substitutions).map(String);
    const template = messages[key]?.message;
    if (template === undefined) return '';
    return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
