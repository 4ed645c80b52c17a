#include "figures/figure_coordination.h"

#include "figures/figure_names.h"
#include "figures/figure_words.h"

#include <algorithm>

namespace dokhae::figures::detail {

namespace {

// Whether a clause ends between `from` and `to` (급감했지만 장우산 매출은 18%: another statement).
// The comma of a list (12.8%, 4.2%) ends none.
bool clauseEndsBetween(QStringView text, qsizetype from, qsizetype to)
{
    const QList<QStringView> words = text.mid(from, to - from).split(u' ', Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [](QStringView w) {
        return endsClause(w) && std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
    });
}

// The figures after `from` in its clause, conversions left out: what 각각 distributes.
QList<int> figuresAfter(QStringView text, const QList<Figure> &figures, qsizetype from, qsizetype sentenceEnd)
{
    QList<int> run;
    qsizetype last = from;
    const auto first = std::partition_point(figures.begin(), figures.end(), [&](const Figure &f) { return f.start <= from; });
    for (int i = int(first - figures.begin()); i < figures.size(); ++i) {
        if (figures[i].start <= from || figures[i].start >= sentenceEnd || figures[i].converts >= 0
            || figures[i].kind == FigureKind::Date)
            continue;
        if (clauseEndsBetween(text, last, figures[i].start))
            break;
        run << i;
        last = figures[i].end;
    }
    return run;
}

// A word ending in the joining 과/와 (우산과, 부여군과): its stem, or empty.
QString jointStem(QStringView word)
{
    if (word.size() < 2 || (!word.endsWith(u'과') && !word.endsWith(u'와')))
        return {};
    const QStringView stem = word.chopped(1);
    if (!particleAgrees(stem.back(), word.right(1)) || namesMeasure(word))
        return {};
    return cleanStem(stem);
}

// The plain nouns right before words[k] (nearest first), in reading order: 충남 부여군과 -> 충남.
QStringList modifiersBefore(const QList<Figure> &figures, const QList<Word> &words, qsizetype k)
{
    QStringList parts;
    for (qsizetype m = k + 1; m < words.size() && parts.size() < 2; ++m) {
        if (!isPlainNoun(words[m].text) || isFramingWord(words[m].text) || !isSubjectName(words[m].text)
            || overlapsFigure(figures, words[m].start, words[m].end)) // 지난 8월: a date
            break;
        parts.prepend(words[m].text.toString());
    }
    return parts;
}

// The joined names before `each`: A과 B (M)은, A, B와 C의 M, read from the words nearest first.
QStringList joinedNames(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, qsizetype each)
{
    const QList<Word> words = clauseWordsBefore(text, sentenceStart, each);
    qsizetype joint = -1;
    for (qsizetype k = 0; k < words.size() && joint < 0; ++k) {
        if (!jointStem(words[k].text).isEmpty())
            joint = k;
    }
    if (joint <= 0)
        return {};
    // B: from the word after the joint to the first marked word; a marked measure (매출은) is
    // what both share, not part of B.
    QStringList second;
    for (qsizetype k = joint - 1; k >= 0; --k) {
        const QStringView word = words[k].text;
        const QString stem = markedStem(word, Marker::Subject);
        if (!stem.isEmpty()) {
            if (!namesMeasure(stem))
                second << stem;
            break;
        }
        if (!isPlainNoun(word) || namesMeasure(word))
            break;
        second << word.toString();
    }
    QStringList first = modifiersBefore(figures, words, joint);
    first << jointStem(words[joint].text);
    QStringList names{first.join(u' '), second.join(u' ')};
    // A, B와 C: more names before, each closed by a comma.
    for (qsizetype k = joint + first.size(); k < words.size() && words[k].text.endsWith(u','); ++k)
        names.prepend(cleanStem(words[k].text.chopped(1)));
    const bool allNames = std::all_of(names.begin(), names.end(), [](const QString &n) { return isSubjectName(n); });
    return allNames ? names : QStringList();
}

} // namespace

Respective respectiveSubject(QStringView text, qsizetype sentenceStart, qsizetype sentenceEnd,
                             const QList<Figure> &figures, int index)
{
    // 각각 stands close before the figures it distributes; looking no further back keeps a
    // sentence of thousands of figures linear.
    constexpr qsizetype kReach = 200;
    const qsizetype from = std::max(sentenceStart, figures[index].start - kReach);
    const QStringView before = text.mid(from, figures[index].start - from);
    const qsizetype found = before.lastIndexOf(u"각각");
    if (found < 0)
        return {};
    const qsizetype each = from + found;
    const QList<int> run = figuresAfter(text, figures, each, sentenceEnd);
    const QStringList names = joinedNames(text, sentenceStart, figures, each);
    const qsizetype position = run.indexOf(index);
    if (names.isEmpty() || names.size() != run.size() || position < 0)
        return {};
    return {names[position], names};
}

} // namespace dokhae::figures::detail
