#include "figures/figure_subject.h"

#include "figures/figure_names.h"
#include "figures/figure_words.h"
#include "figures/numeral_lexicon.h"

#include <QRegularExpression>

namespace dokhae::figures::detail {

namespace {

QString enumeratedName(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    const QStringView word = wordBefore(text, figures[index].start);
    if (!isBareName(word) || word.data() < text.data() + sentenceStart || namesMeasure(word))
        return {};
    return isEnumerated(text, sentenceStart, figures, index) && isSubjectName(word) ? word.toString() : QString();
}

// A name of two or three words marked on the last: 중국 정부는, 화웨이 클라우드가, 바이두 AI
// 클라우드가. Only for subject and topic markers, and only over plain words; a genitive (같은 기간
// 한국의) keeps its one word.
QString withModifier(QStringView text, qsizetype sentenceStart, qsizetype wordStart, QStringView word,
                     const QString &stem)
{
    if (word.endsWith(u'의'))
        return stem;
    // Endings of verbs and adverbs; particles are told by their agreement (화웨이 is a name, 많이 is not).
    static const QString verbalEnds = QStringLiteral("는은을를의에로게께히한된인던적고며서도과와지만다요까나면라");
    QString name = stem;
    constexpr int kMaxModifiers = 2;
    for (int n = 0; n < kMaxModifiers; ++n) {
        const QStringView previous = wordBefore(text, wordStart);
        if (previous.data() < text.data() + sentenceStart || !isBareName(previous) || namesMeasure(previous)
            || verbalEnds.contains(previous.back()) || !particleStem(previous, Marker::Subject).isEmpty()
            || !isSubjectName(previous))
            break; // 스타트업 딥시크는: a category word is no part of the name
        name.prepend(previous.toString() + u' ');
        wordStart = previous.data() - text.data();
        if (!isAsciiLetter(previous.front())) // a third word only over a Latin one (바이두 AI 클라우드)
            break;
    }
    return name;
}

// A one-syllable head marked after the noun that modifies it (AI 칩은, 전기 차가): the two make
// the name. Alone, a marked syllable is a pronoun or a verb (그는, 할 수가).
QString withShortHead(QStringView text, qsizetype sentenceStart, const Word &word)
{
    const QString head = particleStem(word.text, Marker::Subject);
    if (head.size() != 1 || !QStringView(u"이가은는").contains(word.text.back())) // 선도, 정도: nouns
        return {};
    const QStringView previous = wordBefore(text, word.start);
    if (previous.data() < text.data() + sentenceStart || !isPlainNoun(previous) || isFramingWord(previous))
        return {};
    return previous.toString() + u' ' + head;
}

// The owner in front of a category in the genitive: 중국 휴머노이드 스타트업의 투자 유치액 -> 중국,
// 미국 스타트업의 -> 미국. The first word of the plain nouns before the category, when it is a name:
// not a frame (국내 기업의), not an industry (반도체 기업의), not an acronym (AI 기업의).
QString ownerOfCategory(QStringView text, qsizetype sentenceStart, const Word &word)
{
    if (!word.text.endsWith(u'의') || !namesMeasure(particleStem(word.text, Marker::Subject)))
        return {};
    QStringView owner;
    qsizetype start = word.start;
    for (int n = 0; n < 3; ++n) {
        const QStringView previous = wordBefore(text, start);
        if (previous.isEmpty() || previous.data() < text.data() + sentenceStart || !isPlainNoun(previous)
            || isFramingWord(previous) || namesMeasure(previous))
            break;
        owner = previous;
        start = previous.data() - text.data();
    }
    const bool acronym = !owner.isEmpty() && std::all_of(owner.begin(), owner.end(), [](QChar c) {
        return c.isUpper() || c.isDigit();
    });
    if (owner.size() < 2 || acronym || isIndustryWord(owner) || !isSubjectName(owner.toString()))
        return {};
    return owner.toString();
}

// A genitive right before a ratio is the ratio's base (중국의 9배, 기존 모델의 1/100), not
// whose the ratio is.
bool isBaseOfRatio(QStringView text, const QList<Figure> &figures, const Word &word)
{
    if (!word.text.endsWith(u'의') || word.end >= text.size() || text[word.end] != u' ')
        return false;
    const auto next = std::find_if(figures.begin(), figures.end(), [&](const Figure &f) { return f.start > word.end; });
    return next != figures.end() && next->start == word.end + 1 && next->kind == FigureKind::Ratio;
}

// A name in quotes marked after its closing quote, which may hold spaces, digits and a gloss:
// ‘라마(Lama) 2’의 -> 라마 2, ‘딥시크 V3’는 -> 딥시크 V3.
QString quotedName(QStringView text, qsizetype sentenceStart, const Word &word)
{
    static const QRegularExpression closing(QStringLiteral("([’”'\"])(?:이|가|은|는|의|도)$"));
    const auto match = closing.match(word.text);
    if (!match.hasMatch())
        return {};
    const qsizetype close = word.start + match.capturedStart(1);
    const QChar closer = text[close];
    const QChar opener = closer == u'’' ? u'‘' : closer == u'”' ? u'“' : closer;
    const qsizetype open = text.lastIndexOf(opener, close - 1);
    if (open < sentenceStart || close - open > 40)
        return {};
    static const QRegularExpression gloss(QStringLiteral("\\([^)]*\\)"));
    return text.mid(open + 1, close - open - 1).toString().remove(gloss).simplified();
}

// 이/가/은/는 + NAME에서 (or 으로부터): the share is located by a name (69.7%가 중국에서 나왔다).
QString locatedName(QStringView text, qsizetype pos)
{
    static const QRegularExpression located(
        QStringLiteral("^[이가은는] ([^\\s,.]+?)(?:에서|으로부터|로부터)(?=[\\s,.])"));
    const auto match = located.match(text.mid(pos, 40));
    return match.hasMatch() ? cleanStem(match.capturedView(1)) : QString();
}

// 을/를 + a verb in its adnominal form + the name it describes, marked as the sentence's subject
// or topic: 6,710억 개를 자랑하는 ‘딥시크 V3’는, 40개를 보유한 엔비디아는.
QString describedName(QStringView text, qsizetype pos)
{
    static const QRegularExpression described(QStringLiteral(
        "^[을를] \\S+[는한된은던운진] (?:[‘“'\"]([^’”'\"]{1,30})[’”'\"]|(\\S+?))(?:\\([^)]*\\))?[은는이가](?=[\\s,])"));
    const auto match = described.match(text.mid(pos, 60));
    if (!match.hasMatch())
        return {};
    const QStringView quoted = match.capturedView(1);
    return quoted.isEmpty() ? cleanStem(match.capturedView(2)) : quoted.trimmed().toString();
}

// 을/를 + NAME이/가: the share a name takes (85%를 중국이 차지했다).
QString claimingName(QStringView text, qsizetype pos)
{
    static const QRegularExpression claiming(QStringLiteral("^[을를] (\\S+[이가])(?=\\s)"));
    const auto match = claiming.match(text.mid(pos, 40));
    return match.hasMatch() ? markedStem(match.capturedView(1), Marker::Subject) : QString();
}

} // namespace

QString subjectBefore(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index,
                      QStringList *unownedMeasures)
{
    if (QString name = enumeratedName(text, sentenceStart, figures, index); !name.isEmpty())
        return name;
    for (const Word &word : clauseWordsBefore(text, sentenceStart, figures[index].start)) {
        if (overlapsFigure(figures, word.start, word.end) || isBaseOfRatio(text, figures, word))
            continue;
        if (QString name = quotedName(text, sentenceStart, word); isSubjectName(name))
            return name;
        if (QString name = withShortHead(text, sentenceStart, word); isSubjectName(name))
            return name;
        const QString stem = markedStem(word.text, Marker::Subject);
        if (isSubjectName(stem))
            return withModifier(text, sentenceStart, word.start, word.text, stem);
        if (QString owner = ownerOfCategory(text, sentenceStart, word); !owner.isEmpty())
            return owner;
        if (unownedMeasures && namesMeasure(stem))
            unownedMeasures->append(stem);
    }
    return {};
}

QString subjectAfter(QStringView text, const QList<Figure> &figures, int index)
{
    qsizetype pos = figures[index].end;
    // 70%인 약 3만 8,000건이: a figure in apposition is said of what its partner is said of.
    if (text.mid(pos).startsWith(u"인 ") && index + 1 < figures.size() && figures[index + 1].start == pos + 2)
        pos = figures[index + 1].end;
    QString name = locatedName(text, pos);
    if (name.isEmpty())
        name = describedName(text, pos);
    if (name.isEmpty())
        name = claimingName(text, pos);
    return isSubjectName(name) ? name : QString();
}

QString subjectInParentheses(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    qsizetype open = figures[index].start - 1;
    // A short qualifier may come first in the parentheses: 저가담배(인상 전 2천원).
    static const QRegularExpression qualifier(QStringLiteral("\\(\\p{L}+(?: \\p{L}+)? $"));
    // Only the few characters before the figure are read: the qualifier is short, and a long
    // sentence must not be read again for each figure in it.
    const qsizetype from = std::max(sentenceStart, figures[index].start - 12);
    if (const auto match = qualifier.match(text.mid(from, figures[index].start - from));
        match.hasMatch() && match.capturedLength() <= 10)
        open = from + match.capturedStart();
    if (open <= sentenceStart || text[open] != u'(')
        return {};
    qsizetype start = open;
    while (start > sentenceStart && !text[start - 1].isSpace())
        --start;
    if (start == open || overlapsFigure(figures, start, open)) // 672억 달러(약 97조 원) converts
        return {};
    QString name = cleanStem(text.mid(start, open - start));
    const bool wordLike = std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'·';
    });
    if (!wordLike || !isSubjectName(name))
        return {};
    // A name of two plain words: 뇌혈관 질환(50.3명), 심장 질환(50.2명).
    const QStringView previous = wordBefore(text, start);
    if (previous.data() >= text.data() + sentenceStart && isBareName(previous) && isPlainNoun(previous)
        && !namesMeasure(previous) && isSubjectName(previous))
        name.prepend(previous.toString() + u' ');
    return name;
}

