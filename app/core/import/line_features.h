#pragma once

#include <QString>
#include <QStringView>

// Line-level features that tell page furniture from article prose. Shared by the metadata
// and boilerplate steps; each is a property of one paragraph, never of a particular site.
namespace dokhae::import::features {

// Letters and digits only, no spaces: what a reader perceives as the length of a line.
qsizetype visibleLength(QStringView line);

bool hasEmail(QStringView line);
// Korean phone and fax numbers: 02-3142-4151, 070-7931-2339, 010-1234-5678, 1588-1234, +82 ...
bool hasPhoneNumber(QStringView line);
// Business (118-81-03520) and periodical (서울,자00420 / 서울 아00001) registration numbers.
bool hasRegistrationNumber(QStringView line);
bool hasUrl(QStringView line);

// ![alt](url), [text](url) alone on a line, or a bare URL: an image or a link, not prose.
bool isImageOrLinkLine(QStringView line);

// A photo or graphic credit alone on a line: "[사진=바이두]", "(그래픽=김영희 기자)", "자료: 통계청".
bool isMediaCredit(QStringView line);

// A photo caption's end: "아베 신조 일본 총리./사진=AFP", "… [사진=연합뉴스]", "… (사진=회사 제공)".
bool endsWithPhotoCredit(QStringView line);

// A bare site address on a line of its own: "chosunbiz.com", "hankyung.com".
bool isBareDomain(QStringView line);

// Ends with . ? ! … or a closing quote/bracket after one: a sentence, not a label.
bool endsWithSentencePunctuation(QStringView line);
// Starts with sentence punctuation (". 가장 …"): the rest of a sentence a label interrupted.
bool startsWithSentenceContinuation(QStringView line);

bool startsWithEmoji(QStringView line);
int emojiCount(QStringView line);

// •, ·, ▶, ■, ※, -, * … followed by text.
bool isBulletLine(QStringView line);
// Q. / A. / Q: / 질문: lines of a question-and-answer block.
bool isQuestionLine(QStringView line);
bool isAnswerLine(QStringView line);

// Share of digits and separators (- . / : ( ) |) among the visible characters: contact and
// registration lines are mostly numbers, sentences are mostly letters.
double digitDensity(QStringView line);

// "label : value" fields and '|' separators, as in site footers.
int labelledFieldCount(QStringView line);
int pipeCount(QStringView line);

// Short and without sentence punctuation: a heading, a menu item or a label.
bool isShortLabel(QStringView line, qsizetype maxVisible = 15);
// A row of menu items: "뉴스홈 | 정치 | 경제 | 사회", three or more short parts between bars or dots.
bool isMenuLine(QStringView line);

// A short label that points somewhere else: "… 보기", "바로가기", "더보기".
bool isLinkLabel(QStringView line);

// True when the line contains one of the words, ignoring case and spaces inside the line.
bool containsAnyWord(QStringView line, std::initializer_list<QStringView> words);

} // namespace dokhae::import::features
