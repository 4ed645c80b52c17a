#include "entities/text_words.h"

#include "entities/name_key.h"

#include <algorithm>

namespace dokhae::entities {

namespace {

bool isInnerJoiner(QChar c)
{
    return c == u'.' || c == u'-' || c == u'·' || c == u'&' || c == u'+' || c == u'\'';
}

Word makeWord(const QString &text, qsizetype start, qsizetype end)
{
    Word word{start, end, start, start, {}};
    qsizetype position = start;
    while (position < end && !isWordChar(text.at(position)))
        ++position;
    word.coreStart = position;
    while (position < end) {
        const QChar c = text.at(position);
        const bool joins = isInnerJoiner(c) && position + 1 < end && isWordChar(text.at(position + 1))
                           && position > word.coreStart;
        if (!isWordChar(c) && !joins)
            break;
        ++position;
    }
    word.coreEnd = position;
    word.core = text.mid(word.coreStart, word.coreEnd - word.coreStart);
    return word;
}

} // namespace

QList<Word> splitWords(const QString &text)
{
    QList<Word> words;
    qsizetype position = 0;
    while (position < text.size()) {
        while (position < text.size() && text.at(position).isSpace())
            ++position;
        const qsizetype start = position;
        while (position < text.size() && !text.at(position).isSpace())
            ++position;
        if (position > start)
            words.append(makeWord(text, start, position));
    }
    return words;
}

qsizetype wordAt(const QList<Word> &words, qsizetype offset)
{
    const auto found = std::upper_bound(words.begin(), words.end(), offset,
                                        [](qsizetype value, const Word &word) { return value < word.start; });
    if (found == words.begin())
        return -1;
    const qsizetype index = std::distance(words.begin(), found) - 1;
    return offset < words.at(index).end ? index : -1;
}

} // namespace dokhae::entities
