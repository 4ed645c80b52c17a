#include "import/byline.h"

#include "import/line_features.h"
#include "import/metadata_extractor.h"

#include <QRegularExpression>

#include <utility>

namespace dokhae::import {

namespace {

// Korean personal names are two to four syllables. Newsroom titles mark a reporter's credit line;
// a column's credit ("글 : …") may name any role.
const QString kName = QStringLiteral("(\\p{Hangul}{2,4})");
// Wire copy credits several reporters at once: "(서울=연합뉴스) 임화섭 김지헌 기자 = ".
const QString kNames = QStringLiteral("(\\p{Hangul}{2,4}(?:\\s*[,·]?\\s+\\p{Hangul}{2,4}){0,3})");
// Publishers' names end like this; a person's name does not.
const QString kPublisherEnding = QStringLiteral("(?:닷컴|뉴스|일보|신문|경제|방송|미디어|투데이|데일리|타임스|통신|저널|비즈)$");
const QString kReporterTitle = QStringLiteral(
    "(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|통신원|논설위원|편집위원)");
const QString kAuthorRole = QStringLiteral("(?:기자|특파원|선임기자|전문기자|객원기자|논설위원|편집위원|칼럼니스트|"
                                           "연구위원|연구원|교수|대표|위원)");

// "임화섭 김지헌" -> "임화섭, 김지헌"
QString joinedNames(const QString &names)
{
    static const QRegularExpression separator(QStringLiteral("\\s*[,·]?\\s+"));
    return names.split(separator, Qt::SkipEmptyParts).join(QStringLiteral(", "));
}

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
    // "By 김가영, 이나래": a list of names, not a name and a publisher.
    static const QRegularExpression names(QStringLiteral("^by\\s+(\\p{Hangul}{2,4}(?:\\s*[,·]\\s*\\p{Hangul}{2,4})+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch list = names.match(line); list.hasMatch()) {
        static const QRegularExpression comma(QStringLiteral("\\s*[,·]\\s*"));
        return Byline{list.captured(1).split(comma).join(QStringLiteral(", ")), {}, {}};
    }
    Byline byline;
    byline.author = match.captured(1);
    byline.date = findDate(line);
    byline.source = withoutDatesAndTimes(withoutEmails(match.captured(2))).trimmed();
    return byline;
}

std::optional<Byline> parseReporterLine(QStringView line)
{
    // An optional publisher or dateline city ("베이징="), the name and title, then what reporter
    // boxes print after a name: a subscribe button, a link to the reporter's other pieces.
    static const QRegularExpression reporter(
        QStringLiteral("^(?:(\\S{2,15})\\s+|\\p{Hangul}{1,6}\\s*=\\s*)?") + kName + QStringLiteral("\\s*") + kReporterTitle
        + QStringLiteral("(?:\\s*(?:구독하기|구독중|구독|팔로우|프로필|(?:의|이 기자의)?\\s*다른 기사(?:\\s*보기)?))?$"));
    if (features::visibleLength(line) > 50)
        return std::nullopt;
    // "김태윤 기자 | 2021-06-01 10:15:00": the date beside the name is the article's.
    QString core = withoutDatesAndTimes(withoutEmails(line));
    static const QRegularExpression framing(QStringLiteral("^[\\s\\[(/=|]+|[\\s\\])/=|]+$"));
    core.remove(framing);
    const QRegularExpressionMatch match = reporter.match(core);
    if (!match.hasMatch())
        return std::nullopt;
    Byline byline;
    byline.source = match.captured(1);
    byline.author = match.captured(2);
    // "장지민 한경닷컴 객원기자": the name came first and the publisher second.
    static const QRegularExpression publisher(kPublisherEnding);
    static const QRegularExpression personName(QStringLiteral("^\\p{Hangul}{2,4}$"));
    if (publisher.match(byline.author).hasMatch() && personName.match(byline.source).hasMatch())
        std::swap(byline.author, byline.source);
    byline.date = findDate(line);
    return byline;
}

std::optional<Dateline> parseWireDateline(QStringView paragraph)
{
    // "(서울=연합뉴스) 김철수 기자 = ", "[베이징=매체] 김지훈 특파원 = "
    static const QRegularExpression dateline(
        QStringLiteral("^[(\\[]\\p{Hangul}{1,6}\\s*=\\s*([^)\\]\\s]{2,15})[)\\]]\\s*(?:") + kNames + QStringLiteral("\\s*")
        + kReporterTitle + QStringLiteral(")?\\s*=?\\s*"));
    // "[매체 박은비 기자] ", "[매체=박은비 기자] "
    static const QRegularExpression bracketCredit(QStringLiteral("^\\[\\s*(\\S{2,15}?)\\s*[= ]\\s*") + kName
                                                  + QStringLiteral("\\s*") + kReporterTitle + QStringLiteral("\\s*\\]\\s*=?\\s*"));
    // "정우성 기자 wsjung@example.com 본문…": a byline the page glued to the first sentence.
    static const QRegularExpression gluedByline(kName + QStringLiteral("\\s*") + kReporterTitle
                                                + QStringLiteral("\\s*[(\\[]?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}[)\\]]?\\s+"),
                                                QRegularExpression::NoPatternOption);
    for (const QRegularExpression *pattern : {&dateline, &bracketCredit}) {
        const QRegularExpressionMatch match = pattern->match(paragraph);
        if (!match.hasMatch() || match.capturedLength() >= paragraph.size())
            continue;
        Dateline result;
        result.byline.source = match.captured(1);
        result.byline.author = joinedNames(match.captured(2));
        result.prefixLength = match.capturedLength();
        return result;
    }
    const QRegularExpressionMatch glued = gluedByline.match(paragraph, 0, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (glued.hasMatch() && features::visibleLength(paragraph.sliced(glued.capturedLength())) >= 20) {
        Dateline result;
        result.byline.author = glued.captured(1);
        result.prefixLength = glued.capturedLength();
        return result;
    }
    return std::nullopt;
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

QDate stampDate(QStringView line)
{
    constexpr qsizetype kMaxStampLine = 80;
    static const QRegularExpression stamp(QStringLiteral(
        "^\\s*(?:(?:기사)?입력|등록|작성|발행|게재|송고|승인|일시|날짜|posted|published|date)?\\s*[:：]?\\s*"
        "(?:19|20)\\d{2}\\s*(?:[.\\-/]|년)"),
        QRegularExpression::CaseInsensitiveOption);
    if (features::visibleLength(line) > kMaxStampLine || !stamp.match(line).hasMatch())
        return {};
    return findDate(line);
}

} // namespace dokhae::import