QString topicOfSentence(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype wordStart = start;
    while (wordStart < end) {
        while (wordStart < end && text[wordStart].isSpace())
            ++wordStart;
        qsizetype wordEnd = wordStart;
        while (wordEnd < end && !text[wordEnd].isSpace())
            ++wordEnd;
        const QStringView word = text.mid(wordStart, wordEnd - wordStart);
        // A noun followed by 역시 (also) is marked as the topic as surely as by 은/는.
        const bool beforeAlso = text.mid(wordEnd).startsWith(u" 역시");
        const QString stem = beforeAlso ? cleanStem(word) : markedStem(word, Marker::Topic);
        if (!stem.isEmpty())
            return isSubjectName(stem) ? (beforeAlso ? stem : withModifier(text, start, wordStart, word, stem)) : QString();
        // The topic comes in the first clause; a source (보고서에 따르면) only prefaces it.
        if (endsClause(word) && !word.endsWith(u"따르면") && !word.endsWith(u"의하면") && !word.endsWith(u"보면"))
            return {};
        wordStart = wordEnd;
    }
    return {};
}

bool isWholeOfPart(QStringView text, const QList<Figure> &figures, int index)
{
    if (index + 1 >= figures.size())
        return false;
    // 5만 4,000건인데, 그 중 70%; 10곳 중 7곳; 200개 가운데 30개.
    static const QRegularExpression partOf(QStringLiteral("^\\S{0,6}\\s+(?:(?:그|이)\\s?)?(?:중|가운데)\\s+$"));
    const Figure &whole = figures[index];
    const QStringView gap = text.mid(whole.end, figures[index + 1].start - whole.end);
    return gap.size() < 24 && partOf.match(gap).hasMatch();
}

} // namespace dokhae::figures::detail
