#include "figures/figure_measure.h"

#include "figures/figure_words.h"

#include <QRegularExpression>
#include <QStringList>

namespace dokhae::figures::detail {

namespace {

// Words that only frame a measure come off its front: 전 세계 AI 논문 인용 비율 -> AI 논문
// 인용 비율, 전체 매개변수 -> 매개변수, 세계 최고 수준 AI 연구자 -> 최고 수준 AI 연구자.
QString withoutFraming(QStringList words)
{
    while (words.size() > 1 && isFramingWord(words.first()))
        words.removeFirst();
    return words.join(u' ');
}

// A figure in the genitive inside a measure, as in 상위 100편의 논문.
bool isCountInGenitive(QStringView text, const QList<Figure> &figures, const Word &word)
{
    if (!word.text.endsWith(u'의'))
        return false;
    const auto figure = std::find_if(figures.begin(), figures.end(), [&](const Figure &f) { return f.start == word.start; });
    return figure != figures.end() && figure->end == word.end - 1 && figure->kind == FigureKind::Count
        && text[figure->end] == u'의';
}

// The stem of a word that may name a measure: marked by any particle (투자액은, 특허의,
// 수만), or a bare noun (매개변수 6,710억 개; 매출(약 3조 원)).
QString measureStem(QStringView word)
{
    if (QString stem = markedStem(word, Marker::Argument); !stem.isEmpty())
        return stem;
    const QString bare = cleanStem(word);
    return isPlainNoun(bare) ? bare : QString();
}

// From the head word words[head] leftwards over the nouns that modify it (AI, 산업, 민간, 생성형),
// up to a marked name (미국의), a verb (출원된), a date, punctuation or a framing word (세계, 대비).
QString phraseEndingAt(QStringView text, const QList<Figure> &figures, const QList<Word> &words, int head,
                       const QString &stem)
{
    QStringList parts{stem};
    for (qsizetype k = head + 1; k < words.size(); ++k) {
        const Word &word = words[k];
        const bool modifies = overlapsFigure(figures, word.start, word.end)
            ? isCountInGenitive(text, figures, word)
            : isPlainNoun(word.text) && !isFramingWord(word.text);
        if (!modifies)
            break;
        parts.prepend(word.text.toString());
    }
    return withoutFraming(parts);
}

QString measureBefore(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    const QList<Word> words = clauseWordsBefore(text, sentenceStart, figures[index].start);
    for (qsizetype k = 0; k < words.size(); ++k) {
        // 개발을 위해 5억 위안: what a purpose clause names is what the money is for, not what it is.
        if (words[k].text == u"위해" || words[k].text == u"위하여")
            break;
        if (overlapsFigure(figures, words[k].start, words[k].end))
            continue;
        if (const QString stem = measureStem(words[k].text); namesMeasure(stem))
            return phraseEndingAt(text, figures, words, int(k), stem);
    }
    return {};
}

// The next word from `pos` (after spaces), and where it ends.
QStringView wordAt(QStringView text, qsizetype &pos)
{
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    const qsizetype start = pos;
    while (pos < text.size() && !text[pos].isSpace())
        ++pos;
    return text.mid(start, pos - start);
}

// The noun phrase the figure is the genitive of: 100편의 논문만, 1,000억 개 이상의 매개변수를,
// 558만 달러(약 81억 원)의 비용으로, 3800억 위안 규모의 투자를.
QString measureAfter(QStringView text, const Figure &figure)
{
    qsizetype pos = figure.end;
    if (pos < text.size() && text[pos] == u'(') {
        const qsizetype close = text.indexOf(u')', pos);
        if (close < 0 || close - pos > 40)
            return {};
        pos = close + 1;
    }
    // 3800억 위안 규모의 투자를: the size of what follows, as much as 3800억 위안의 투자를.
    for (const QStringView size : {QStringView(u" 규모"), QStringView(u" 수준")}) {
        if (text.mid(pos).startsWith(size))
            pos += size.size();
    }
    if (!text.mid(pos).startsWith(u"의 "))
        return {};
    pos += 2;
    QStringList parts;
    constexpr int kMaxWords = 4;
    for (int n = 0; n < kMaxWords; ++n) {
        const QStringView word = wordAt(text, pos);
        if (const QString stem = markedStem(word, Marker::Argument); !stem.isEmpty()) {
            parts << stem;
            break;
        }
        if (!isPlainNoun(word))
            return {};
        parts << word.toString();
    }
    return !parts.isEmpty() && namesMeasure(parts.last()) ? withoutFraming(parts) : QString();
}

} // namespace

QString measureOfPredicate(QStringView text, qsizetype pos, qsizetype sentenceEnd)
{
    static const QRegularExpression verb(QStringLiteral("^(\\S+?)(?:했|하|한|할|해|됐|되|된|될)\\S*$"));
    while (pos < sentenceEnd) {
        QStringView word = wordAt(text, pos);
        if (pos > sentenceEnd || word.isEmpty())
            break;
        while (!word.isEmpty() && !word.back().isLetter())
            word.chop(1);
        if (!endsClause(word)) // a noun of a list (100억 달러,) goes on to the predicate it shares
            continue;
        const auto match = verb.match(word);
        return match.hasMatch() && namesMeasure(match.capturedView(1)) ? match.captured(1) : QString();
    }
    return {};
}

QString topicOfClause(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    const QList<Word> words = clauseWordsBefore(text, sentenceStart, figures[index].start);
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QString stem = markedStem(words[k].text, Marker::Topic);
        if (!stem.isEmpty() && !isFramingWord(stem) && !overlapsFigure(figures, words[k].start, words[k].end))
            return phraseEndingAt(text, figures, words, int(k), stem);
    }
    return {};
}

QString measureInClause(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    if (QString measure = measureAfter(text, figures[index]); !measure.isEmpty())
        return measure;
    return measureBefore(text, sentenceStart, figures, index);
}

} // namespace dokhae::figures::detail
