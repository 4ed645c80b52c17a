#include "figures/figure_names.h"

#include "figures/figure_words.h"
#include "figures/numeral_lexicon.h"

#include <QStringList>

#include <algorithm>

namespace dokhae::figures::detail {

namespace {

// A final consonant that verb and adjective stems end in and Korean nouns rarely do (찾, 걷, 있,
// 않, 없, 같): before -아, -고 or -다 it marks a verb form. ㄱ, ㅂ, ㅅ and the sonorants are left
// out, since nouns end in them all the time (미국, 산업, 것, 중국, 인간).
bool hasVerbStemFinal(QChar c)
{
    if (!isHangulSyllable(c))
        return false;
    static const QList<int> finals{2, 3, 5, 6, 7, 9, 10, 11, 13, 14, 15, 18, 20, 22, 23, 25, 26, 27};
    return finals.contains((c.unicode() - 0xAC00) % 28);
}

bool endsInRieul(QChar c)
{
    return isHangulSyllable(c) && (c.unicode() - 0xAC00) % 28 == 8;
}

// The syllable before the last `n` of a word (before(w, 1): the one before the last), or null.
QChar before(QStringView word, qsizetype n)
{
    return word.size() > n ? word[word.size() - n - 1] : QChar();
}


bool hasBracketOrQuote(QStringView name)
{
    static const QString marks = QStringLiteral("()[]{}<>‘’“”'\"「」『』《》〈〉");
    return std::any_of(name.begin(), name.end(), [](QChar c) { return marks.contains(c); });
}

} // namespace

bool endsInCaseParticle(QStringView word)
{
    static const QStringList particles = QStringLiteral("에서는|에서도|에게는|에는|에도|에서|에게|으로|부터|까지|처럼|과|와|에")
                                             .split(u'|');
    if (namesMeasure(word)) // 성과, 효과: nouns that end like a particle
        return false;
    return std::any_of(particles.begin(), particles.end(), [&](const QString &p) {
        return word.size() > p.size() && word.endsWith(p) && particleAgrees(before(word, p.size()), p);
    });
}

bool readsAsVerbForm(QStringView word)
{
    if (word.isEmpty() || !isHangulSyllable(word.back()))
        return false;
    const QChar last = word.back();
    const QChar previous = before(word, 1);
    // A predicate stem left when an ending is read as a particle: 않은 -> 않, 있는 -> 있.
    if (QStringView(u"하되있없않같많높낮좋넓깊받").contains(last) && word.size() <= 2)
        return true;
    if (last == u'않' || last == u'있' || last == u'없')
        return true;
    // -다(가): 걷다가, 전달하려다가; names end in 다 after other syllables (캐나다, 플로리다).
    if (last == u'다' && (hasVerbStemFinal(previous) || QStringView(u"하되려키주오시").contains(previous)))
        return true;
    // -고: 하고, 되고, 있고, 받고; 그러고 and 그리고 are connectives (시카고, 콩고 are names).
    if (last == u'고' && (hasVerbStemFinal(previous) || QStringView(u"하되러").contains(previous)))
        return true;
    // -아/-어/-여: 찾아, 있어, 하여; after ㄹ, a short 라/러 (올라, 몰라, 불러).
    if (QStringView(u"아어여").contains(last) && (hasVerbStemFinal(previous) || previous == u'하'))
        return true;
    if (QStringView(u"라러").contains(last) && endsInRieul(previous) && word.size() <= 2)
        return true;
    // -해, -하여 in a longer word: 포함해, 관련해, 협박해 (피해, 동해 are nouns); a quotation's -고
    // (내쫓겠다고, 하라고).
    if ((last == u'해' && word.size() >= 3) || word.endsWith(u"하여") || word.endsWith(u"다고")
        || word.endsWith(u"라고") || word.endsWith(u"자고"))
        return true;
    // -면: 조정되면, 살펴보면, 있으면 (a condition); 전면, 측면 are nouns.
    if (last == u'면' && (hasVerbStemFinal(previous) || QStringView(u"하되보으다").contains(previous)))
        return true;
    // A quotative (대통령이라는) and causative or verb stems (발전시키는, 불러일으키는, 지키는).
    return word.endsWith(u"이라") || word.endsWith(u"시키") || word.endsWith(u"으키") || word.endsWith(u"지키");
}

bool isSubjectName(QStringView name)
{
    name = name.trimmed();
    if (name.isEmpty() || hasBracketOrQuote(name) || namesMeasure(name) || isFramingWord(name)
        || !std::any_of(name.begin(), name.end(), [](QChar c) { return c.isLetter(); }))
        return false;
    const QStringList words = name.toString().split(u' ', Qt::SkipEmptyParts);
    // Every word of a name is a noun: 개인별 또 (또는, "or") and 알리지 않 (않은) are not.
    if (std::any_of(words.begin(), words.end(), [](const QString &w) { return isFramingWord(w); }))
        return false;
    const QString &last = words.last();
    return !readsAsVerbForm(last) && !endsInCaseParticle(last);
}

} // namespace dokhae::figures::detail
