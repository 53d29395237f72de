import type { PageStatus, UnsupportedReason } from '../utils/page-status';
import { t, type MessageKey } from '../utils/i18n';

const MESSAGES: Record<UnsupportedReason, MessageKey> = {
  'browser-page': 'unsupportedBrowserPage',
  'store-page': 'unsupportedStorePage',
  pdf: 'unsupportedPdf',
  'not-html': 'unsupportedNotHtml',
  frameset: 'unsupportedFrameset',
  'not-reachable': 'unsupportedNotReachable',
};

interface Props {
  status: Exclude<PageStatus, { kind: 'analysed' }>;
  onReload?: () => void;
}

/** Why FinMark has nothing to show for this tab, and what the reader can do. */
export function StatusNotice({ status, onReload }: Props) {
  const text =
    status.kind === 'unsupported' ? t(MESSAGES[status.reason]) : t('failed', status.error);
  const canReload = status.kind === 'unsupported' && status.reason === 'not-reachable';
  return (
    <section
      className="notice"
      role="status"
      data-testid="status-notice"
      data-reason={status.kind === 'unsupported' ? status.reason : 'failed'}
    >
      <p>{text}</p>
      {canReload && onReload ? (
        <button type="button" className="button" onClick={onReload}>
          {t('reloadPage')}
        </button>
      ) : null}
    </section>
  );
}
