#include "figures/figure_subject.h"

#include "figures/numeral_lexicon.h"

#include <QSet>
#include <QStringList>

namespace dokhae::figures::detail {

namespace {

QSet<QString> wordSet(const QString &words)
{
    const QStringList list = words.split(u'|');
    return QSet<QString>(list.begin(), list.end());
}

// Heads that name what is measured, not whom: the figure's subject lies further back.
const QSet<QString> &measureHeads()
{
    static const QSet<QString> heads = wordSet(QStringLiteral(
        "액|율|률|량|규모|비율|비중|점유율|가치|매출|예산|금액|비용|가격|수익|이익|실적|인구|순위|점수|"
        "수준|기간|지수|자산|부채|수출|수입|판매|투자|생산|성장|증가|감소|상승|하락|격차|차이|평균|합계|"
        "전체|절반|대부분|일부|특허|논문|인용|성과|연봉|월급|임금|시장|산업"));
    return heads;
}

// Category nouns: 기업은 4,700개 says what is counted, not whose.
const QSet<QString> &genericHeads()
{
    static const QSet<QString> heads =
        wordSet(QStringLiteral("기업|업체|회사|기관|연구자|모델|제품|국가|나라|사람|응답자|이용자|사용자|스타트업"));
    return heads;
}

// Pronouns and time words, which never name a subject, and words that never begin a name.
const QStringList &stopWords()
{
    static const QStringList words = QStringLiteral(
        "것|곳|이|그|저|이들|그들|이곳|그곳|이것|그것|이중|그중|이번|당시|우리|이날|자신|하나|최근|올해|"
        "지난해|작년|내년|현재|이후|이전|전체|모두|각각|기간|시기|해|기준|이에|또한|특히|한편|다만|하지만|"
        "그러나|이처럼|전년|대비|약|총|물론|결국|이미|여전히|가장|더|또|및|등")
                                         .split(u'|');
    return words;
}

// Stems that end a verb or adjective, not a noun: 증가하는, 높은, 많이, 있는.
bool endsLikePredicate(QStringView stem)
{
    static const QString endings = QStringLiteral("하되있없않같많높낮좋넓깊받");
    return endings.contains(stem.back());
}

bool hasBatchim(QChar c)
{
    return isHangulSyllable(c) && (c.unicode() - 0xAC00) % 28 != 0;
}

QString cleanStem(QStringView stem)
{
    const qsizetype paren = stem.indexOf(u'('); // 딥시크(DeepSeek)는
    if (paren > 0)
        stem = stem.left(paren);
    static const QString quotes = QStringLiteral("‘’“”'\"《》<>「」『』[]");
    while (!stem.isEmpty() && quotes.contains(stem.front()))
        stem = stem.mid(1);
    while (!stem.isEmpty() && quotes.contains(stem.back()))
        stem.chop(1);
    if (stem.size() >= 3 && stem.endsWith(u'들')) // 연구기관들은
        stem.chop(1);
    return stem.toString();
}

// The stem of a word marked by a subject, topic or genitive particle, or empty.
QString markedStem(QStringView word)
{
    static const QStringList particles{QStringLiteral("에서는"), QStringLiteral("이"), QStringLiteral("가"),
                                       QStringLiteral("은"), QStringLiteral("는"), QStringLiteral("의"),
                                       QStringLiteral("도")};
    for (const QString &particle : particles) {
        if (!word.endsWith(particle) || word.size() <= particle.size())
            continue;
        const QString stem = cleanStem(word.chopped(particle.size()));
        if (stem.isEmpty() || std::any_of(stem.begin(), stem.end(), [](QChar c) { return c.isDigit(); }))
            return {};
        const QChar last = stem.back();
        if (isHangulSyllable(last)) {
            // 이/은 follow a closed syllable, 가/는 an open one: 있는, 많이 fail, 중국이, 미국은 pass.
            if ((particle == u"이" || particle == u"은") != hasBatchim(last) && particle.size() == 1 && particle != u"의"
                && particle != u"도")
                return {};
            if (stem.size() == 1 || endsLikePredicate(stem))
                return {};
        }
        return stem;
    }
    return {};
}

bool isMeasureOrGeneric(const QString &stem)
{
    const QString head = stem.section(u' ', -1);
    if (stopWords().contains(head) || head == u"수")
        return true;
    // The head's endings, shortest first: 투자액 ends in 액, 연구기관 in 기관.
    for (qsizetype length = 1; length <= std::min<qsizetype>(head.size(), 3); ++length) {
        const QString ending = head.right(length);
        if (measureHeads().contains(ending) || genericHeads().contains(ending))
            return true;
    }
    return false;
}

// Ends a clause: a comma, or a connective or final verb ending (했으며, 있고, 했지만, 인데, 했다).
bool endsClause(QStringView word)
{
    if (word.endsWith(u',') || word.endsWith(u';'))
        return true;
    if (word.size() < 2 || !QStringView(u"며만데면나다고자서여어돼라").contains(word.back()))
        return false;
    if (word.endsWith(u"보다")) // the comparative particle (기간보다), not a verb
        return false;
    static const QStringList endings = QStringLiteral("며|지만|는데|인데|은데|면서|으나|다|했고|됐고|였고|있고|없고|하고|되고|이고|"
                                                      "되자|하자|해서|하여|되어|돼|라")
                                           .split(u'|');
    return word.size() >= 2 && std::any_of(endings.begin(), endings.end(), [&](const QString &e) { return word.endsWith(e); });
}

bool isBareName(QStringView word)
{
    static const QStringList notNames = QStringLiteral("약|총|연|월|각각|모두|무려|불과|최대|최소|평균|전년|대비|기준|"
                                                       "모두|이미|가장|각|연간|누적|합계|올해|전체")
                                            .split(u'|');
    if (word.isEmpty() || notNames.contains(word.toString()) || !markedStem(word).isEmpty())
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); })
        && (word.size() >= 2 || !isHangulSyllable(word[0]));
}

