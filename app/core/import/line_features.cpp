#include "import/line_features.h"

#include <QRegularExpression>

#include <unicode/uchar.h>

#include <algorithm>

namespace dokhae::import::features {

namespace {

bool matches(QStringView line, const QRegularExpression &pattern)
{
    return pattern.match(line).hasMatch();
}

// Bullets that Korean typesetting uses; some (▶) are also emoji, but here they mark list items.
bool isBulletChar(char32_t c)
{
    static constexpr char32_t bullets[] = {U'•', U'·', U'∙', U'▶', U'▷', U'►', U'■', U'□', U'◆', U'◇',
                                           U'○', U'●', U'◎', U'※', U'-', U'*', U'–', U'▪', U'‣', U'→',
                                           U'☞', U'▲', U'△', U'ㆍ'};
    return std::find(std::begin(bullets), std::end(bullets), c) != std::end(bullets);
}

bool isEmoji(char32_t c)
{
    if (c < 0x2000 || (c >= 0x25A0 && c <= 0x25FF))
        return false;
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC);
}

bool isClosingMark(QChar c)
{
    return c == u'”' || c == u'’' || c == u'"' || c == u'\'' || c == u')' || c == u'」'
        || c == u'』' || c == u']' || c == u'>' || c == u'》';
}

// The line without trailing spaces, emoji and variation selectors.
QStringView trimTrailingDecoration(QStringView line)
{
    const QList<uint> codePoints = line.toUcs4();
    qsizetype end = line.size();
    for (auto it = codePoints.crbegin(); it != codePoints.crend(); ++it) {
        const char32_t c = *it;
        if (!(isEmoji(c) || c == 0xFE0F || c == 0x200D || QChar::isSpace(c)))
            break;
        end -= QChar::requiresSurrogates(c) ? 2 : 1;
    }
    return line.first(end);
}

} // namespace

qsizetype visibleLength(QStringView line)
{
    qsizetype n = 0;
    for (const QChar c : line) {
        if (c.isLetterOrNumber())
            ++n;
    }
    return n;
}

bool hasEmail(QStringView line)
{
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    return matches(line, email);
}

bool hasPhoneNumber(QStringView line)
{
    static const QRegularExpression phone(QStringLiteral(
        "(?<![\\d-])(?:(?:\\+82[ -]?\\(?0?\\)?|0)(?:2|[3-6][1-5]|70|1[016789]|50\\d)[-. )]\\d{3,4}[-. ]\\d{4}"
        "|1[568]\\d{2}-\\d{4})(?![\\d-]|\\s*년)"));
    return matches(line, phone);
}

bool hasRegistrationNumber(QStringView line)
{
    static const QRegularExpression registration(QStringLiteral(
        "(?<![\\d-])\\d{3}-\\d{2}-\\d{5}(?![\\d-])|\\p{Hangul}{2}\\s*,?\\s*\\p{Hangul}\\s?\\d{5}(?!\\d)"));
    return matches(line, registration);
}

bool hasUrl(QStringView line)
{
    static const QRegularExpression url(QStringLiteral("(?:https?://|www\\.)\\S+"),
                                        QRegularExpression::CaseInsensitiveOption);
    return matches(line, url);
}

