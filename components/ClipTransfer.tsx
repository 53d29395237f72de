import { useState } from 'react';
import type { Clipping } from '../utils/clips/clipping';
import { toAnnotationJson, toCsv, toMarkdown } from '../utils/clips/export';
import { t } from '../utils/i18n';

const EXPORTS = [
  { label: 'clipsExportMarkdown', ext: 'md', type: 'text/markdown', write: toMarkdown },
  { label: 'clipsExportJson', ext: 'json', type: 'application/ld+json', write: toAnnotationJson },
  { label: 'clipsExportCsv', ext: 'csv', type: 'text/csv', write: toCsv },
] as const;

/** Saves text as a file through the browser's download, from the extension page itself. */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export buttons (Markdown, W3C Web Annotation JSON, CSV) for the clippings given,
 * and an import field; the popup's library and the options page share it.
 */
export function ClipTransfer(props: {
  clippings: readonly Clipping[];
  /** Merges an import file; resolves to the line to show. */
  onImport(text: string): Promise<string>;
}) {
  const [importLine, setImportLine] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <div className="transfer">
        <span className="muted">{t('clipsExport')}</span>
        {EXPORTS.map((e) => (
          <button
            key={e.ext}
            type="button"
            disabled={!props.clippings.length}
            data-testid={`export-${e.ext}`}
            onClick={() =>
              download(e.write(props.clippings), `finmark-clippings-${today}.${e.ext}`, e.type)
            }
          >
            {t(e.label)}
          </button>
        ))}
        <label className="import">
          {t('clipsImport')}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            data-testid="import-file"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              void file
                .text()
                .then(props.onImport)
                .then(setImportLine)
                .finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {importLine && (
        <p className="muted import-result" role="status" data-testid="import-result">
          {importLine}
        </p>
      )}
    </>
  );
}
