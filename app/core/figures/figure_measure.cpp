#include "figures/figure_measure.h"

#include "figures/figure_names.h"
#include "figures/figure_words.h"
#include "figures/numeral_lexicon.h"

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
            : isPlainNoun(word.text) && !isFramingWord(word.text) && !readsAsVerbForm(word.text)
                && !endsInCaseParticle(word.text);
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

// A noun a count may count though the lexicon does not know it (시민, 매장, 티베트인): Hangul
// letters without a particle, neither a frame (모든, 지난해, 등), a qualifier (최대, 상위) nor a
// verb form; nor an adnominal verb before the count (열린 5곳, 합친 8명, 남은 3명).
bool isCountedNoun(QStringView word)
{
    if (word.size() < 2 || !std::all_of(word.begin(), word.end(), [](QChar c) { return isHangulSyllable(c); }))
        return false;
    if (isFramingWord(word) || isQualifierWord(word) || readsAsVerbForm(word) || endsInCaseParticle(word)
        || !markedStem(word, Marker::Argument).isEmpty() || (word.endsWith(u'로') && particleAgrees(word[word.size() - 2], u"로")))
        return false;
    return !QStringView(u"은는을를의된한던할될린친낸든준쓴긴").contains(word.back());
}

// A noun phrase from `pos`: plain nouns up to the one that carries a particle (조사 항목에서 ->
// 조사 항목), at most a few words; empty when a word is no noun.
QStringList nounPhraseFrom(QStringView text, qsizetype pos)
{
    QStringList parts;
    constexpr int kMaxWords = 4;
    for (int n = 0; n < kMaxWords; ++n) {
        const QStringView word = wordAt(text, pos);
        if (const QString stem = markedStem(word, Marker::Argument); !stem.isEmpty()) {
            parts << stem;
            return parts;
        }
        if (!isPlainNoun(word))
            return {};
        parts << word.toString();
    }
    return parts;
}

// The noun phrase the figure is the genitive of: 100편의 논문만, 1,000억 개 이상의 매개변수를,
// 558만 달러(약 81억 원)의 비용으로, 3800억 위안 규모의 투자를. What a count is the genitive
// of is what it counts, known to the lexicon or not: 330개의 매장, 117명의 티베트인들이.
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
    const QStringList parts = nounPhraseFrom(text, pos + 2);
    if (parts.isEmpty())
        return {};
    const bool counted = figure.kind == FigureKind::Count && isCountedNoun(parts.last());
    return namesMeasure(parts.last()) || counted ? withoutFraming(parts) : QString();
}

// The noun right before a count, or right after its counter 개, is what it counts, known to the
// lexicon or not: 시민 10여 명이, 작품 200여 점과, 사진 561개의 출처를; 8개 조사 항목에서. Not in
// a list, where the word before each figure is a name (어린이 400명, 학부모 94명).
QString countedNoun(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    const Figure &figure = figures[index];
    if (figure.kind != FigureKind::Count || isEnumerated(text, sentenceStart, figures, index))
        return {};
    const QList<Word> words = clauseWordsBefore(text, sentenceStart, figure.start);
    if (!words.isEmpty() && words[0].end + 1 == figure.start && isCountedNoun(words[0].text))
        return phraseEndingAt(text, figures, words, 0, words[0].text.toString());
    if (figure.unit != u"개" || !text.mid(figure.end).startsWith(u' '))
        return {};
    // 8개 조사 항목에서 -> 조사 항목; 46개 기획사 여자 연습생 101명이 -> 기획사, the first noun
    // when the phrase runs into another figure.
    const QStringList parts = nounPhraseFrom(text, figure.end);
    if (!parts.isEmpty())
        return isCountedNoun(parts.last()) ? withoutFraming(parts) : QString();
    qsizetype pos = figure.end;
    const QStringView first = wordAt(text, pos);
    return isPlainNoun(first) && isCountedNoun(first) ? first.toString() : QString();
}

} // namespace

QString measureOfPredicate(QStringView text, qsizetype pos, qsizetype sentenceEnd)
{
    static const QRegularExpression verb(QStringLiteral("^(\\S+?)(?:했|하|한|할|해|됐|되|된|될)\\S*$"));
    // A predicate shared by a list comes within a few words of its last item; further on, the
    // words belong to another statement (and a sentence of thousands of figures stays linear).
    constexpr int kMaxWords = 24;
    for (int n = 0; n < kMaxWords && pos < sentenceEnd; ++n) {
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

QString measureAfterFigures(QStringView text, qsizetype sentenceEnd, const QList<Figure> &figures, int index)
{
    const Figure &figure = figures[index];
    qsizetype pos = figure.end;
    if (pos < text.size() && text[pos] == u')') // a side note: 저가담배(인상 전 2천원)의 마진율은
        return {};
    while (pos < text.size() && !text[pos].isSpace()) // the rest of the figure's word (88%, or 89%로)
        ++pos;
    // Only a rate or a share after percents: an amount after money (… 50억 달러로 격차가 벌어졌다)
    // is mostly a comparison of the figures, not what they are.
    if (figure.kind != FigureKind::Percent)
        return {};
    const auto fits = [](const QString &stem) {
        static const QStringList rates = QStringLiteral("율|률|비율|비중").split(u'|');
        return namesAmount(stem)
            && std::any_of(rates.begin(), rates.end(), [&](const QString &r) { return stem.endsWith(r); });
    };
    constexpr int kMaxWords = 12;
    for (int n = 0; n < kMaxWords && pos < sentenceEnd; ++n) {
        const QStringView word = wordAt(text, pos);
        if (word.isEmpty() || pos > sentenceEnd)
            break;
        const qsizetype start = pos - word.size();
        if (overlapsFigure(figures, start, pos)) // the list's items: 90%, 89%로
            continue;
        qsizetype after = pos;
        if (isBareName(word) && overlapsFigure(figures, after + 1, after + 2)) // 노르웨이 90%
            continue;
        const QString stem = markedStem(word, Marker::Argument);
        if (!stem.isEmpty() && fits(stem))
            return stem;
        // A verb ends the stretch (투자해 매출이 늘었다: 매출 is another statement's), and so does
        // a new subject (삼성이).
        if (endsClause(word) || readsAsVerbForm(word) || word.endsWith(u'해')
            || !markedStem(word, Marker::Topic).isEmpty() || word.endsWith(u'이') || word.endsWith(u'가'))
            break;
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
    // What a count counts comes first: in 사진 561개의 출처를, the count is of 사진.
    if (QString measure = countedNoun(text, sentenceStart, figures, index); !measure.isEmpty())
        return measure;
    if (QString measure = measureAfter(text, figures[index]); !measure.isEmpty())
        return measure;
    return measureBefore(text, sentenceStart, figures, index);
}

} // namespace dokhae::figures::detail
