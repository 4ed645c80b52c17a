#include "import/boilerplate_signals.h"

#include "import/line_features.h"

#include <QRegularExpression>
#include <QStringList>

namespace dokhae::import {

using namespace features;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kWeakLineLength = 100;  // longer lines with footer words are prose about them

} // namespace

// Notices that are furniture even when phrased as a sentence ("무단 전재 및 재배포를 금합니다.").
bool hasCopyrightNotice(QStringView line)
{
    return containsAnyWord(line, {u"copyright", u"ⓒ", u"©", u"(c)", u"all rights reserved", u"all right reserved",
                                  u"무단 전재", u"무단전재", u"무단 복제", u"재배포 금지", u"저작권자"});
}

// Words of a publisher's legal imprint; an article may use them in a sentence, a footer in fields.
bool hasImprintWord(QStringView line)
{
    return containsAnyWord(line, {u"사업자등록번호", u"청소년보호책임자", u"통신판매", u"발행인", u"편집인",
                                  u"등록번호", u"등록일자", u"발행처", u"대표전화", u"팩스"})
        || hasRegistrationNumber(line);
}

bool hasFurnitureWord(QStringView line)
{
    return containsAnyWord(line, {u"구독", u"뉴스레터", u"약관", u"개인정보", u"수신 동의", u"수신 거부",
                                  u"광고", u"문의", u"신청", u"제보", u"원문", u"원본 기사", u"출처",
                                  u"이메일", u"카카오톡", u"채널 추가", u"팔로우", u"공유하기", u"좋아요",
                                  u"댓글", u"회원가입", u"로그인", u"다운로드", u"관련기사", u"newsletter",
                                  u"subscribe", u"unsubscribe", u"기사제공", u"기사 원문", u"앱 설치", u"앱 다운로드",
                                  u"음성 재생", u"본문 듣기"});
}

// Labels that page templates print around any article; a line that is only one of them says nothing.
bool isTemplateLabel(QStringView line)
{
    static const QRegularExpression decoration(QStringLiteral("[\\s:：\\[\\]【】<>()▶▷■□◆◇●○※#*·-]+"));
    const QString core = line.toString().remove(decoration).toLower();
    static const QStringList labels = {
        u"요약"_s, u"정리"_s, u"핵심내용"_s, u"핵심요약"_s, u"주요내용"_s, u"상세정보"_s, u"상세분석"_s,
        u"상세내용"_s, u"핵심특징"_s, u"목차"_s, u"관련기사"_s, u"관련뉴스"_s, u"많이본뉴스"_s,
        u"인기기사"_s, u"추천기사"_s, u"자주묻는질문"_s, u"faq"_s, u"원문출처"_s, u"출처"_s, u"태그"_s,
        u"공유하기"_s, u"댓글"_s, u"이전글"_s, u"다음글"_s, u"목록"_s, u"기사공유"_s, u"글자크기"_s,
        u"인쇄"_s, u"스크랩"_s, u"기사제보"_s, u"뉴스레터"_s, u"구독하기"_s, u"기사원문"_s, u"기자구독"_s,
        u"기자구독하기"_s, u"기자프로필"_s, u"기자의다른기사"_s, u"이기자의다른기사"_s, u"본문듣기"_s,
        u"공유"_s, u"링크복사"_s, u"url복사"_s, u"좋아요"_s, u"추천"_s};
    return labels.contains(core);
}

// "[광고] …", "(AD) …", "AD …": an advertisement announces itself; a sentence about advertising does not.
bool isMarkedAdvertisement(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[\\[(<【]\\s*(?:광고|AD|PR|협찬|스폰서)\\s*[\\])>】]|AD\\s)"));
    return marker.match(line).hasMatch();
}

Signal signalOf(const QString &line)
{
    const qsizetype length = visibleLength(line);
    const bool fielded = pipeCount(line) >= 2 || labelledFieldCount(line) >= 2;
    if (isImageOrLinkLine(line) || isMediaCredit(line) || isMarkedAdvertisement(line) || isMenuLine(line)
        || isBareDomain(line))
        return Signal::Strong;
    const bool sentence = endsWithSentencePunctuation(line);
    if (hasCopyrightNotice(line) && (length <= 150 || fielded))
        return Signal::Strong;
    if (hasImprintWord(line) && (fielded || (!sentence && length <= 150)))
        return Signal::Strong;
    if ((hasEmail(line) || hasPhoneNumber(line)) && (fielded || (!sentence && length <= 80)))
        return Signal::Strong;
    const bool numberLine = length <= kWeakLineLength && !sentence && digitDensity(line) >= 0.5;
    if (numberLine || (length <= kWeakLineLength && (hasFurnitureWord(line) || isLinkLabel(line) || hasUrl(line))))
        return Signal::Weak;
    if (isTemplateLabel(line))
        return Signal::Weak;
    return Signal::None;
}

} // namespace dokhae::import
