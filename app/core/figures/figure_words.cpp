#include "figures/figure_words.h"

#include "figures/numeral_lexicon.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dokhae::figures::detail {

namespace {

QSet<QString> wordSet(const QString &words)
{
    const QStringList list = words.split(u'|');
    return QSet<QString>(list.begin(), list.end());
}

// Heads that name what is measured, matched as the ending of a phrase's last word (투자액 ends
// in 액, 영업이익률 in 률): amounts, rates, shares, outputs, and the things an article counts.
const QSet<QString> &amountHeads()
{
    static const QSet<QString> heads = wordSet(QStringLiteral(
        "액|율|률|량|규모|비율|비중|가치|매출|예산|금액|비용|가격|수익|이익|실적|인구|순위|점수|수준|"
        "지수|자산|부채|수출|수입|판매|투자|생산|성장|증가|감소|상승|하락|인상|인하|격차|차이|평균|합계|특허|"
        "논문|인용|출원|성과|연봉|월급|임금|시장|산업|매개변수|파라미터|건수|개수|횟수|인원|인력|인재|"
        "다운로드|출하|수요|공급|용량|능력|보조금|한도|예상치|전망치|추정치|목표치|수치|"
        // prices and fees: 국고채 금리가 1.87%로 says what is measured, not whose
        "금리|요금|운임|수수료|보험료|할증료|입장료|임대료|사용료|이용료|등록금|세금|벌금|위자료|"
        // degrees (度): 만족도, 신뢰도
        "만족도|신뢰도|인지도|선호도|호감도|의존도|지지도|집중도|친밀도|기여도|정확도|밀도|농도|온도|속도|빈도"));
    return heads;
}

// Categories counted: 기업은 4,700개 says what is counted, not whose.
const QSet<QString> &categoryHeads()
{
    static const QSet<QString> heads = wordSet(QStringLiteral(
        "기업|업체|회사|기관|연구자|모델|제품|국가|나라|사람|응답자|이용자|사용자|가입자|고객|직원|스타트업"));
    return heads;
}

// Whether the head of `phrase` ends in one of `heads`, shortest ending first (투자액 in 액,
// 연구기관 in 기관).
bool headEndsIn(QStringView phrase, const QSet<QString> &heads)
{
    const QString head = phrase.trimmed().toString().section(u' ', -1);
    for (qsizetype length = 1; length <= std::min<qsizetype>(head.size(), 4); ++length) {
        if (heads.contains(head.right(length)))
            return true;
    }
    return false;
}

// Pronouns, time words, connectives, scope words and parts of a whole: they frame a statement.
const QSet<QString> &framingWords()
{
    static const QSet<QString> words = wordSet(QStringLiteral(
        "것|곳|이|그|저|이들|그들|이곳|그곳|이것|그것|이중|그중|중|가운데|이번|당시|우리|이날|자신|하나|"
        "최근|올해|지난해|작년|내년|현재|이후|이전|전체|모두|각각|기간|시기|해|동기|기준|이에|또한|특히|"
        "한편|다만|하지만|그러나|이처럼|전년|대비|약|총|물론|결국|이미|여전히|가장|더|또|및|등|무려|"
        "불과|전|세계|전세계|글로벌|국내|해외|같은|절반|대부분|일부|전국|그리고|그러고|또는|혹은|"
        "지난달|이달|다음달|어제|오늘|내일|어젯밤|지난주|이번주|매년|매달|매일|그동안|연내|당초|애초|"
        "모든|여러|각종|온갖|다른|일단|다시|상반기|하반기|연초|연말|월말|주말"));
    return words;
}

// Stems that end a verb or adjective, not a noun: 증가하는, 높은, 많이, 있는.
bool endsLikePredicate(QStringView stem)
{
    static const QString endings = QStringLiteral("하되있없않같많높낮좋넓깊받");
    return endings.contains(stem.back());
}

bool endsInRieul(QChar c)
{
    return isHangulSyllable(c) && (c.unicode() - 0xAC00) % 28 == 8;
}

} // namespace

bool hasBatchim(QChar c)
{
    return isHangulSyllable(c) && (c.unicode() - 0xAC00) % 28 != 0;
}

bool particleAgrees(QChar last, QStringView particle)
{
    static const QStringList afterClosed{QStringLiteral("이"), QStringLiteral("은"), QStringLiteral("을"),
                                         QStringLiteral("과"), QStringLiteral("으로")};
    static const QStringList afterOpen{QStringLiteral("가"), QStringLiteral("는"), QStringLiteral("를"),
                                       QStringLiteral("와"), QStringLiteral("로")};
    if (!isHangulSyllable(last))
        return true; // LLM이, AI가: the reading decides, not the letters
    if (afterClosed.contains(particle))
        return hasBatchim(last);
    if (afterOpen.contains(particle))
        return !hasBatchim(last) || (particle == u"로" && endsInRieul(last));
    return true;
}

