import { t } from '../i18n';
import { sendToBackground } from '../messages';
import { ImportError, parseAnnotationJson } from './export';

/**
 * Reads an import file and merges it through the background (the single writer);
 * resolves to the line to show the reader. The file is parsed in full before
 * anything is sent, so a bad file changes nothing.
 */
export async function importClippingFile(text: string): Promise<string> {
  try {
    const parsed = parseAnnotationJson(text);
    const result = await sendToBackground('background/clip-import', parsed.clippings);
    const line = t('clipsImported', [String(result.added), String(result.skipped)]);
    return parsed.skipped.length
      ? `${line} ${t('clipsImportUnusable', String(parsed.skipped.length))}`
      : line;
  } catch (error) {
    const reason =
      error instanceof ImportError
        ? t(error.key, error.args)
        : error instanceof Error
          ? error.message
          : String(error);
    return t('clipsImportFailed', reason);
  }
}