bool isImageOrLinkLine(QStringView line)
{
    static const QRegularExpression markdownLink(QStringLiteral("^!?\\[.*\\]\\(\\S*\\)$"));
    static const QRegularExpression bareUrl(QStringLiteral("^(?:https?://|www\\.)\\S+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return matches(line, markdownLink) || matches(line, bareUrl);
}

bool isMediaCredit(QStringView line)
{
    static const QRegularExpression credit(QStringLiteral(
        "^[\\[(<〈]?\\s*(?:사진|그래픽|자료|이미지|영상|일러스트|사진제공|제공)\\s*[=:：]\\s*[^\\])>〉]{1,40}[\\])>〉]?$"));
    return matches(line, credit);
}

bool endsWithPhotoCredit(QStringView line)
{
    static const QRegularExpression credit(QStringLiteral(
        "(?:[/\\[(]\\s*|\\s)(?:사진|사진출처|그래픽|자료사진)\\s*[=:]\\s*[^=\\])]{1,30}[\\])]?\\s*$"));
    return matches(line, credit);
}

bool isBareDomain(QStringView line)
{
    static const QRegularExpression domain(QStringLiteral("^\\s*[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|kr|org|co\\.kr)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return matches(line, domain);
}

bool endsWithSentencePunctuation(QStringView line)
{
    QStringView rest = trimTrailingDecoration(line);
    while (!rest.isEmpty() && isClosingMark(rest.back()))
        rest.chop(1);
    if (rest.isEmpty())
        return false;
    const QChar last = rest.back();
    return last == u'.' || last == u'?' || last == u'!' || last == u'。' || last == u'…' || last == u'~';
}

bool startsWithSentenceContinuation(QStringView line)
{
    if (line.isEmpty())
        return false;
    const QChar first = line.front();
    return first == u'.' || first == u',' || first == u'?' || first == u'!' || first == u';'
        || first == u':' || first == u'”' || first == u'’' || first == u')';
}

bool startsWithEmoji(QStringView line)
{
    return !line.isEmpty() && isEmoji(QStringView(line).toUcs4().front());
}

int emojiCount(QStringView line)
{
    const QList<uint> codePoints = line.toUcs4();
    return int(std::count_if(codePoints.cbegin(), codePoints.cend(), [](uint c) { return isEmoji(c); }));
}

bool isBulletLine(QStringView line)
{
    return line.size() >= 2 && isBulletChar(line.front().unicode())
        && visibleLength(line.sliced(1)) > 0;
}

bool isQuestionLine(QStringView line)
{
    static const QRegularExpression question(QStringLiteral("^(?:Q\\d*|질문)\\s*[.:)]\\s*\\S"));
    return matches(line, question);
}

bool isAnswerLine(QStringView line)
{
    static const QRegularExpression answer(QStringLiteral("^(?:A\\d*|답|답변)\\s*[.:)]\\s*\\S"));
    return matches(line, answer);
}

int labelledFieldCount(QStringView line)
{
    // Colons of "label : value", not of clock times (23:08) or URLs (https://).
    static const QRegularExpression fieldColon(QStringLiteral("(?<!\\d)[:：](?!//)|[:：](?!\\d|//)"));
    int count = 0;
    for (auto it = fieldColon.globalMatch(line); it.hasNext(); it.next())
        ++count;
    return count;
}

double digitDensity(QStringView line)
{
    qsizetype visible = 0;
    qsizetype numeric = 0;
    for (const QChar c : line) {
        if (c.isSpace())
            continue;
        ++visible;
        if (c.isDigit() || QStringView(u"-./:()|~").contains(c))
            ++numeric;
    }
    return visible == 0 ? 0.0 : double(numeric) / double(visible);
}

int pipeCount(QStringView line)
{
    return int(line.count(u'|') + line.count(u'｜'));
}

bool isShortLabel(QStringView line, qsizetype maxVisible)
{
    const qsizetype length = visibleLength(line);
    return length > 0 && length <= maxVisible && !endsWithSentencePunctuation(line);
}

bool isMenuLine(QStringView line)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[|｜·ㆍ/]\\s+|\\s*[|｜]\\s*"));
    const QList<QStringView> parts = QStringView(line).split(separator, Qt::SkipEmptyParts);
    constexpr qsizetype kMenuItemLength = 8;
    // Items are words: a row of figures ("2023 | 672 | 77.6") is a table's.
    const auto hasLetter = [](QStringView part) { return std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.isLetter(); }); };
    return parts.size() >= 3 && std::all_of(parts.cbegin(), parts.cend(), [&](QStringView part) {
        return hasLetter(part) && visibleLength(part) <= kMenuItemLength && !endsWithSentencePunctuation(part);
    });
}

bool isLinkLabel(QStringView line)
{
    static const QRegularExpression linkLabel(QStringLiteral("(?:보기|바로\\s?가기|더\\s?보기|자세히|클릭|read more)\\W*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    return visibleLength(line) <= 30 && !endsWithSentencePunctuation(line) && matches(line, linkLabel);
}

bool containsAnyWord(QStringView line, std::initializer_list<QStringView> words)
{
    QString compact = line.toString();
    compact.remove(u' ');
    for (const QStringView word : words) {
        QString compactWord = word.toString();
        compactWord.remove(u' ');
        if (compact.contains(compactWord, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace dokhae::import::features