namespace {

// 내년에는, 시장으로는, 기업에게도: a time, place or direction stressed by 은/는/도, no topic.
// (에서는 is read as a particle of its own: 중국에서는 may name a subject.)
bool isAdverbial(QStringView stem, QStringView particle)
{
    if (particle != u"은" && particle != u"는" && particle != u"도")
        return false;
    static const QStringList endings = QStringLiteral("에|에서|로|으로|에게|까지|부터").split(u'|');
    return stem.size() > 1
        && std::any_of(endings.begin(), endings.end(), [&](const QString &e) { return stem.endsWith(e); });
}

// Nouns ending in 도 (年度, 程度, 制度; 度 of a degree): their 도 is no particle.
bool endsInDoNoun(QStringView word)
{
    static const QStringList nouns = QStringLiteral("연도|년도|정도|제도|태도|각도|용도|지도|의도|수도|인도|고도|"
                                                    "강도|한도|난이도|해상도|완성도|민감도")
                                         .split(u'|');
    return std::any_of(nouns.begin(), nouns.end(), [&](const QString &n) { return word.endsWith(n); })
        || (word.endsWith(u'도') && namesMeasure(word));
}

const QStringList &particlesOf(Marker marker)
{
    // Longest first, so that 에서는 is not read as 는.
    static const QStringList topic{QStringLiteral("은"), QStringLiteral("는")};
    static const QStringList subject{QStringLiteral("에서는"), QStringLiteral("이"), QStringLiteral("가"),
                                     QStringLiteral("은"), QStringLiteral("는"), QStringLiteral("의"),
                                     QStringLiteral("도")};
    static const QStringList argument = QStringLiteral("에서는|으로|에서|까지|이|가|은|는|의|도|을|를|만|로|에|과|와")
                                            .split(u'|');
    switch (marker) {
    case Marker::Topic: return topic;
    case Marker::Subject: return subject;
    case Marker::Argument: return argument;
    }
    return subject;
}

} // namespace

bool namesMeasure(QStringView phrase)
{
    const QString head = phrase.trimmed().toString().section(u' ', -1);
    if (head.isEmpty() || framingWords().contains(head))
        return false;
    if (head == u"수") // 논문 수, AI 기업 수, 매년 수가
        return true;
    return headEndsIn(head, amountHeads()) || headEndsIn(head, categoryHeads());
}

bool namesAmount(QStringView phrase)
{
    const QString head = phrase.trimmed().toString().section(u' ', -1);
    return !head.isEmpty() && !framingWords().contains(head) && headEndsIn(head, amountHeads());
}

bool isFramingWord(QStringView word)
{
    return framingWords().contains(word.toString());
}

bool isIndustryWord(QStringView word)
{
    static const QStringList words = QStringLiteral(
        "반도체|배터리|전기차|자동차|로봇|휴머노이드|클라우드|자율주행|인공지능|플랫폼|게임|바이오|핀테크|"
        "소프트웨어|하드웨어|통신|가전|드론|에너지|태양광|소재|부품|장비|스마트폰|인터넷|유통|금융|제조|물류|"
        "전자상거래|이커머스|칩|데이터센터|보안|의료|교육|콘텐츠|미디어|검색|메모리|파운드리|팹리스")
                                         .split(u'|');
    return words.contains(word.toString());
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

QString particleStem(QStringView word, Marker marker)
{
    for (const QString &particle : particlesOf(marker)) {
        if (!word.endsWith(particle) || word.size() <= particle.size())
            continue;
        if (particle == u"도" && endsInDoNoun(word)) // 회계연도 is no 회계연 + 도
            continue;
        const QString stem = cleanStem(word.chopped(particle.size()));
        if (stem.isEmpty() || std::any_of(stem.begin(), stem.end(), [](QChar c) { return c.isDigit(); }))
            return {};
        if (!particleAgrees(stem.back(), particle) || isAdverbial(stem, particle))
            return {};
        return stem;
    }
    return {};
}

QString markedStem(QStringView word, Marker marker)
{
    const QString stem = particleStem(word, marker);
    if (stem.isEmpty() || !isHangulSyllable(stem.back()))
        return stem;
    // A lone syllable is a pronoun or a verb stem (그는, 할 수가), save 수 itself.
    if ((stem.size() == 1 && !namesMeasure(stem)) || endsLikePredicate(stem))
        return {};
    return stem;
}

bool isPlainNoun(QStringView word)
{
    if (word.isEmpty() || !std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); })
        || !std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
        return false;
    if (word.size() == 1 && isHangulSyllable(word[0]))
        return false;
    if (namesMeasure(word))
        return true; // 성과, 차이, 국가 end like particles but are nouns
    // A particle or a verb ending: 미국의, 출원된, 주목받은, 같은, 개발한, 대표적인.
    // 린, 친, 낸, 쓴, 긴 end past adnominals (교과서에 실린, 합친) and hardly a noun.
    static const QString endings = QStringLiteral("은는을를의에도만로과와이가된한던할될인진운해게며여써린친낸쓴긴");
    return !endings.contains(word.back());
}

bool isQualifierWord(QStringView word)
{
    static const QSet<QString> words = wordSet(QStringLiteral("최대|최소|평균|연간|누적|합계|연|월|각|상위|하위"));
    return words.contains(word.toString());
}

bool isBareName(QStringView word)
{
    if (word.isEmpty() || isFramingWord(word) || isQualifierWord(word) || !markedStem(word, Marker::Subject).isEmpty())
        return false;
    // A middle dot joins names into one (유럽·아프리카, 삼성·LG), never at an end.
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() || c == u'·'; })
        && word.front() != u'·' && word.back() != u'·' && (word.size() >= 2 || !isHangulSyllable(word[0]));
}

} // namespace dokhae::figures::detail
