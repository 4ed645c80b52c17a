#include "import/page_title.h"

#include "import/line_features.h"

#include <QRegularExpression>

#include <optional>

namespace dokhae::import {

namespace {

constexpr qsizetype kMaxSiteLength = 15;  // visible characters of a site's or section's name

// Separators between a headline and a site or section name; ㅣ is the Hangul letter that Korean
// sites print as a bar.
const QString kSeparator = QStringLiteral("(?:::|[:|｜ㅣ\\-–—/>])");
// What follows a site's name in a title: its mobile or news edition.
const QString kEdition = QStringLiteral("(?:\\s*(?:모바일|뉴스|mobile|news))?");

bool isShortName(QStringView part)
{
    const qsizetype length = features::visibleLength(part);
    return length > 0 && length <= kMaxSiteLength;
}

QString withoutKnownSite(const QString &title, const QString &siteName)
{
    const QString site = QRegularExpression::escape(siteName);
    // "[매체] 제목", "매체 모바일 :: 제목": the name in brackets or before a separator.
    const QRegularExpression prefix(QStringLiteral("^\\s*(?:[\\[(【]\\s*") + site + kEdition
                                    + QStringLiteral("\\s*[\\])】]|") + site + kEdition + QStringLiteral("\\s*")
                                    + kSeparator + QStringLiteral(")\\s*"),
                                    QRegularExpression::CaseInsensitiveOption);
    // "제목 | 매체", "제목-경제ㅣ매체", "제목 : 뉴스 : 매체": the name after a separator, with the
    // section the site files the article under between them.
    const QRegularExpression suffix(QStringLiteral("(?:\\s*[\\-–—:|｜ㅣ]\\s*[\\p{L}\\p{N}·]{1,6})?\\s*") + kSeparator
                                    + QStringLiteral("\\s*") + site + kEdition + QStringLiteral("\\s*$"),
                                    QRegularExpression::CaseInsensitiveOption);
    QString rest = title;
    rest.remove(prefix);
    const QRegularExpressionMatch end = suffix.match(rest);
    if (end.hasMatch() && end.capturedStart() > 0)
        rest.truncate(end.capturedStart());
    return features::visibleLength(rest) > 0 ? rest.trimmed() : title;
}

// "매체 모바일 :: 제목" / "제목 :: 매체": the longer side is the headline.
std::optional<TitleParts> splitDoubleColon(const QString &title)
{
    const QStringList parts = title.split(QStringLiteral(" :: "));
    if (parts.size() != 2)
        return std::nullopt;
    static const QRegularExpression edition(QStringLiteral("\\s*(?:모바일|mobile)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const bool siteFirst = features::visibleLength(parts.at(0)) < features::visibleLength(parts.at(1));
    QString site = (siteFirst ? parts.at(0) : parts.at(1)).trimmed();
    if (!isShortName(site))
        return std::nullopt;
    site.remove(edition);
    return TitleParts{(siteFirst ? parts.at(1) : parts.at(0)).trimmed(), site};
}

// "제목 : 뉴스 : 매체닷컴", "제목 : 네이버 뉴스": short parts after the first are section and site.
std::optional<TitleParts> splitColons(const QString &title)
{
    const QStringList parts = title.split(QStringLiteral(" : "));
    if (parts.size() < 2)
        return std::nullopt;
    const qsizetype headlineLength = features::visibleLength(parts.first());
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!isShortName(parts.at(i)) || features::visibleLength(parts.at(i)) >= headlineLength)
            return std::nullopt;
    }
    return TitleParts{parts.first().trimmed(), parts.last().trimmed()};
}

// "제목ㅣ매체": the Hangul-letter bar, which splitTitleLine does not take for a separator.
std::optional<TitleParts> splitHangulBar(const QString &title)
{
    const qsizetype bar = title.lastIndexOf(u'ㅣ');
    if (bar <= 0 || !isShortName(QStringView(title).sliced(bar + 1)) || !title.at(bar - 1).isLetterOrNumber()
        || (bar + 1 < title.size() && !title.at(bar + 1).isLetterOrNumber() && !title.at(bar + 1).isSpace()))
        return std::nullopt;
    return TitleParts{title.left(bar).trimmed(), title.mid(bar + 1).trimmed()};
}

} // namespace

TitleParts headlineFromPageTitle(const QString &title, const QString &siteName)
{
    const QString simplified = title.simplified();
    if (!siteName.trimmed().isEmpty()) {
        const QString headline = withoutKnownSite(simplified, siteName.simplified());
        if (headline != simplified)
            return {headline, siteName.simplified()};
    }
    for (const auto &split : {splitDoubleColon, splitColons, splitHangulBar}) {
        if (const auto parts = split(simplified))
            return *parts;
    }
    return splitTitleLine(simplified);
}

} // namespace dokhae::import
