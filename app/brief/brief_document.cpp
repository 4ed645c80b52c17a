#include "brief_document.h"

#include "chart_render.h"
#include "charts/chart_caption.h"
#include "claims/claim.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringList>

namespace dokhae::brief {

namespace {

// What an article or the analyst wrote, as text: apostrophes too, so that a note quoting markup
// (<img src='…'>) reads as no attribute even to a checker that does not parse HTML.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;")).replace(u'\n', QStringLiteral("<br>"));
}

QLocale localeOf(const QString &language)
{
    return QLocale(language == u"en" ? QLocale::English : QLocale::Korean);
}

QString dateText(const QDate &date, const QString &language)
{
    return date.isValid() ? localeOf(language).toString(date, QLocale::LongFormat)
                          : QCoreApplication::translate("Brief", "no date given");
}

// One row of an article's metadata table; nothing when the value is empty.
QString metaRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), escaped(value));
}

QString titleOf(const ArticleSummary &summary)
{
    return summary.meta.title.isEmpty() ? QCoreApplication::translate("Brief", "Untitled article %1").arg(summary.id)
                                        : summary.meta.title;
}

QString titlePage(const Brief &brief, const QString &language)
{
    int highlights = 0;
    int notes = 0;
    int charts = 0;
    for (const BriefArticle &article : brief.articles) {
        highlights += int(article.annotations.size());
        notes += int(std::count_if(article.annotations.cbegin(), article.annotations.cend(),
                                   [](const annotations::Annotation &a) { return !a.note.trimmed().isEmpty(); }));
        charts += int(article.charts.size());
    }
    const int flagged = int(std::count_if(brief.claims.cbegin(), brief.claims.cend(),
                                          [](const claims::ClaimGroup &g) { return g.isFlagged(); }));
    QString html = QStringLiteral("<h1>%1</h1>").arg(QCoreApplication::translate("Brief", "Research brief").toHtmlEscaped());
    if (!brief.subject.isEmpty())
        html += QStringLiteral("<p class=\"subject\">%1</p>")
                    .arg(QCoreApplication::translate("Brief", "Articles tagged “%1”").arg(brief.subject).toHtmlEscaped());
    html += QStringLiteral("<p class=\"made\">%1</p>")
                .arg(QCoreApplication::translate("Brief", "Made %1 from the library %2")
                         .arg(localeOf(language).toString(brief.made.toLocalTime(), QLocale::LongFormat), brief.library)
                         .toHtmlEscaped());
    const QStringList counts{QCoreApplication::translate("Brief", "%n article(s)", nullptr, int(brief.articles.size())),
                             QCoreApplication::translate("Brief", "%n highlight(s)", nullptr, highlights),
                             QCoreApplication::translate("Brief", "%n note(s)", nullptr, notes),
                             QCoreApplication::translate("Brief", "%n chart(s)", nullptr, charts),
                             QCoreApplication::translate("Brief", "%n claim(s) across sources", nullptr, int(brief.claims.size())),
                             QCoreApplication::translate("Brief", "%n flagged", nullptr, flagged)};
    html += QStringLiteral("<p class=\"counts\">%1</p>").arg(counts.join(QStringLiteral(" · ")).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ol>").arg(QCoreApplication::translate("Brief", "Contents").toHtmlEscaped());
    for (const BriefArticle &article : brief.articles) {
        const ArticleMetadata &meta = article.summary.meta;
        QStringList about{meta.source, meta.published.isValid() ? dateText(meta.published, language) : QString()};
        about.removeAll(QString());
        html += QStringLiteral("<li>%1<span class=\"about\">%2</span></li>")
                    .arg(escaped(titleOf(article.summary)),
                         about.isEmpty() ? QString() : QStringLiteral(" — ") + escaped(about.join(QStringLiteral(" · "))));
    }
    return html + QStringLiteral("</ol>");
}

QString highlightsOf(const BriefArticle &article, const QString &language)
{
    if (article.annotations.isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>")
            .arg(QCoreApplication::translate("Brief", "No highlights in this article.").toHtmlEscaped());
    QString html;
    for (const annotations::Annotation &a : article.annotations) {
        html += QStringLiteral("<p class=\"quote\"><span style=\"background-color: %1\">%2</span>%3</p>")
                    .arg(annotations::colorHex(a.color), escaped(a.quote.exact),
                         a.orphan ? QStringLiteral(" <i>(%1)</i>")
                                        .arg(QCoreApplication::translate("Brief", "no longer in the current text").toHtmlEscaped())
                                  : QString());
        if (!a.note.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(a.note.trimmed()));
        QStringList about;
        for (const QString &tag : a.tags)
            about << QLatin1Char('#') + tag;
        if (!a.author.isEmpty())
            about << a.author;
        about << localeOf(language).toString(a.modified.toLocalTime().date(), QLocale::ShortFormat);
        html += QStringLiteral("<p class=\"by\">%1</p>").arg(escaped(about.join(QStringLiteral(" · "))));
    }
    return html;
}

QString chartsOf(const BriefArticle &article, const QString &language, const ImageSource &imageSource)
{
    QString html;
    render::RenderOptions options;
    options.language = language;
    options.sourceLine = charts::sourceLine(article.summary, language);
    for (const charts::ChartSpec &chart : article.charts) {
        const QImage picture = render::renderImage(chart, options, QSize(kBriefChartWidth, kBriefChartHeight), 2.0);
        if (picture.isNull())
            continue;
        html += QStringLiteral("<p class=\"chart\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>")
                    .arg(imageSource(picture))
                    .arg(kBriefChartWidth)
                    .arg(kBriefChartHeight)
                    .arg(chart.title(language).toHtmlEscaped());
    }
    return html;
}

QString articleSection(const BriefArticle &article, int number, const QString &language, const ImageSource &imageSource)
{
    const ArticleMetadata &meta = article.summary.meta;
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1. %2</h2>").arg(number).arg(escaped(titleOf(article.summary)));
    html += QStringLiteral("<table class=\"meta\" cellpadding=\"2\">");
    html += metaRow(QCoreApplication::translate("Brief", "Outlet"), meta.source);
    html += metaRow(QCoreApplication::translate("Brief", "Published"), dateText(meta.published, language));
    html += metaRow(QCoreApplication::translate("Brief", "Author"), meta.author);
    html += metaRow(QCoreApplication::translate("Brief", "Imported from"), article.summary.sourceFile);
    html += metaRow(QCoreApplication::translate("Brief", "In the library"),
                    QCoreApplication::translate("Brief", "article %1, revision %2").arg(article.summary.id).arg(article.summary.revision.left(12)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("Brief", "Highlights and notes").toHtmlEscaped());
    html += highlightsOf(article, language);
    if (!article.charts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("Brief", "Charts").toHtmlEscaped());
        html += chartsOf(article, language, imageSource);
    }
    return html;
}

QString claimTitle(const claims::ClaimGroup &group, const QString &language)
{
    QStringList parts{group.subject(language), group.measure};
    if (group.year)
        parts << QString::number(*group.year);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

// The claims the chosen articles take part in: each with why its sources disagree, and every
// quotation side by side (those of articles outside the brief marked so).
QString claimsSection(const Brief &brief, const QString &language)
{
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                       .arg(QCoreApplication::translate("Brief", "Claims across sources").toHtmlEscaped());
    if (brief.claims.isEmpty())
        return html + QStringLiteral("<p class=\"none\">%1</p>")
                          .arg(QCoreApplication::translate("Brief", "No figure of these articles is quoted by another article of the library.")
                                   .toHtmlEscaped());
    QSet<qint64> chosen;
    for (const BriefArticle &article : brief.articles)
        chosen.insert(article.summary.id);
    for (const claims::ClaimGroup &group : brief.claims) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(claimTitle(group, language)));
        for (const claims::ClaimFlag &flag : group.flags)
            html += QStringLiteral("<p class=\"flag\">⚠ %1</p>").arg(escaped(flag.reason));
        html += QStringLiteral("<table class=\"claim\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\"><tr><th align=\"left\">%1</th>"
                               "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"right\">%4</th></tr>")
                    .arg(QCoreApplication::translate("Brief", "Outlet").toHtmlEscaped(),
                         QCoreApplication::translate("Brief", "Published").toHtmlEscaped(),
                         QCoreApplication::translate("Brief", "As written").toHtmlEscaped(),
                         QCoreApplication::translate("Brief", "Compared as").toHtmlEscaped());
        for (const claims::ClaimMember &member : group.members) {
            QString outlet = member.article.outlet.isEmpty() ? member.article.title : member.article.outlet;
            if (!chosen.contains(member.article.id))
                outlet += QStringLiteral(" (%1)").arg(QCoreApplication::translate("Brief", "not in this brief"));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td></tr>")
                        .arg(escaped(outlet), escaped(dateText(member.article.published, language)),
                             escaped(member.figure.text), escaped(claims::displayNormalized(group, member.normalized, language)));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

// Within QTextDocument's CSS subset, so that the PDF looks like the HTML file.
constexpr auto kStyle = R"(
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", sans-serif; font-size: 11pt; color: #202124; }
h1 { font-size: 24pt; margin-top: 120px; }
h2 { font-size: 16pt; margin-top: 0; }
h3 { font-size: 12pt; color: #3c4043; margin-top: 18px; }
p.subject { font-size: 14pt; }
p.made, p.counts, span.about, p.by, p.none { color: #5f6368; }
p.by { font-size: 9pt; margin-bottom: 12px; }
p.note { margin-left: 16px; }
table.meta th { color: #5f6368; font-weight: normal; padding-right: 12px; }
table.claim th { color: #5f6368; font-weight: normal; border-bottom: 1px solid #dadce0; }
p.flag { color: #b3261e; }
)";

} // namespace

QString briefHtml(const Brief &brief, const QString &language, const ImageSource &imageSource)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<title>%2</title><style>%3</style></head><body>")
                       .arg(language, QCoreApplication::translate("Brief", "Research brief").toHtmlEscaped(),
                            QString::fromLatin1(kStyle));
    html += titlePage(brief, language);
    int number = 0;
    for (const BriefArticle &article : brief.articles)
        html += articleSection(article, ++number, language, imageSource);
    html += claimsSection(brief, language);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace dokhae::brief