// "로, 중국 " between two figures of a list: a particle, a comma and one word.
bool isListGap(QStringView gap)
{
    const qsizetype comma = gap.indexOf(u',');
    if (comma < 0 || comma > 2 || gap.indexOf(u',', comma + 1) >= 0)
        return false;
    const QStringView word = gap.mid(comma + 1).trimmed();
    return !word.isEmpty() && !word.contains(u' ') && gap.endsWith(u' ');
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

QString enumeratedName(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index)
{
    const Figure &figure = figures[index];
    const QStringView word = wordBefore(text, figure.start);
    if (!isBareName(word) || word.data() < text.data() + sentenceStart)
        return {};
    const bool afterList = index > 0 && figures[index - 1].end >= sentenceStart
        && isListGap(text.mid(figures[index - 1].end, figure.start - figures[index - 1].end));
    const bool beforeList = index + 1 < figures.size() && figures[index + 1].start <= figure.sentenceEnd
        && isListGap(text.mid(figure.end, figures[index + 1].start - figure.end));
    return afterList || beforeList ? word.toString() : QString();
}

bool insideFigure(const QList<Figure> &figures, int index, qsizetype start, qsizetype end)
{
    for (int i = index - 1; i >= 0 && figures[i].end > start - 64; --i) {
        if (figures[i].start < end && start < figures[i].end)
            return true;
    }
    return false;
}

// A name of two words marked on the second: 중국 정부는, 알리바바 클라우드는. Only for subject
// and topic markers, and only over a plain word; a genitive (같은 기간 한국의) keeps its one word.
QString withModifier(QStringView text, qsizetype sentenceStart, qsizetype wordStart, QStringView word,
                     const QString &stem)
{
    if (word.endsWith(u'의'))
        return stem;
    const QStringView previous = wordBefore(text, wordStart);
    if (previous.data() < text.data() + sentenceStart || !isBareName(previous))
        return stem;
    static const QString verbalEnds = QStringLiteral("는은을를이가의에로게히한된인던적고며서도과와지만다요까나면라");
    if (verbalEnds.contains(previous.back()) || stopWords().contains(previous.toString()))
        return stem;
    return previous.toString() + u' ' + stem;
}

} // namespace

QString subjectBefore(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index,
                      bool *ownerImplied)
{
    if (ownerImplied)
        *ownerImplied = false;
    if (QString name = enumeratedName(text, sentenceStart, figures, index); !name.isEmpty())
        return name;
    qsizetype end = figures[index].start;
    // A clause rarely runs longer; past that, a marked word belongs to another statement.
    constexpr int kMaxWords = 16;
    for (int words = 0; words < kMaxWords && end > sentenceStart; ++words) {
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
        if (!insideFigure(figures, index, start, end)) {
            const QString stem = markedStem(word);
            if (!stem.isEmpty() && !isMeasureOrGeneric(stem))
                return withModifier(text, sentenceStart, start, word, stem);
            if (!stem.isEmpty() && ownerImplied)
                *ownerImplied = true;
        }
        end = start;
    }
    return {};
}

} // namespace dokhae::figures::detail
