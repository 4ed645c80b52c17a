#pragma once

#include "figures/figure.h"
#include "figures/figure_text.h"

#include <QList>
#include <QString>
#include <QStringView>

// The Korean word knowledge that the subject and the measure readers share: which nouns name a
// measure rather than an owner, which words only frame a statement, how a particle comes off a
// word and where a clause ends. One lexicon, so that what is a measure for one is never a
// subject for the other.
namespace dokhae::figures::detail {

// Whether a noun phrase's head (its last word) names what is measured (투자액, 인용 비율,
// 매개변수, 논문 수) or a category that is counted (기업, AI 모델, 연구자), not whose it is.
bool namesMeasure(QStringView phrase);

// Whether a phrase's head names an amount, a rate or a share (투자액, 인식률, 금리, 매출), not a
// counted category (기업, 모델): what a list of figures may name after it.
bool namesAmount(QStringView phrase);

// Words that set a statement's scope, time or frame and are never part of its subject or its
// measure (a measure stops at them: 기존 제품 대비 연산 효율 -> 연산 효율): 전 세계, 글로벌, 국내, 같은 기간, 기준, 대비, pronouns (그, 이들), time words (올해, 현재),
// connectives and adverbs (또한, 약, 가장).
bool isFramingWord(QStringView word);

// Nouns that name an industry or a kind of product (반도체, 휴머노이드, 클라우드): they modify a
// category (반도체 기업) and never own a figure.
bool isIndustryWord(QStringView word);

// Whether a Hangul syllable is closed (has a final consonant): 국, 업, 찾.
bool hasBatchim(QChar c);

// Whether a particle agrees with the syllable before it: 이/은/을/과/으로 follow a closed one,
// 가/는/를/와/로 an open one (or ㄹ, for 로). Latin letters and digits take either.
bool particleAgrees(QChar last, QStringView particle);

// Which particles a word may carry to count as marked.
enum class Marker {
    Topic,    // 은/는: what a sentence is about
    Subject,  // 이/가/은/는/의/도 and 에서는: who or what a figure is about
    Argument, // any case particle (을/를/만/로/에/과/와 too): a measure may stand in any role
};

// The stem of a word marked by one of `marker`'s particles, quotes and a glued gloss removed
// (‘딥시크(DeepSeek)’는 -> 딥시크), or empty. The particle must agree with the stem's last
// syllable (중국이, 미국은; not 많이, 있는) and verb stems are refused (높은, 받은).
QString markedStem(QStringView word, Marker marker);

// The stem before an agreeing particle, lone syllables and verb stems included (칩은 -> 칩).
QString particleStem(QStringView word, Marker marker);

// A word with quotes, a trailing gloss in parentheses and a plural 들 removed.
QString cleanStem(QStringView word);

// A noun that may modify the next one inside a phrase (AI, 산업, 민간, 생성형, 상위): letters
// only, no particle, no verb ending (출원된, 주목받은, 같은), not a lone syllable (큰, 약).
bool isPlainNoun(QStringView word);

// Words that qualify a number and are no names or counted nouns: 연간 매출, 최대 5억, 상위 100편.
bool isQualifierWord(QStringView word);

// Letters only, no particle: a name that may stand without one in a list (미국 42%).
bool isBareName(QStringView word);

} // namespace dokhae::figures::detail
