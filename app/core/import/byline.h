#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Korean news credits: who wrote a piece, for whom, and when.
namespace dokhae::import {

struct Byline {
    QString author;
    QString source;
    QDate date;
};

// "글 : 한우덕 / 중앙일보 차이나랩 2025-07-25", "기고 : 김민수 교수", "By Jane Doe", "By 김가영, 이나래"
std::optional<Byline> parseCreditLine(QStringView line);

// A line that is only a reporter credit: "서재창 기자 eled@hellot.net", "헬로티 서재창 기자 |",
// "[연합뉴스 김철수 특파원]", "/홍길동 기자", "베이징=이소라 특파원", "김태윤 기자 | 2021-06-01 10:15"
// (the date is kept), "한지우 기자 구독하기".
std::optional<Byline> parseReporterLine(QStringView line);

// The credit that opens a first paragraph: a wire dateline "(서울=연합뉴스) 김철수 기자 = 본문…",
// "[베이징=매체] 김지훈 특파원 = …", "[매체 박은비 기자] …", or a byline glued to the first sentence
// "정우성 기자 wsjung@example.com 본문…": the credit and the length of the prefix to cut.
struct Dateline {
    Byline byline;
    qsizetype prefixLength = 0;
};
std::optional<Dateline> parseWireDateline(QStringView paragraph);

// Date lines of a header: "2025.03.27 23:08:39", "입력 2025-03-27 09:00 | 수정 2025-03-28".
bool isDateLine(QStringView line);

// A page header's stamps run together with its buttons ("2019.05.10. 오후 3:10 최종수정 … 기사원문",
// "기사입력 2022.03.15. 오전 9:05 …"): the first date, when the line begins with it or with a date
// label. Invalid for any other line.
QDate stampDate(QStringView line);

} // namespace dokhae::import
