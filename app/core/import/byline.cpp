#include "import/byline.h"

#include "import/line_features.h"
#include "import/metadata_extractor.h"

#include <QRegularExpression>

namespace dokhae::import {

namespace {

// Korean personal names are two to four syllables. Newsroom titles mark a reporter's credit line;
// a column's credit ("글 : …") may name any role.
const QString kName = QStringLiteral("(\\p{Hangul}{2,4})");
const QString kReporterTitle = QStringLiteral(
    "(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|통신원|논설위원|편집위원)");
const QString kAuthorRole = QStringLiteral("(?:기자|특파원|선임기자|전문기자|객원기자|논설위원|편집위원|칼럼니스트|"
                                           "연구위원|연구원|교수|대표|위원)");

QString withoutEmails(QStringView line)
{
    static const QRegularExpression email(QStringLiteral("\\(?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\)?"));
    return line.toString().remove(email);
}

QString withoutDatesAndTimes(const QString &text)
{
    static const QRegularExpression dateOrTime(QStringLiteral(
        "(?:19|20)\\d{2}\\s*(?:[.\\-/]|년)\\s*\\d{1,2}\\s*(?:[.\\-/]|월)\\s*\\d{1,2}\\s*일?\\.?"
        "(?:[T ]\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
        "|(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)|(?:오전|오후|AM|PM)(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(text).remove(dateOrTime);
}

} // namespace

std::optional<Byline> parseCreditLine(QStringView line)
{
    // label, name, then either "/ 매체 날짜" or "소속 직함" (an affiliation is not a publisher).
    static const QRegularExpression credit(
        QStringLiteral("^(?:글|글쓴이|기고|필자|작성자?|정리|글·사진|by)\\s*[:：=]?\\s*")
            + QStringLiteral("(\\p{Hangul}{2,4}|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})")
            + QStringLiteral("(?:\\s*") + kAuthorRole + QStringLiteral(")?")
            + QStringLiteral("(?:\\s*[/|,·]\\s*(.*)|\\s+([^/|]{1,30}?)\\s*") + kAuthorRole + QStringLiteral(")?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (features::visibleLength(line) > 60)
        return std::nullopt;
    const QRegularExpressionMatch match = credit.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    // Without a colon or '=' the label word may just begin a sentence ("정리해 보면"): then
    // only a line that continues like a credit (a separator or an affiliation) counts.
    const bool labelled = line.contains(u':') || line.contains(u'：') || line.contains(u'=')
        || line.startsWith(u"by ", Qt::CaseInsensitive);
    if (!labelled && match.captured(2).isNull() && match.captured(3).isNull())
        return std::nullopt;
    Byline byline;
    byline.author = match.captured(1);
    byline.date = findDate(line);
    byline.source = withoutDatesAndTimes(withoutEmails(match.captured(2))).trimmed();
    return byline;
}

std::optional<Byline> parseReporterLine(QStringView line)
{
    static const QRegularExpression reporter(
        QStringLiteral("^(?:(\\S{2,15})\\s+)?") + kName + QStringLiteral("\\s*") + kReporterTitle + QStringLiteral("$"));
    if (features::visibleLength(line) > 50)
        return std::nullopt;
    QString core = withoutEmails(line);
    static const QRegularExpression framing(QStringLiteral("^[\\s\\[(/=|]+|[\\s\\])/=|]+$"));
    core.remove(framing);
    const QRegularExpressionMatch match = reporter.match(core);
    if (!match.hasMatch())
        return std::nullopt;
    Byline byline;
    byline.source = match.captured(1);
    byline.author = match.captured(2);
    return byline;
}

std::optional<Dateline> parseWireDateline(QStringView paragraph)
{
    static const QRegularExpression dateline(
        QStringLiteral("^\\(\\p{Hangul}{1,6}\\s*=\\s*([^)\\s]{2,15})\\)\\s*(?:") + kName + QStringLiteral("\\s*")
        + kReporterTitle + QStringLiteral(")?\\s*=?\\s*"));
    const QRegularExpressionMatch match = dateline.match(paragraph);
    if (!match.hasMatch() || match.capturedLength() >= paragraph.size())
        return std::nullopt;
    Dateline result;
    result.byline.source = match.captured(1);
    result.byline.author = match.captured(2);
    result.prefixLength = match.capturedLength();
    return result;
}

bool isDateLine(QStringView line)
{
    if (!findDate(line).isValid() || features::visibleLength(line) > 60)
        return false;
    static const QRegularExpression labels(QStringLiteral(
        "입력|수정|등록|기사입력|최종수정|발행|게재|승인|업데이트|작성|송고|일시|날짜|발행일|등록일|"
        "posted|published|updated|date"),
        QRegularExpression::CaseInsensitiveOption);
    return features::visibleLength(withoutDatesAndTimes(line.toString()).remove(labels)) == 0;
}

} // namespace dokhae::import
