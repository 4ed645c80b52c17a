#include "figures/figure_text.h"

#include <QStringList>

#include <algorithm>

namespace dokhae::figures::detail {

bool endsClause(QStringView word)
{
    if (word.endsWith(u',') || word.endsWith(u';'))
        return true;
    if (word.size() < 2 || !QStringView(u"며만데면나다고자서여어돼라").contains(word.back()))
        return false;
    if (word.endsWith(u"보다")) // the comparative particle (기간보다), not a verb
        return false;
    static const QStringList endings = QStringLiteral("며|지만|는데|인데|은데|면서|으나|다|했고|됐고|였고|있고|없고|"
                                                      "하고|되고|이고|되자|하자|해서|하여|되어|돼|라|따르면|의하면|보면")
                                           .split(u'|');
    return std::any_of(endings.begin(), endings.end(), [&](const QString &e) { return word.endsWith(e); });
}

QList<Word> clauseWordsBefore(QStringView text, qsizetype sentenceStart, qsizetype pos)
{
    // A clause rarely runs longer; past that, a word belongs to another statement.
    constexpr int kMaxWords = 16;
    QList<Word> words;
    qsizetype end = pos;
    while (words.size() < kMaxWords && end > sentenceStart) {
        while (end > sentenceStart && text[end - 1].isSpace())
            --end;
        qsizetype start = end;
        while (start > sentenceStart && !text[start - 1].isSpace())
            --start;
        if (start == end)
            break;
        const QStringView word = text.mid(start, end - start);
        if (endsClause(word))
            break;
        words.append({start, end, word});
        end = start;
    }
    return words;
}

QStringView wordBefore(QStringView text, qsizetype pos)
{
    if (pos < 2 || text[pos - 1] != u' ')
        return {};
    const qsizetype end = pos - 1;
    qsizetype start = end;
    while (start > 0 && !text[start - 1].isSpace())
        --start;
    return text.mid(start, end - start);
}

bool overlapsFigure(const QList<Figure> &figures, qsizetype start, qsizetype end)
{
    // Disjoint and sorted by start, so sorted by end too: the first figure ending after `start`
    // is the only candidate.
    const auto it = std::partition_point(figures.begin(), figures.end(), [&](const Figure &f) { return f.end <= start; });
    return it != figures.end() && it->start < end;
}

namespace {

// "로, 중국 " between two figures of a list: a particle, a comma and one word; or a joint, 과/와
// or a middle dot, and one word (교원 34명과 직원 36명; 대청병원 74명·을지대병원 60명).
bool isListGap(QStringView gap)
{
    if (!gap.endsWith(u' '))
        return false;
    QStringView rest;
    const qsizetype comma = gap.indexOf(u',');
    if (comma >= 0 && comma <= 2 && gap.indexOf(u',', comma + 1) < 0)
        rest = gap.mid(comma + 1);
    else if (gap.startsWith(u'·'))
        rest = gap.mid(1);
    else if (gap.startsWith(u"과 ") || gap.startsWith(u"와 "))
        rest = gap.mid(2);
    const QStringView word = rest.trimmed();
    return !word.isEmpty() && !word.contains(u' ');
}

} // namespace

bool isEnumerated(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    const Figure &figure = figures[index];
    const bool afterList = index > 0 && figures[index - 1].end >= sentenceStart
        && isListGap(text.mid(figures[index - 1].end, figure.start - figures[index - 1].end));
    const bool beforeList = index + 1 < figures.size() && figures[index + 1].start <= figure.sentenceEnd
        && isListGap(text.mid(figure.end, figures[index + 1].start - figure.end));
    return afterList || beforeList;
}

} // namespace dokhae::figures::detail
