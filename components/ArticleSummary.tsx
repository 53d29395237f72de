import type { ArticleReport } from '../utils/page-status';
import { formatPublished, hostOf, languageName } from '../utils/format';
import { t } from '../utils/i18n';

interface Props {
  report: ArticleReport;
  locale: string;
}

/** Certainty in the verdict shown, as a percentage; never "100%": this is a judgement. */
function shownConfidence(report: ArticleReport): number {
  const p = report.isArticle ? report.confidence : 1 - report.confidence;
  return Math.min(99, Math.max(50, Math.round(p * 100)));
}

/** The popup's verdict on a page and what FinMark read from it. */
export function ArticleSummary({ report, locale }: Props) {
  const published = formatPublished(report.publishedTime, locale);
  const rows: [string, string | null][] = [
    [t('fieldSite'), report.siteName ?? hostOf(report.url)],
    [t('fieldPublished'), published],
    [t('fieldLanguage'), languageName(report.lang, locale)],
    [t('fieldByline'), report.byline],
  ];
  return (
    <section className="summary" aria-labelledby="page-title" data-testid="article-summary">
      <p
        className={`verdict ${report.isArticle ? 'is-article' : 'not-article'}`}
        data-testid="verdict"
      >
        <span className="verdict-label">
          {report.isArticle ? t('verdictArticle') : t('verdictNotArticle')}
        </span>
        <span className="verdict-confidence">
          {t('confidence', String(shownConfidence(report)))}
        </span>
      </p>
      <h1 id="page-title" className="page-title" data-testid="page-title">
        {report.title ?? t('untitled')}
      </h1>
      {report.isArticle ? (
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div className="fact" key={label}>
              <dt>{label}</dt>
              <dd className={value ? '' : 'muted'}>{value ?? t('notStated')}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="hint">{t('notArticleHint')}</p>
      )}
      <details className="why">
        <summary>{t('whyHeading')}</summary>
        <ul className="evidence">
          {report.evidence.map((e) => (
            <li key={e.key} className={e.weight > 0 ? 'for' : e.weight < 0 ? 'against' : 'neutral'}>
              <span className="evidence-sign" aria-hidden="true">
                {e.weight > 0 ? '+' : e.weight < 0 ? '−' : '·'}
              </span>
              {t(`evidence_${e.key}`, e.value)}
            </li>
          ))}
        </ul>
        <p className="muted small">{t('checkedIn', String(report.detectMs))}</p>
      </details>
    </section>
  );
}
