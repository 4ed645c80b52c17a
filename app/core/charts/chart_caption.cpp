#include "charts/chart_caption.h"

#include <QLocale>
#include <QStringList>

namespace dokhae::charts {

QString sourceLine(const ArticleSummary &article, const QString &language, int maxTitle)
{
    const bool korean = language != u"en";
    QStringList parts;
    if (!article.meta.source.isEmpty())
        parts << article.meta.source;
    if (article.meta.published.isValid()) {
        parts << (korean ? QLocale(QLocale::Korean).toString(article.meta.published, QStringLiteral("yyyy년 M월 d일"))
                         : QLocale(QLocale::English).toString(article.meta.published, QStringLiteral("MMM d, yyyy")));
    }
    QString title = article.meta.title.simplified();
    if (title.size() > maxTitle)
        title = title.left(maxTitle - 1) + QChar(0x2026);
    if (!title.isEmpty())
        parts << (korean ? QStringLiteral("「%1」").arg(title) : QStringLiteral("“%1”").arg(title));
    if (parts.isEmpty())
        return {};
    return (korean ? QStringLiteral("출처: ") : QStringLiteral("Source: ")) + parts.join(QStringLiteral(" · "));
}

} // namespace dokhae::charts
