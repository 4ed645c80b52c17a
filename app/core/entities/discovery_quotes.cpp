#include "entities/discovery_lexicon.h"
#include "entities/discovery_rules.h"
#include "entities/name_key.h"

namespace dokhae::entities::discovery {

namespace {

constexpr qsizetype maxQuotedLength = 40;
constexpr qsizetype maxTitleLength = 80; // a book title with its original: 《기술과 강대국의 부상(…)》
constexpr qsizetype maxQuotedWords = 4;

struct Pair {
    QChar open;
    QChar close;
    bool titleOfWork; // book and periodical brackets name works
};

constexpr Pair pairs[] = {
    {u'《', u'》', true}, {u'〈', u'〉', true}, {u'<', u'>', true},  {u'「', u'」', true},
    {u'『', u'』', true}, {u'‘', u'’', false},
};

void readBracketedWork(const Input &input, QStringView inner, qsizetype start, qsizetype end,
                       QList<DiscoveredName> &found)
{
    QString nameKo = inner.toString();
    QStringList originals;
    const qsizetype open = inner.indexOf(u'(');
    if (open > 0 && inner.endsWith(u')')) {
        nameKo = inner.left(open).trimmed().toString();
        originals.append(inner.mid(open + 1, inner.size() - open - 2).trimmed().toString());
    }
    if (input.isKnownName(nameKo))
        return; // 《파이낸셜 타임스》 is a newspaper the catalog knows, not a book
    found.append(DiscoveredName{EntityType::Work, nameKo, originals, start, end, QStringLiteral("brackets")});
}

// ‘어니 4.5’ (name + version), ‘AI 표준화 기술위원회’ (organization suffix), AI 모델 ‘큐원’
// (a classifier noun beside a one- or two-word name). Slogans and terms (‘혁명의 도구’,
// ‘신품질 생산력’) have none of these and stay out.
void readQuotedName(const Input &input, QStringView inner, qsizetype start, qsizetype end,
                    QList<DiscoveredName> &found)
{
    if (inner.contains(u'(') || input.isKnownName(inner))
        return;
    const QList<QStringView> parts = inner.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > maxQuotedWords)
        return;
    for (QStringView part : parts) {
        if (lexicon::isStopWord(part) || lexicon::hasModifierEnding(part))
            return;
    }
    std::optional<EntityType> type;
    const QStringView last = parts.back();
    if (parts.size() >= 2 && parts.size() <= 3 && lexicon::isVersionToken(last)
        && hangulSyllableCount(parts.front()) + int(isLatinLetter(parts.front().front())) > 0
        && !lexicon::classNounType(parts.front()))
        type = EntityType::Product;
    else if (!lexicon::organizationSuffix(last).isEmpty() && hangulSyllableCount(last) > 2)
        type = EntityType::Organization;
    else if (parts.size() <= 2 && isNameLikeWord(last)) {
        const qsizetype first = wordAt(input.words, start);
        const qsizetype lastWord = wordAt(input.words, end - 1);
        type = input.classBefore(first);
        if (!type && lastWord >= 0 && input.joinedToNext(lastWord))
            type = input.classAfter(lastWord + 1);
        if (type == EntityType::Place)
            type.reset(); // ‘AI 도시’ names a kind of city, not one
    }
    if (type)
        found.append(DiscoveredName{*type, inner.toString(), {}, start, end, QStringLiteral("quotes")});
}

} // namespace

void findQuotedAndBracketed(const Input &input, QList<DiscoveredName> &found)
{
    const QString &text = input.text;
    for (const Pair &pair : pairs) {
        const qsizetype maxLength = pair.titleOfWork ? maxTitleLength : maxQuotedLength;
        for (qsizetype open = text.indexOf(pair.open); open >= 0; open = text.indexOf(pair.open, open + 1)) {
            // Only as far as a name may reach: a search to the text's end for each unclosed quote
            // made a long line of them quadratic.
            const qsizetype closeAt = QStringView(text).mid(open + 1, maxLength + 1).indexOf(pair.close);
            if (closeAt < 0)
                continue;
            const qsizetype close = open + 1 + closeAt;
            const QStringView inner = QStringView(text).mid(open + 1, close - open - 1).trimmed();
            if (inner.size() < 2 || inner.contains(u'\n') || inner.contains(pair.open) || !isWordChar(inner.front()))
                continue;
            if (pair.titleOfWork)
                readBracketedWork(input, inner, open + 1, close, found);
            else
                readQuotedName(input, inner, open + 1, close, found);
        }
    }
}

} // namespace dokhae::entities::discovery
